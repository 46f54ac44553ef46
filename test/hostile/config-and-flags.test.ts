// Class 5 of #12: configuration and flags never silently do the wrong thing. Negated ignore globs mean
// what they mean in .gitignore, globs that leave nothing to scan are an error, folders the walk cannot
// list are diagnostics, deep or explosive YAML gets a plain message, numbers are decimal, usage errors
// are one line.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useHostileTrees } from './hostile-tree.js';

const hostile = useHostileTrees();
const json = (stdout: string) => JSON.parse(stdout);

describe('ignore globs', () => {
  it('reads "!" as .gitignore does: data/ is left out, data/keep/ is not', () => {
    const tree = hostile({
      '.mlops-maturity.yml': 'ignore: ["data/**", "!data/keep/**"]\n',
      'data/raw/loader.py': 'import wandb\n',
      'data/keep/track.py': 'import neptune\n',
    });
    const run = runCli(['scan', tree.root, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = json(run.stdout);
    expect(report.stats.filesIgnored).toBe(1);
    const tracking = report.practices.find(
      (practice: { id: string }) => practice.id === 'experiment-tracking',
    );
    expect(tracking.tools).toEqual(expect.arrayContaining(['mlflow', 'neptune']));
    expect(tracking.tools).not.toContain('wandb');
    expect(runCli(['scan', tree.root]).stdout).toMatch(/Listed 5 files \(1 left out by ignore\), read/);
  });

  it.each([
    ['!!!', 'ignore[0] "!!!" negates twice: write one "!" before a glob'],
    ['***', 'ignore[0] "***" has three "*" in a row: write ** for any number of folders'],
    ['!', 'ignore[0] "!" matches nothing: give a glob after the "!"'],
  ])('refuses %j with a message naming the field and the fix', (glob, problem) => {
    const tree = hostile({ '.mlops-maturity.yml': `ignore: ["${glob}"]\n` });
    expect(runCli(['scan', tree.root])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `mlops-maturity: .mlops-maturity.yml: ${problem}. See the configuration section of the README.\n`,
    });
  });

  it('fails loudly when the globs leave out every file, rather than passing every threshold', () => {
    const tree = hostile({ '.mlops-maturity.yml': 'fail-below: 90\nignore: ["**"]\n' });
    expect(runCli(['scan', tree.root])).toMatchObject({
      code: 2,
      stderr:
        'mlops-maturity: ignore: its globs leave out all 3 listed files, so nothing would be scanned. Narrow them ("!glob" takes files back).\n',
    });
  });
});

describe('a tree the walk cannot fully list', () => {
  it('names a folder past the path-length limit instead of dropping its files', () => {
    const tree = hostile();
    // 22 folders of 200 characters: past PATH_MAX (4,096), made one at a time from inside (chdir to a
    // relative path), and removed with rm, which walks long paths folder by folder.
    const segment = 'd'.repeat(200);
    const script = `process.chdir(${JSON.stringify(tree.root)}); const fs = require('node:fs');
      for (let i = 0; i < 22; i++) { fs.mkdirSync(${JSON.stringify(segment)}); process.chdir(${JSON.stringify(segment)}); }
      fs.writeFileSync('track.py', 'import wandb');`;
    execFileSync(process.execPath, ['-e', script]);
    try {
      const run = runCli(['scan', tree.root, '--format', 'json']);
      expect(run.code).toBe(0);
      const diagnostics = json(run.stdout).diagnostics as { path: string; message: string }[];
      const unlisted = diagnostics.filter((diagnostic) =>
        diagnostic.message.startsWith('folder could not be listed'),
      );
      expect(unlisted).toHaveLength(1);
      expect(unlisted[0]!.message).toBe(
        'folder could not be listed (ENAMETOOLONG); the files below it are not counted.',
      );
      expect(unlisted[0]!.path.startsWith(`${segment}/${segment}`)).toBe(true);
    } finally {
      execFileSync('rm', ['-rf', join(tree.root, segment)]);
    }
  });
});

describe('configuration files built to exhaust the parser', () => {
  it.each([
    [
      'flow nesting',
      `ignore: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
      'nested more than 16 levels deep. A configuration is flat',
    ],
    [
      'block nesting',
      Array.from({ length: 600 }, (_, depth) => `${' '.repeat(depth)}a:`).join('\n'),
      'nested more than 16 levels deep. A configuration is flat',
    ],
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x]\n${'bcdefgh'
        .split('')
        .map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`)
        .join('\n')}\n`,
      'not valid YAML (Excessive alias count indicates a resource exhaustion attack). Fix the syntax',
    ],
  ])('answers %s with one plain line, quickly', (_name, text, message) => {
    const tree = hostile({ '.mlops-maturity.yml': text });
    const run = runCli(['scan', tree.root], { timeoutMs: 15_000 });
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `mlops-maturity: .mlops-maturity.yml: ${message}.\n`,
    });
  });

  it('reads a UTF-16 configuration file', () => {
    const tree = hostile();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('team-size: large\n', 'utf16le')]);
    execFileSync('sh', ['-c', 'cat > "$1"', 'sh', join(tree.root, '.mlops-maturity.yml')], { input: bytes });
    const run = runCli(['scan', tree.root, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run.stdout).profile.teamSize).toBe('large');
  });
});

describe('flags', () => {
  it.each([['0x10'], ['1e1'], [' 5'], ['5.0'], ['+5']])(
    'refuses --fail-below %j: numbers are decimal',
    (value) => {
      const tree = hostile();
      expect(runCli(['scan', tree.root, '--fail-below', value])).toMatchObject({
        code: 2,
        stderr: `mlops-maturity: --fail-below must be a whole number from 0 to 100, got "${value}".\n`,
      });
    },
  );

  it('refuses --jobs 0x4', () => {
    const tree = hostile();
    expect(runCli(['scan', tree.root, '--jobs', '0x4']).stderr).toBe(
      'mlops-maturity: --jobs must be a whole number from 1 to 64, got "0x4".\n',
    );
  });

  it('answers --base -x in one line', () => {
    const tree = hostile();
    expect(runCli(['scan', tree.root, '--base', '-x'])).toMatchObject({
      code: 2,
      stderr:
        'mlops-maturity: --base needs a value (write --base=VALUE for one that starts with "-"). Run mlops-maturity --help.\n',
    });
  });

  it('gives the same report with --jobs 64 as with one thread', () => {
    const tree = hostile();
    const strip = (stdout: string) => ({ ...json(stdout), stats: undefined });
    const many = runCli(['scan', tree.root, '--jobs', '64', '--format', 'json']);
    const one = runCli(['scan', tree.root, '--jobs', '1', '--format', 'json']);
    expect(many.code).toBe(0);
    expect(strip(many.stdout)).toEqual(strip(one.stdout));
  });
});
