// Checks a `scan --base REF` before scanning: a ref that names no commit is a usage error (exit 2) with a
// message for a terminal, not the note for a CI checkout that the action gives.
import { UsageError } from '../engine/usage-error.js';
import { runGit } from '../repo/run-git.js';
import { neutralizeControls } from '../report/escape.js';

/** Throws UsageError when `ref` names no commit of the repository at `root`, saying how to fix it. */
export function checkBaseRef(root: string, path: string, ref: string): void {
  const shown = neutralizeControls(ref);
  if (ref.trim() === '')
    throw new UsageError('--base needs a branch, tag or commit, e.g. --base origin/main.');
  const resolved = runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (resolved.status === 0) return;
  if (resolved.status === null)
    throw new UsageError(
      `--base ${shown}: git is not installed or not on PATH. Install git, or drop --base.`,
    );
  if (runGit(root, ['rev-parse', '--git-dir']).status !== 0) {
    throw new UsageError(
      `--base ${shown}: ${neutralizeControls(path)} is not in a git repository, so there is no base to compare with. Drop --base, or scan a git work tree.`,
    );
  }
  throw new UsageError(
    `--base ${shown}: no such branch, tag or commit in this repository. Check the name (git branch -a lists branches); for a remote one, git fetch it first (e.g. git fetch origin main).`,
  );
}
