// The pre-commit hook (.pre-commit-hooks.yaml), run as pre-commit runs a `language: node` hook: the
// package's bin from the packed tarball, the entry's words then the hook's args, no file names, in the
// root of the repository being committed to.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { useTempTrees } from './helpers/temp-tree.js';

const REPO = join(import.meta.dirname, '..');
const tree = useTempTrees('pre-commit');

// The fields of a hook manifest entry pre-commit reads (https://pre-commit.com/#creating-new-hooks).
const HooksSchema = z.array(
  z.strictObject({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    entry: z.string(),
    language: z.literal('node'),
    pass_filenames: z.literal(false),
    always_run: z.literal(true),
    minimum_pre_commit_version: z.string(),
  }),
);
const hooks = HooksSchema.parse(parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')));
const [command, ...entryArgs] = hooks[0]!.entry.split(' ');
const bin = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).bin as Record<string, string>;

function committedRepository(config: string): string {
  const root = tree({});
  cpSync(join(REPO, 'examples', 'churn-service'), root, { recursive: true });
  writeFileSync(join(root, '.mlops-maturity.yml'), config);
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

function runHook(root: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [join(REPO, bin[command!]!), ...entryArgs, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('.pre-commit-hooks.yaml', () => {
  it('runs a command the packed package installs', () => {
    expect(Object.keys(bin)).toContain(command);
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: REPO, encoding: 'utf8' }),
    );
    const files = (packed.files as { path: string }[]).map((file) => file.path);
    for (const needed of [
      bin[command!]!,
      'dist/cli/main/index.js',
      'dist/rules.json',
      'dist/worker/index.js',
    ]) {
      expect(files).toContain(needed.replace(/^\.\//, ''));
    }
    expect(files).toContain('rules/data-versioning.yml');
  });

  it("passes quietly when the repository meets its configuration's thresholds", () => {
    const root = committedRepository('fail-below: 70\nmin-phase: 1\n');
    expect(runHook(root)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('fails the commit with the reason when the repository is below them', () => {
    const root = committedRepository('fail-below: 90\n');
    expect(runHook(root)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'mlops-maturity: threshold not met: score 79 is below fail-below 90.\n',
    });
  });

  it("takes the hook's args from the user's pre-commit config", () => {
    const root = committedRepository('team-size: small\n');
    expect(runHook(root, ['--min-phase', '2'])).toMatchObject({
      code: 1,
      stderr: 'mlops-maturity: threshold not met: phase 1 (Foundations) is below min-phase 2.\n',
    });
  });
});
