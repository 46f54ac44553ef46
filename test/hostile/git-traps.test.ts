// Class 3 of #12: git runs nothing the scanned repository names. A base value is never an option, and the
// repository's own settings that name programs (fsmonitor, ssh, upload-pack, filters, diff drivers,
// hooks, credential helpers, ext:: URLs) are switched off for every git the scan runs.
import { chmodSync, existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { loadRules } from '../../src/engine/load-rules.js';
import { scoreBase } from '../../src/pipeline/base-scan.js';
import { commitAll, git, runCli, useHostileTrees, writeFiles } from './hostile-tree.js';

const hostile = useHostileTrees();

/** Every program a trap would run touches a file named after it in `markers`. */
function plantTraps(root: string, markers: string): string[] {
  const touch = (name: string) => `touch ${join(markers, name)}`;
  const hooks = join(root, '.git', 'evil-hooks');
  mkdirSync(hooks);
  for (const hook of ['reference-transaction', 'post-checkout', 'pre-auto-gc', 'post-index-change']) {
    writeFileSync(join(hooks, hook), `#!/bin/sh\n${touch(hook)}\n`);
    chmodSync(join(hooks, hook), 0o755);
  }
  const settings: [string, string][] = [
    ['core.fsmonitor', touch('fsmonitor')],
    ['core.sshCommand', touch('ssh-command')],
    ['core.hooksPath', hooks],
    ['core.askPass', touch('askpass')],
    ['core.alternateRefsCommand', touch('alternate-refs')],
    ['core.pager', touch('pager')],
    ['credential.helper', `!${touch('credential-helper')}`],
    ['remote.origin.url', 'ssh://git@example.invalid/acme/churn.git'],
    ['remote.origin.uploadpack', touch('upload-pack')],
    ['filter.evil.clean', `${touch('filter-clean')}; cat`],
    ['filter.evil.smudge', `${touch('filter-smudge')}; cat`],
    ['filter.evil.process', touch('filter-process')],
    ['diff.external', touch('diff-external')],
    ['diff.evil.command', touch('diff-command')],
    ['diff.evil.textconv', `${touch('textconv')}; cat`],
  ];
  for (const [key, value] of settings) git(root, 'config', key, value);
  writeFiles(root, { '.gitattributes': '* filter=evil diff=evil\n' });
  // Files newer than the index: git would hash them again, through the clean filter.
  const future = new Date(Date.now() + 86_400_000);
  for (const path of ['requirements.txt', 'src/train.py']) utimesSync(join(root, path), future, future);
  return [
    'fsmonitor',
    'ssh-command',
    'askpass',
    'alternate-refs',
    'pager',
    'credential-helper',
    'upload-pack',
    'filter-clean',
    'filter-smudge',
    'filter-process',
    'diff-external',
    'diff-command',
    'textconv',
    'reference-transaction',
    'post-checkout',
    'pre-auto-gc',
    'post-index-change',
  ];
}

const ran = (markers: string, names: readonly string[]) =>
  names.filter((name) => existsSync(join(markers, name)));

describe('git under a hostile repository', () => {
  it.each([['--base=--upload-pack=touch {marker}'], ['--base=--output={marker}'], ['--base=-x']])(
    'refuses %s before git sees it',
    (flag) => {
      const tree = hostile();
      commitAll(tree.root);
      const marker = join(tree.outside, 'created-by-git');
      const run = runCli(['scan', tree.root, flag.replace('{marker}', marker)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^mlops-maturity: --base must name a commit \(a branch, tag or SHA\), got "-[^\n]*"\.\n$/,
      );
      expect(existsSync(marker)).toBe(false);
    },
  );

  it('never hands a ref to git as an option, whoever calls the base scan', () => {
    const tree = hostile();
    commitAll(tree.root);
    const marker = join(tree.outside, 'written-by-git');
    for (const ref of [`--output=${marker}`, `--upload-pack=touch ${marker}`, `--exec=touch ${marker}`]) {
      const result = scoreBase(tree.root, ref, loadRules(), ConfigSchema.parse({}));
      expect(result).toEqual({
        note: expect.stringContaining('is not in the clone and could not be fetched'),
      });
    }
    expect(existsSync(marker)).toBe(false);
  });

  it("runs none of the programs the repository's settings name, comparing with a base or fetching one", () => {
    const tree = hostile();
    const base = commitAll(tree.root);
    writeFiles(tree.root, { 'dvc.yaml': 'stages:\n  train:\n    cmd: python src/train.py\n' });
    git(tree.root, 'add', '-A');
    git(tree.root, 'commit', '-qm', 'head');
    const markers = join(tree.outside, 'markers');
    mkdirSync(markers);
    const names = plantTraps(tree.root, markers);
    const compared = runCli(['scan', tree.root, '--base', base, '--format', 'json']);
    expect(compared.code).toBe(0);
    expect(JSON.parse(compared.stdout).delta.available).toBe(true);
    // A commit the clone lacks is fetched from origin: over ssh, upload-pack and hooks all in play.
    const fetched = runCli(['scan', tree.root, '--base', 'f'.repeat(40), '--format', 'json']);
    expect(fetched.code).toBe(0);
    expect(JSON.parse(fetched.stdout).delta.available).toBe(false);
    const untracked = runCli(['scan', tree.root, '--format', 'json']);
    expect(untracked.code).toBe(0);
    expect(ran(markers, names)).toEqual([]);
  });

  it('fetches nothing from an ext:: remote, whose URL is a command', () => {
    const tree = hostile();
    commitAll(tree.root);
    const marker = join(tree.outside, 'ext-ran');
    git(tree.root, 'remote', 'add', 'origin', `ext::sh -c touch% ${marker}`);
    const run = runCli(['scan', tree.root, '--base', 'e'.repeat(40), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it('scans a tree whose .git is a file pointing nowhere, as a tree without git', () => {
    const tree = hostile({ '.git': 'gitdir: /nonexistent/hostile/.git\n' });
    const run = runCli(['scan', tree.root, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(
      JSON.parse(run.stdout).practices.find((p: { id: string }) => p.id === 'experiment-tracking').status,
    ).toBe('pass');
  });

  it('scans a worktree and a submodule checkout like any work tree', () => {
    const tree = hostile();
    commitAll(tree.root);
    const worktree = join(tree.outside, 'worktree');
    git(tree.root, 'worktree', 'add', '-q', worktree);
    const run = runCli(['scan', worktree, '--base', 'HEAD', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).delta).toMatchObject({ available: true, scoreChange: 0 });
  });
});
