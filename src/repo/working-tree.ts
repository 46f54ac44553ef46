// A working tree on disk: git's listing (or a .gitignore-aware walk) and safe reads.

import { gitBlobId } from './blob-ids.js';
import { FileReader, type ReadResult } from './file-reader.js';
import { listFiles } from './list-files.js';
import type { RepoSource } from './repo-source.js';

export class WorkingTreeSource implements RepoSource {
  readonly paths: readonly string[];
  private readonly reader: FileReader;
  private readonly blobIds: Map<string, string> | undefined;

  /** `withBlobIds` hashes each file read into its git blob id, for delta scans. */
  constructor(root: string, withBlobIds = false) {
    this.paths = listFiles(root).paths;
    this.reader = new FileReader(root);
    this.blobIds = withBlobIds ? new Map() : undefined;
  }

  read(path: string, maxBytes: number): ReadResult {
    const ids = this.blobIds;
    return this.reader.read(path, maxBytes, ids ? (bytes) => ids.set(path, gitBlobId(bytes)) : undefined);
  }

  /** Known once the file was read. */
  blobIdOf(path: string): string | undefined {
    return this.blobIds?.get(path);
  }

  get filesRead(): number {
    return this.reader.filesRead;
  }

  get bytesRead(): number {
    return this.reader.bytesRead;
  }
}
