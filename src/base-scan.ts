// Scores the pull request's base commit from git objects (no checkout, no second clone).
import type { Config } from './config/config-schema.js';
import type { RuleSet } from './engine/load-rules.js';
import { GitCommitSource, lsTreeArgs } from './repo/git-commit.js';
import {
  changedPathsArgs,
  changedPathsOf,
  fetchCommit,
  type GitResult,
  hasCommit,
  pathInWorkTree,
  pathsChangedSince,
  startGit,
} from './repo/run-git.js';
import type { Delta, Report } from './report/model.js';
import { type FileOutcomes, scan } from './scan.js';
import { compareReports } from './score/delta.js';

export type BaseResult = { report: Report } | { note: string };

/** What git says of the base before it is scored: its files, and which differ in the working tree. */
export interface BaseGitOutput {
  listing: GitResult;
  changed: GitResult;
}

/**
 * Starts the git commands a base needs (`ls-tree` of it, `diff` against the working tree) so that they
 * run beside the head scan: at 100,000 files they take 130 ms, most of it `diff` checking every file's
 * stat. Undefined when they cannot be started; scoreBase() then runs them itself.
 */
export function startBaseGit(root: string, baseRef: string): Promise<BaseGitOutput> | undefined {
  try {
    const listing = startGit(root, lsTreeArgs(commitAt(baseRef, pathInWorkTree(root))));
    const changed = startGit(root, changedPathsArgs(baseRef));
    return Promise.all([listing, changed]).then(([listing, changed]) => ({ listing, changed }));
  } catch {
    return undefined;
  }
}

/**
 * The base commit's report, fetching just that commit when a shallow clone lacks it. When it cannot be
 * had, a note says how to enable the comparison. `headOutcomes` (kept by the head scan) stand in for the
 * files git says did not change since the base, so only changed files are read again. `started` is git's
 * output from startBaseGit(), used when it succeeded.
 */
export function scoreBase(
  root: string,
  baseSha: string,
  ruleSet: RuleSet,
  config: Config,
  headOutcomes?: FileOutcomes,
  started?: BaseGitOutput,
): BaseResult {
  const early = started?.listing.status === 0 ? started : undefined;
  if (!early && !hasCommit(root, baseSha)) {
    if (!fetchCommit(root, baseSha)) {
      return {
        note: `The base commit ${baseSha.slice(0, 7)} is not in the clone and could not be fetched. Set fetch-depth: 0 on actions/checkout.`,
      };
    }
  }
  try {
    // The scanned folder may be a subfolder of the repository: read the same subtree of the base.
    const commit = commitAt(baseSha, pathInWorkTree(root));
    const source = early
      ? new GitCommitSource(root, commit, early.listing)
      : new GitCommitSource(root, commit);
    const changed =
      headOutcomes && (early ? changedPathsOf(early.changed) : pathsChangedSince(root, baseSha));
    const reuse = changed && { outcomes: headOutcomes, isUnchanged: (path: string) => !changed.has(path) };
    return { report: scan(root, { ruleSet, config, source, reuse }) };
  } catch (error) {
    return { note: `The base commit could not be read (${(error as Error).message.split('\n')[0]}).` };
  }
}

/**
 * The head report's change against `baseRef` (a SHA or a ref), or why it is not known. `started` is
 * startBaseGit() called before the head scan.
 */
export async function compareWithBase(
  root: string,
  baseRef: string,
  ruleSet: RuleSet,
  config: Config,
  head: Report,
  headOutcomes?: FileOutcomes,
  started?: Promise<BaseGitOutput>,
): Promise<Delta> {
  const base = scoreBase(root, baseRef, ruleSet, config, headOutcomes, await started);
  return 'report' in base ? compareReports(base.report, head) : { available: false, note: base.note };
}

function commitAt(commit: string, prefix: string): string {
  return prefix ? `${commit}:${prefix}` : commit;
}
