// The first-parent history of a repository from two git processes: `git log --raw` for every commit's
// changes and `git ls-tree` for the oldest commit's files. Paths are relative to the scanned folder.
import { UsageError } from '../engine/usage-error.js';
import { runGit } from '../repo/run-git.js';
import { isInSkippedFolder } from '../repo/skipped-folders.js';

/** A file a commit changed: its blob after the commit, undefined when it is no longer a regular file. */
export interface FileChange {
  path: string;
  blobId: string | undefined;
}

export interface HistoryCommit {
  sha: string;
  /** Committer date, ISO 8601 as git prints it. */
  date: string;
  /** The subject line as written: hostile text, escaped wherever it is printed. */
  subject: string;
  parents: string[];
  /** What changed against the first parent (the oldest commit's changes are not needed). */
  changes: FileChange[];
}

export interface History {
  /** Oldest first. */
  commits: HistoryCommit[];
  /** The oldest commit's files (regular files, not in skipped folders) with their blob ids. */
  baseline: Map<string, string>;
  /** True when the clone is shallow: its oldest commit is not the repository's first. */
  isShallow: boolean;
}

const REGULAR_FILE_MODES = new Set(['100644', '100755']);
// An ISO 8601 date, or a date and time with an optional zone: all `--since` takes.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether `--since` is a date git reads as the user means it (git accepts "yesterday" and worse). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text.replace(' ', 'T')));
}

/**
 * `--since` as git should read it: git fills a bare date's time of day with the current one, so a date
 * is midnight, and a time without a zone UTC, as the chart's days are.
 */
function sinceForGit(since: string): string {
  const isoLike = since.replace(' ', 'T');
  if (!isoLike.includes('T')) return `${isoLike}T00:00:00Z`;
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(isoLike) ? isoLike : `${isoLike}Z`;
}

/**
 * The last `maxCommits` first-parent commits of HEAD (committed since `since`, when given) in `root`, a
 * folder of a work tree or a bare repository. Throws UsageError when `root` has no readable history.
 */
export function readHistory(root: string, maxCommits: number, since?: string): History {
  const head = runGit(root, ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}']);
  const [shallowLine, headSha] = head.stdout.toString('utf8').trim().split('\n');
  if (head.status !== 0 || headSha === undefined) {
    throw new UsageError(
      `${root}: not a git repository with a commit (git rev-parse HEAD failed). Pass the folder of a git clone.`,
    );
  }
  const log = runGit(root, [
    'log',
    '--first-parent',
    // With --first-parent, a merge's changes are against its first parent: what it brought to the branch.
    '-m',
    '--raw',
    '-z',
    '--no-abbrev',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    '--no-color',
    '--format=%x01%H %P%x02%cI%x02%s',
    `--max-count=${maxCommits}`,
    ...(since === undefined ? [] : [`--since=${sinceForGit(since)}`]),
    '--end-of-options',
    headSha,
  ]);
  if (log.status !== 0) throw new Error(`git log failed: ${firstLine(log.stderr)}`);
  const commits = parseLog(log.stdout.toString('utf8')).reverse();
  const oldest = commits[0];
  return {
    commits,
    baseline: oldest ? readTree(root, oldest.sha) : new Map(),
    isShallow: shallowLine === 'true',
  };
}

/**
 * Commits from `git log -z --raw` with the format above: `\x01<sha> <parents>\x02<date>\x02<subject>\0`,
 * then `:<mode> <mode> <blob> <blob> <status>\0<path>\0` records. The subject is read up to its NUL, so
 * whatever it holds cannot pass for a record.
 */
export function parseLog(text: string): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf('\x01', at);
    if (start === -1) break;
    const headerEnd = text.indexOf('\0', start);
    const header = text.slice(start + 1, headerEnd === -1 ? text.length : headerEnd);
    const [ids = '', date = '', ...subject] = header.split('\x02');
    const [sha = '', ...parents] = ids.trim().split(' ').filter(Boolean);
    const commit: HistoryCommit = { sha, date, subject: subject.join('\x02'), parents, changes: [] };
    commits.push(commit);
    at = headerEnd === -1 ? text.length : headerEnd + 1;
    if (text[at] === '\n') at += 1;
    while (text[at] === ':') {
      const recordEnd = text.indexOf('\0', at);
      const pathEnd = recordEnd === -1 ? -1 : text.indexOf('\0', recordEnd + 1);
      if (pathEnd === -1) return commits;
      const [, dstMode = '', , dstBlob = ''] = text.slice(at + 1, recordEnd).split(' ');
      const path = text.slice(recordEnd + 1, pathEnd);
      if (!isInSkippedFolder(path)) {
        commit.changes.push({ path, blobId: REGULAR_FILE_MODES.has(dstMode) ? dstBlob : undefined });
      }
      at = pathEnd + 1;
    }
  }
  return commits;
}

/** A commit's regular files under the current folder, by path, from one `git ls-tree`. */
function readTree(root: string, sha: string): Map<string, string> {
  const listing = runGit(root, ['ls-tree', '-r', '-z', '--end-of-options', sha]);
  if (listing.status !== 0) throw new Error(`git ls-tree failed: ${firstLine(listing.stderr)}`);
  // `<mode> <type> <object>\t<path>` records; symlinks and submodules are not files to read.
  const files = new Map<string, string>();
  for (const record of listing.stdout.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type, blobId = ''] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (type === 'blob' && REGULAR_FILE_MODES.has(mode) && !isInSkippedFolder(path)) files.set(path, blobId);
  }
  return files;
}

function firstLine(bytes: Buffer): string {
  return bytes.toString('utf8').trim().split('\n')[0] ?? '';
}
