// Class 1 of #12: nothing from outside the repository is read, so nothing of it can be printed. Every
// file the scan opens (the configuration, an include, a listed file) is refused when it is a symlink out,
// lies below a symlinked folder, is a hard link, or a special file.
import { linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, outputProblems, runCli, scanAllFormats, useHostileTrees } from './hostile-tree.js';

const hostile = useHostileTrees();

const diagnosticsOf = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: { path: string; message: string }[] }).diagnostics;

describe('content from outside the repository', () => {
  it('does not read an include through a symlinked folder', () => {
    const tree = hostile({ 'requirements.txt': 'mlflow==2.17.2\n-r linked/secret.txt\n' });
    symlinkSync(tree.outside, join(tree.root, 'linked'));
    for (const run of scanAllFormats(tree.root)) {
      expect(run.code).toBe(0);
      expect(outputProblems(run.stdout + run.stderr, tree.secret)).toEqual([]);
    }
    const json = runCli(['scan', tree.root, '--format', 'json']);
    expect(diagnosticsOf(json.stdout)).toContainEqual({
      path: 'linked/secret.txt',
      message: 'symbolic link to outside the repository; not followed.',
    });
  });

  it('does not read a committed requirements file that links out', () => {
    const tree = hostile({ 'requirements.txt': 'mlflow==2.17.2\n' });
    symlinkSync(join(tree.outside, 'secret.txt'), join(tree.root, 'requirements-dev.txt'));
    commitAll(tree.root);
    const json = runCli(['scan', tree.root, '--format', 'json']);
    expect(diagnosticsOf(json.stdout)).toContainEqual({
      path: 'requirements-dev.txt',
      message: 'symbolic link to outside the repository; not followed.',
    });
    for (const run of scanAllFormats(tree.root)) expect(outputProblems(run.stdout, tree.secret)).toEqual([]);
  });

  it('does not read a hard link, whose other name may be outside', () => {
    const tree = hostile({ 'requirements.txt': 'mlflow==2.17.2\n-r pinned.txt\n' });
    linkSync(join(tree.outside, 'secret.txt'), join(tree.root, 'pinned.txt'));
    const json = runCli(['scan', tree.root, '--format', 'json']);
    expect(diagnosticsOf(json.stdout)).toContainEqual({
      path: 'pinned.txt',
      message: 'a hard link (the file has other names, maybe outside the repository); not read.',
    });
    expect(json.stdout).not.toContain(tree.secret);
  });

  it('survives symlink loops and chains without reading through them', () => {
    const tree = hostile({ 'requirements.txt': 'mlflow==2.17.2\n-r loop/base.txt\n-r chain/secret.txt\n' });
    symlinkSync('loop', join(tree.root, 'loop'));
    symlinkSync('step', join(tree.root, 'chain'));
    symlinkSync(tree.outside, join(tree.root, 'step'));
    const json = runCli(['scan', tree.root, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.ms).toBeLessThan(10_000);
    expect(json.stdout).not.toContain(tree.secret);
    const paths = diagnosticsOf(json.stdout).map((diagnostic) => diagnostic.path);
    expect(paths).toEqual(expect.arrayContaining(['loop/base.txt', 'chain/secret.txt']));
  });
});

describe("a configuration file that is not the repository's own", () => {
  const refused = (root: string, env?: NodeJS.ProcessEnv) =>
    runCli(['scan', root], { env, timeoutMs: 10_000 });

  it.each([
    ['a file outside', (outside: string) => join(outside, 'secret.txt')],
    ['/etc/passwd', () => '/etc/passwd'],
    ['/proc/self/environ', () => '/proc/self/environ'],
    ['/dev/zero', () => '/dev/zero'],
    ['/dev/urandom', () => '/dev/urandom'],
  ])('refuses a .mlops-maturity.yml linked to %s, printing nothing of it', (_name, target) => {
    const tree = hostile();
    symlinkSync(target(tree.outside), join(tree.root, '.mlops-maturity.yml'));
    const run = refused(tree.root, { MLOPS_TEST_SECRET: tree.secret });
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'mlops-maturity: .mlops-maturity.yml: is a symbolic link; not followed. Commit the configuration file itself.\n',
    });
    expect(run.ms).toBeLessThan(10_000);
  });

  it('refuses --config below a symlinked folder of the repository', () => {
    const tree = hostile();
    symlinkSync(tree.outside, join(tree.root, 'conf'));
    const run = runCli(['scan', '.', '--config', 'conf/secret.txt'], { cwd: tree.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'mlops-maturity: conf/secret.txt: the folder conf is a symbolic link; not followed. Point the configuration at a file in a real folder.\n',
    );
  });

  it('refuses a hard-linked configuration file', () => {
    const tree = hostile();
    linkSync(join(tree.outside, 'secret.txt'), join(tree.root, '.mlops-maturity.yml'));
    expect(refused(tree.root).stderr).toBe(
      'mlops-maturity: .mlops-maturity.yml: a hard link (the file has other names); not read. Commit the configuration file itself.\n',
    );
  });

  it('quotes no more than a short excerpt of a bad value or key', () => {
    const long = 'x'.repeat(500);
    const tree = hostile({ '.mlops-maturity.yml': `${long}: 1\n${long}b: 2\na: 1\nb: 2\nc: 3\n` });
    const run = refused(tree.root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `mlops-maturity: .mlops-maturity.yml: the file has unknown fields ${'x'.repeat(40)}…, ${'x'.repeat(40)}…, a and 2 more. See the configuration section of the README.\n`,
    );
  });

  it('keeps reading a committed file inside the repository as before', () => {
    const tree = hostile({ 'config/mlops.yml': 'team-size: medium\n' });
    mkdirSync(join(tree.root, 'more'));
    const run = runCli([
      'scan',
      tree.root,
      '--config',
      join(tree.root, 'config/mlops.yml'),
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).profile.teamSize).toBe('medium');
  });
});
