// Lists the files of the scanned tree once: git's own view when the tree is a work tree, else a walk
// that honours .gitignore files at every level.
import { splitNulNames } from './path-bytes.js';
import { runGit } from './run-git.js';
import { withoutSkippedFolders } from './skipped-folders.js';
import type { WalkedTree } from './walk-tree.js';

export interface Listing {
  /** Repo-relative POSIX paths, sorted, without vendored or environment folders. */
  paths: string[];
  source: 'git' | 'walk';
  /**
   * Only with `untrackedLater`: lists the files git does not track, as `paths` lists them; `paths` then
   * holds only tracked files.
   */
  listUntracked?: () => string[];
  /** Folders the walk could not list, each with why (git lists what it can see without them). */
  diagnostics?: WalkedTree['diagnostics'];
}

export interface ListOptions {
  /**
   * List git's tracked files first and leave the untracked ones to `listUntracked()`: finding those walks
   * the whole tree (60 of the 80 ms git takes to list 100,000 files), which a caller can overlap with
   * reading the tracked ones.
   */
  untrackedLater?: boolean;
  /** In a git work tree, list only the files git tracks (`listUntracked()` then gives none). */
  trackedOnly?: boolean;
}

/** Lists files under `root`. Never throws for an ordinary tree; a missing root is the caller's check. */
export function listFiles(root: string, options: ListOptions = {}): Listing {
  let gitFailed = false;
  if (options.untrackedLater || options.trackedOnly) {
    const tracked = listWithGit(root, ['--cached']);
    gitFailed = tracked === undefined;
    if (tracked !== undefined && tracked.length > 0) {
      return {
        paths: listed(tracked),
        source: 'git',
        listUntracked: options.trackedOnly
          ? () => []
          : () => listed(listWithGit(root, ['--others', '--exclude-standard']) ?? []),
      };
    }
  }
  // A tree that git lists as empty may be git-ignored by an enclosing repository: walk it instead. Where
  // git already failed (no work tree, no git), it is not asked again.
  const fromGit = gitFailed ? undefined : listWithGit(root, ['--cached', '--others', '--exclude-standard']);
  if (fromGit !== undefined && fromGit.length > 0) return { paths: listed(fromGit), source: 'git' };
  const walked = listWithWalk(root);
  const listing: Listing = { paths: listed(walked.paths), source: 'walk' };
  if (walked.diagnostics.length > 0) listing.diagnostics = walked.diagnostics;
  return listing;
}

function listed(paths: string[]): string[] {
  return withoutSkippedFolders(paths).sort();
}

function listWithGit(root: string, which: readonly string[]): string[] | undefined {
  const result = runGit(root, ['ls-files', '-z', ...which, '--deduplicate']);
  if (result.status !== 0) return undefined;
  return splitNulNames(result.stdout);
}

let walkTree: ((root: string) => WalkedTree) | undefined;

/**
 * Loads the walk for trees git does not list (fast-glob and .gitignore rules), kept out of start-up since
 * most scans are of git work trees. Call before scanning such a tree; scanLoadingWalk() does it when needed.
 */
export async function loadTreeWalk(): Promise<void> {
  walkTree ??= (await import('./walk-tree.js')).walkTree;
}

/** Thrown by a listing that needs the walk before loadTreeWalk() was called. */
export class TreeWalkNotLoaded extends Error {
  constructor() {
    super('the walk of a tree without git was not loaded');
  }
}

function listWithWalk(root: string): WalkedTree {
  if (!walkTree) throw new TreeWalkNotLoaded();
  return walkTree(root);
}
