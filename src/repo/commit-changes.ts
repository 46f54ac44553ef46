// What differs between a commit and the working tree, from `git diff --raw`, and the commit's listing
// derived from the working tree's tracked files and those differences: for a pull request's base, with
// most files unchanged, this spares listing and parsing the whole base tree (`git ls-tree` of 100,000
// files).
import { type CommitListing, sortedIndexOf } from './git-commit.js';
import { decodeName } from './path-bytes.js';
import type { GitResult } from './run-git.js';
import { isInSkippedFolder } from './skipped-folders.js';

/** The commit's side of a file that differs: its mode (`000000` when the commit has no such file) and blob. */
export interface CommitSide {
  mode: string;
  blobId: string;
}

const REGULAR_FILE_MODES = new Set(['100644', '100755']);

/** The git arguments that list what differs between `commit` and the working tree, under the current folder. */
export function changesArgs(commit: string): string[] {
  return [
    'diff',
    '--raw',
    '-z',
    '--no-abbrev',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--ignore-submodules=all',
    '--relative',
    '--end-of-options',
    commit,
    '--',
    '.',
  ];
}

/**
 * Each differing path with the commit's side of it, from the output of changesArgs(); undefined when git
 * failed. Records are `:<mode> <mode> <blob> <blob> <status>` NUL `<path>` NUL.
 */
export function changesOf(result: GitResult): Map<string, CommitSide> | undefined {
  if (result.status !== 0) return undefined;
  const fields = decodeName(result.stdout).split('\0');
  const changes = new Map<string, CommitSide>();
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [mode, , blobId] = fields[index]!.slice(1).split(' ');
    const path = fields[index + 1]!;
    if (mode === undefined || blobId === undefined) return undefined;
    changes.set(path, { mode, blobId });
  }
  return changes;
}

/**
 * The commit's listing as the working tree's `tracked` files (sorted, as a scan lists them) make it with
 * `changes`: files added since are left out, files deleted since put back. Only changed regular files
 * have a blob id: the others are read from the working tree's scan.
 */
export function listingFromChanges(
  tracked: readonly string[],
  changes: ReadonlyMap<string, CommitSide>,
): CommitListing {
  const added = (path: string) => changes.get(path)?.mode === '000000';
  const paths = tracked.filter((path) => !added(path));
  for (const [path, side] of changes) {
    if (side.mode !== '000000' && sortedIndexOf(tracked, path) === -1 && !isInSkippedFolder(path)) {
      paths.push(path);
    }
  }
  paths.sort();
  return {
    paths,
    blobIdOf: (path) => {
      const side = changes.get(path);
      return side && REGULAR_FILE_MODES.has(side.mode) ? side.blobId : undefined;
    },
  };
}
