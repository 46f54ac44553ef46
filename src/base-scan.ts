// Scores the pull request's base commit from git objects (no checkout, no second clone).
import type { Config } from './config/config-schema.js';
import type { RuleSet } from './engine/load-rules.js';
import { GitCommitSource } from './repo/git-commit.js';
import { fetchCommit, hasCommit, pathInWorkTree, pathsChangedSince } from './repo/run-git.js';
import type { Delta, Report } from './report/model.js';
import { type FileOutcomes, scan } from './scan.js';
import { compareReports } from './score/delta.js';

export type BaseResult = { report: Report } | { note: string };

/**
 * The base commit's report, fetching just that commit when a shallow clone lacks it. When it cannot be
 * had, a note says how to enable the comparison. `headOutcomes` (kept by the head scan) stand in for the
 * files git says did not change since the base, so only changed files are read again.
 */
export function scoreBase(
  root: string,
  baseSha: string,
  ruleSet: RuleSet,
  config: Config,
  headOutcomes?: FileOutcomes,
): BaseResult {
  if (!hasCommit(root, baseSha)) {
    if (!fetchCommit(root, baseSha)) {
      return {
        note: `The base commit ${baseSha.slice(0, 7)} is not in the clone and could not be fetched. Set fetch-depth: 0 on actions/checkout.`,
      };
    }
  }
  // The scanned folder may be a subfolder of the repository: read the same subtree of the base.
  const prefix = pathInWorkTree(root);
  try {
    const source = new GitCommitSource(root, prefix ? `${baseSha}:${prefix}` : baseSha);
    const changed = headOutcomes && pathsChangedSince(root, baseSha);
    const reuse = changed && { outcomes: headOutcomes, isUnchanged: (path: string) => !changed.has(path) };
    return { report: scan(root, { ruleSet, config, source, reuse }) };
  } catch (error) {
    return { note: `The base commit could not be read (${(error as Error).message.split('\n')[0]}).` };
  }
}

/** The head report's change against `baseRef` (a SHA or a ref), or why it is not known. */
export function compareWithBase(
  root: string,
  baseRef: string,
  ruleSet: RuleSet,
  config: Config,
  head: Report,
  headOutcomes?: FileOutcomes,
): Delta {
  const base = scoreBase(root, baseRef, ruleSet, config, headOutcomes);
  return 'report' in base ? compareReports(base.report, head) : { available: false, note: base.note };
}
