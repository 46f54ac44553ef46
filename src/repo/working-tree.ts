// A working tree on disk: git's listing (or a .gitignore-aware walk) and safe reads.

import { readCleanBlobIds } from './blob-ids.js';
import { FileReader, type ReadResult } from './file-reader.js';
import { listFiles } from './list-files.js';
import type { RepoSource } from './repo-source.js';

export class WorkingTreeSource implements RepoSource {
  readonly paths: readonly string[];
  private readonly reader: FileReader;
  private readonly blobIds: Map<string, string> | undefined;

  /** `withBlobIds` asks git which files are unchanged blobs (two more git calls), for delta scans. */
  constructor(root: string, withBlobIds = false) {
    const listing = listFiles(root);
    this.paths = listing.paths;
    this.reader = new FileReader(root);
    this.blobIds = withBlobIds && listing.source === 'git' ? readCleanBlobIds(root) : undefined;
  }

  blobIdOf(path: string): string | undefined {
    return this.blobIds?.get(path);
  }

  read(path: string, maxBytes: number): ReadResult {
    return this.reader.read(path, maxBytes);
  }

  get filesRead(): number {
    return this.reader.filesRead;
  }

  get bytesRead(): number {
    return this.reader.bytesRead;
  }
}
