// A working tree on disk: git's listing (or a .gitignore-aware walk) and safe reads.
import { FileReader, type RawRead } from './file-reader.js';
import { type ListOptions, listFiles } from './list-files.js';
import type { RepoSource } from './repo-source.js';

export class WorkingTreeSource implements RepoSource {
  readonly paths: readonly string[];
  readonly listRest?: () => string[];
  readonly listingDiagnostics: readonly { path: string; message: string }[];
  private readonly reader: FileReader;

  constructor(
    readonly root: string,
    options: ListOptions = {},
  ) {
    const listing = listFiles(root, options);
    this.paths = listing.paths;
    this.listRest = listing.listUntracked;
    this.listingDiagnostics = listing.diagnostics ?? [];
    this.reader = new FileReader(root);
  }

  readRaw(path: string, maxBytes: number): RawRead {
    return this.reader.readRaw(path, maxBytes);
  }

  get filesRead(): number {
    return this.reader.filesRead;
  }

  get bytesRead(): number {
    return this.reader.bytesRead;
  }
}
