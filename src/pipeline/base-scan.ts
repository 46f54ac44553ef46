// Scores the pull request's base commit from git objects (no checkout, no second clone).
import type { Config } from '../config/config-schema.js';
import type { RuleSet } from '../engine/load-rules.js';
import { type CommitSide, changesArgs, changesOf, listingFromChanges } from '../repo/commit-changes.js';
import { GitCommitSource } from '../repo/git-commit.js';
import {
  fetchCommit,
  type GitResult,
  isCommitId,
  pathInWorkTree,
  resolveCommit,
  runGit,
  startGit,
} from '../repo/run-git.js';
import type { Delta, Report } from '../report/model.js';
import { type FileOutcomes, scan } from '../scan.js';
import { compareReports } from '../score/delta.js';

export type BaseResult = { report: Report } | { note: string };

/**
 * Starts `git diff` against the base so that it runs beside the head scan: at 100,000 files it takes
 * about 85 ms checking every file's stat. Undefined when it cannot be started; scoreBase() then runs it.
 */
export function startBaseGit(root: string, baseRef: string): Promise<GitResult> | undefined {
  const commit = resolveCommit(root, baseRef);
  if (commit === undefined) return undefined;
  try {
    return startGit(root, changesArgs(commit));
  } catch {
    return undefined;
  }
}

/**
 * The base commit's report, fetching just that commit when a shallow clone lacks it. When it cannot be
 * had, a note says how to enable the comparison. `headOutcomes` (kept by the head scan) stand in for the
 * files git says did not change since the base, so only changed files are read again, and the base's
 * listing is the head's tracked files with those changes. `startedDiff` is startBaseGit()'s output.
 */
export function scoreBase(
  root: string,
  baseRef: string,
  ruleSet: RuleSet,
  config: Config,
  headOutcomes?: FileOutcomes,
  startedDiff?: GitResult,
): BaseResult {
  let changes = startedDiff && changesOf(startedDiff);
  // From here on the base is a commit id: a ref is never handed to git where it could read as an option.
  const baseSha = resolveCommit(root, baseRef) ?? (fetchCommit(root, baseRef) ? baseRef : undefined);
  if (baseSha === undefined) {
    return {
      note: `The base commit ${isCommitId(baseRef) ? baseRef.slice(0, 7) : baseRef.slice(0, 60)} is not in the clone and could not be fetched. Set fetch-depth: 0 on actions/checkout.`,
    };
  }
  try {
    if (headOutcomes) changes ??= changesOf(runGit(root, changesArgs(baseSha)));
    const source = new GitCommitSource(root, baseListing(root, baseSha, headOutcomes, changes));
    const changed = changes;
    const reuse = headOutcomes &&
      changed && { outcomes: headOutcomes, isUnchanged: (path: string) => !changed.has(path) };
    return { report: scan(root, { ruleSet, config, source, reuse }) };
  } catch (error) {
    return { note: `The base commit could not be read (${(error as Error).message.split('\n')[0]}).` };
  }
}

/**
 * The base's files: the head's tracked files with git's changes when both are known, else the base
 * commit's own tree (the scanned folder may be a subfolder of the repository: the same subtree of it).
 */
function baseListing(
  root: string,
  baseSha: string,
  headOutcomes: FileOutcomes | undefined,
  changes: ReadonlyMap<string, CommitSide> | undefined,
) {
  const tracked = headOutcomes?.trackedPaths();
  if (tracked && changes) return listingFromChanges(tracked, changes);
  const prefix = pathInWorkTree(root);
  return prefix ? `${baseSha}:${prefix}` : baseSha;
}

/**
 * The head report's change against `baseRef` (a SHA or a ref), or why it is not known. `startedDiff` is
 * startBaseGit() called before the head scan.
 */
export async function compareWithBase(
  root: string,
  baseRef: string,
  ruleSet: RuleSet,
  config: Config,
  head: Report,
  headOutcomes?: FileOutcomes,
  startedDiff?: Promise<GitResult>,
): Promise<Delta> {
  const base = scoreBase(root, baseRef, ruleSet, config, headOutcomes, await startedDiff);
  return 'report' in base ? compareReports(base.report, head) : { available: false, note: base.note };
}
