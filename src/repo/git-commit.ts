// A commit read from git objects, with no checkout: `git ls-tree` lists it (or, for a pull request's base,
// the head's files with git's changes: commit-changes.ts), `git cat-file --batch-check` sizes the blobs to
// read and `git cat-file --batch` reads them in chunks. Used to score the base of a pull request, where
// most files are reused from the head scan and only the changed ones are read.
import { classifyBytes, type RawRead } from './file-reader.js';
import { decodeName } from './path-bytes.js';
import type { PlannedRead, RepoSource } from './repo-source.js';
import { type GitResult, runGit } from './run-git.js';
import { skippedFolderJudge } from './skipped-folders.js';

// Blobs are read in chunks of about this many bytes: one git process per chunk, bounded memory.
const CHUNK_BYTES = 32 * 1024 * 1024;

/** What a source needs of a commit's tree: its files, sorted, and the blob id of each file to read. */
export interface CommitListing {
  paths: readonly string[];
  /** Undefined for a path that is not a regular file of the commit (absent, a symlink, a submodule). */
  blobIdOf(path: string): string | undefined;
}

export class GitCommitSource implements RepoSource {
  readonly paths: readonly string[];
  private readonly listing: CommitListing;
  /** Known once the file is planned to be read (sizing every blob of a large tree is slow). */
  private readonly sizes = new Map<string, number>();
  private readonly fetched = new Map<string, Buffer>();
  /** Claimed paths in reading order, fetched a chunk at a time so memory stays bounded. */
  private queue: string[] = [];
  private queuePosition = new Map<string, number>();
  filesRead = 0;
  bytesRead = 0;

  /**
   * Lists `commit` under `root` (a work tree or a bare repository), or takes a listing made otherwise.
   * Throws when git cannot read the commit.
   */
  constructor(
    private readonly root: string,
    commit: string | CommitListing,
  ) {
    this.listing =
      typeof commit === 'string'
        ? listCommit(commit, runGit(root, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]))
        : commit;
    this.paths = this.listing.paths;
  }

  private blobIdOf(path: string): string | undefined {
    return this.listing.blobIdOf(path);
  }

  prefetch(files: readonly PlannedRead[]): void {
    this.sizeBlobs(files.map(({ path }) => path));
    this.queue = files
      .filter(({ path, maxBytes }) => {
        const size = this.sizes.get(path);
        return size !== undefined && size <= maxBytes;
      })
      .map(({ path }) => path);
    this.queuePosition = new Map(this.queue.map((path, index) => [path, index]));
  }

  /** Learns the sizes of the blobs at `paths` with one `git cat-file --batch-check`. */
  private sizeBlobs(paths: readonly string[]): void {
    const known = paths.flatMap((path) => {
      const blobId = this.blobIdOf(path);
      return blobId === undefined ? [] : [{ path, blobId }];
    });
    if (known.length === 0) return;
    const result = runGit(
      this.root,
      ['cat-file', '--batch-check'],
      `${known.map(({ blobId }) => blobId).join('\n')}\n`,
    );
    if (result.status !== 0) return;
    // One `<object> <type> <size>` (or `<object> missing`) line per requested id, in order.
    result.stdout
      .toString('latin1')
      .split('\n')
      .forEach((line, index) => {
        const size = line.split(' ')[2];
        const path = known[index]?.path;
        if (size !== undefined && path !== undefined) this.sizes.set(path, Number(size));
      });
  }

  /** Fetches the queued blobs from `path` on, up to CHUNK_BYTES, with one `git cat-file --batch`. */
  private fetchChunkFrom(path: string): void {
    const start = this.queuePosition.get(path);
    if (start === undefined) return;
    const wanted: string[] = [];
    let bytes = 0;
    for (
      let index = start;
      index < this.queue.length && (wanted.length === 0 || bytes < CHUNK_BYTES);
      index += 1
    ) {
      const queued = this.queue[index]!;
      wanted.push(queued);
      bytes += this.sizes.get(queued) ?? 0;
    }
    const ids = wanted.map((queued) => this.blobIdOf(queued)!);
    const result = runGit(this.root, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
    if (result.status !== 0) return;
    let offset = 0;
    for (const path of wanted) {
      const headerEnd = result.stdout.indexOf(0x0a, offset);
      if (headerEnd === -1) break;
      const [, type, size] = result.stdout.subarray(offset, headerEnd).toString('latin1').split(' ');
      if (type === 'missing' || size === undefined) {
        offset = headerEnd + 1;
        continue;
      }
      const start = headerEnd + 1;
      const end = start + Number(size);
      this.fetched.set(path, result.stdout.subarray(start, end));
      offset = end + 1;
    }
  }

  readRaw(path: string, maxBytes: number): RawRead {
    const blobId = this.blobIdOf(path);
    if (blobId === undefined) return { status: 'absent' };
    if (!this.sizes.has(path)) this.sizeBlobs([path]);
    const size = this.sizes.get(path);
    if (size === undefined)
      return { status: 'skipped', reason: 'unreadable', message: 'git cat-file failed' };
    if (size > maxBytes) return { status: 'skipped', reason: 'too-large' };
    if (!this.fetched.has(path)) this.fetchChunkFrom(path);
    let bytes = this.fetched.get(path);
    if (bytes) this.fetched.delete(path);
    else {
      const result = runGit(this.root, ['cat-file', 'blob', blobId]);
      if (result.status !== 0)
        return { status: 'skipped', reason: 'unreadable', message: 'git cat-file failed' };
      bytes = result.stdout;
    }
    this.filesRead += 1;
    this.bytesRead += bytes.length;
    return classifyBytes(bytes);
  }
}

/** A commit's files from `git ls-tree` output, without symlinks, submodules or skipped folders. */
function listCommit(commit: string, listing: GitResult): CommitListing {
  if (listing.status !== 0)
    throw new Error(`git ls-tree ${commit} failed: ${listing.stderr.toString().trim()}`);
  // `<mode> <type> <object>\t<path>` records: modes have six digits, so the type starts at 7. Symlinks
  // (120000) and submodules (type commit) are not files to read. The text is kept, with where each
  // record starts, and blob ids are cut out of it when asked.
  const text = decodeName(listing.stdout);
  const paths: string[] = [];
  const recordStarts: number[] = [];
  const isSkipped = skippedFolderJudge();
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\0', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab !== -1 && tab < end && text.startsWith('blob ', start + 7) && !text.startsWith('120000', start)) {
      const path = text.slice(tab + 1, end);
      if (!isSkipped(path)) {
        paths.push(path);
        recordStarts.push(start);
      }
    }
    start = end + 1;
  }
  const blobIdAt = (start: number | undefined) =>
    start === undefined ? undefined : text.slice(start + 12, text.indexOf('\t', start));
  // Git lists a tree in byte order, which is JavaScript's string order but for characters beyond
  // U+FFFF: paths are then found by binary search, with no map of 100,000 entries to build.
  if (paths.every((path, index) => index === 0 || paths[index - 1]! < path)) {
    return { paths, blobIdOf: (path) => blobIdAt(recordStarts[sortedIndexOf(paths, path)]) };
  }
  const recordStartOf = new Map(paths.map((path, index) => [path, recordStarts[index]!]));
  return { paths: paths.sort(), blobIdOf: (path) => blobIdAt(recordStartOf.get(path)) };
}

/** Index of `path` in sorted `paths`, or -1. */
export function sortedIndexOf(paths: readonly string[], path: string): number {
  let low = 0;
  let high = paths.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = paths[middle]!;
    if (candidate === path) return middle;
    if (candidate < path) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
