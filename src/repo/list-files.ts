// Lists the files of the scanned tree once: git's own view when the tree is a work tree, else a walk
// that honours .gitignore files at every level.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { runGit } from './run-git.js';
import { isSkippedFolderName, withoutSkippedFolders } from './skipped-folders.js';

export interface Listing {
  /** Repo-relative POSIX paths, sorted, without vendored or environment folders. */
  paths: string[];
  source: 'git' | 'walk';
  /**
   * Only with `untrackedLater`: lists the files git does not track, as `paths` lists them; `paths` then
   * holds only tracked files.
   */
  listUntracked?: () => string[];
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
  if (options.untrackedLater || options.trackedOnly) {
    const tracked = listWithGit(root, ['--cached']);
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
  // A tree that git lists as empty may be git-ignored by an enclosing repository: walk it instead.
  const fromGit = listWithGit(root, ['--cached', '--others', '--exclude-standard']);
  const isGitListing = fromGit !== undefined && fromGit.length > 0;
  return {
    paths: listed(isGitListing ? fromGit : listWithWalk(root)),
    source: isGitListing ? 'git' : 'walk',
  };
}

function listed(paths: string[]): string[] {
  return withoutSkippedFolders(paths).sort();
}

function listWithGit(root: string, which: readonly string[]): string[] | undefined {
  const result = runGit(root, ['ls-files', '-z', ...which, '--deduplicate']);
  if (result.status !== 0) return undefined;
  const text = result.stdout.toString('utf8');
  const paths = text.split('\0');
  if (paths.at(-1) === '') paths.pop();
  return paths;
}

function listWithWalk(root: string): string[] {
  const entries = fg.sync('**', {
    cwd: root,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: ['**/.git/**'],
  });
  return filterGitignored(root, entries);
}

/** Applies each folder's .gitignore to the paths below it, as git does. */
function filterGitignored(root: string, paths: string[]): string[] {
  const ignoreFiles = paths.filter((path) => path === '.gitignore' || path.endsWith('/.gitignore'));
  if (ignoreFiles.length === 0) return paths;
  const matchers: { folder: string; matcher: Ignore }[] = [];
  for (const file of ignoreFiles) {
    let text: string;
    try {
      text = readFileSync(`${root}/${file}`, 'utf8');
    } catch {
      continue;
    }
    const folder = file.slice(0, file.length - '.gitignore'.length);
    if (folder.split('/').some(isSkippedFolderName)) continue;
    matchers.push({ folder, matcher: ignore().add(text) });
  }
  return paths.filter(
    (path) => !matchers.some(({ folder, matcher }) => isIgnoredBelow(path, folder, matcher)),
  );
}

function isIgnoredBelow(path: string, folder: string, matcher: Ignore): boolean {
  if (!path.startsWith(folder)) return false;
  const relative = path.slice(folder.length);
  // A file is ignored when it or any folder above it (within this .gitignore's folder) is ignored.
  let end = relative.indexOf('/');
  while (end !== -1) {
    if (matcher.ignores(`${relative.slice(0, end)}/`)) return true;
    end = relative.indexOf('/', end + 1);
  }
  return matcher.ignores(relative);
}
