// The one door to a scanned tree: a working tree on disk, or a commit read from git objects.
import type { RawRead } from './file-reader.js';

/** A file the scan will read, with its read cap. */
export interface PlannedRead {
  path: string;
  maxBytes: number;
}

export interface RepoSource {
  /** Repo-relative POSIX paths, sorted, vendored and environment folders left out. */
  readonly paths: readonly string[];
  /**
   * When the listing comes in two steps: the rest of it, sorted likewise and none of it in `paths`. It
   * takes a while (a walk of the tree), so a caller reads `paths` meanwhile.
   */
  readonly listRest?: () => readonly string[];
  /** Parts of the tree the listing could not see (a folder without read permission), each with why. */
  readonly listingDiagnostics?: readonly { path: string; message: string }[];
  /** Reads one file's bytes, undecoded (valid until the next read); never throws. */
  readRaw(path: string, maxBytes: number): RawRead;
  /** Lets a source fetch every file the scan will read in one go (one `git cat-file --batch`). */
  prefetch?(files: readonly PlannedRead[]): void;
  readonly filesRead: number;
  readonly bytesRead: number;
}
