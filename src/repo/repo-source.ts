// The one door to a scanned tree: a working tree on disk, or a commit read from git objects.
import type { ReadResult } from './file-reader.js';

export interface ClaimedFile {
  path: string;
  maxBytes: number;
}

export interface RepoSource {
  /** Repo-relative POSIX paths, sorted, vendored and environment folders left out. */
  readonly paths: readonly string[];
  /** Reads one file; never throws. */
  read(path: string, maxBytes: number): ReadResult;
  /** Lets a source fetch every file the scan will read in one go (one `git cat-file --batch`). */
  prefetch?(files: readonly ClaimedFile[]): void;
  readonly filesRead: number;
  readonly bytesRead: number;
  /** The git blob id of a file, when the source knows its content is exactly that blob. */
  blobIdOf?(path: string): string | undefined;
}
