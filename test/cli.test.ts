// The CLI as a user runs it: the built bundle in a child process, and main() for exact messages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const REPO = join(import.meta.dirname, '..');
const STARTER = join(REPO, 'examples', 'churn-starter');

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          append(String(chunk));
          done();
        },
      }),
      { isTTY: false },
    ) as unknown as NodeJS.WriteStream;
  const code = await main(argv, {
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    env,
  });
  return { code, stdout, stderr };
}

describe('mlops-maturity CLI', () => {
  it('prints the text report without colour when not on a TTY', async () => {
    const { code, stdout, stderr } = await run(['scan', STARTER]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('✔ experiment-tracking       Found MLflow.');
    expect(stdout).not.toContain('\u001b[');
  });

  it('writes the JSON report to --output', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cli-'));
    try {
      const output = join(folder, 'report.json');
      expect(await run(['scan', STARTER, '--format', 'json', '--output', output])).toMatchObject({
        code: 0,
        stdout: '',
      });
      const report = JSON.parse(readFileSync(output, 'utf8'));
      expect(report.schemaVersion).toBe(1);
      expect(report.practices).toHaveLength(13);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([
    [
      ['scan', '--format', 'yaml'],
      'mlops-maturity: --format must be one of text, json, markdown, got "yaml".\n',
    ],
    [['lint'], 'mlops-maturity: unknown command "lint". Run mlops-maturity scan [path].\n'],
    [[], 'mlops-maturity: missing command. Run mlops-maturity scan [path].\n'],
    [['scan', '--colour'], 'mlops-maturity: unknown option "--colour". Run mlops-maturity --help.\n'],
    [
      ['scan', '--format'],
      "mlops-maturity: Option '--format <value>' argument missing. Run mlops-maturity --help.\n",
    ],
    [
      ['scan', 'no/such/repo'],
      'mlops-maturity: no/such/repo: no such folder. Pass the path of a repository to scan.\n',
    ],
    [
      ['scan', join(STARTER, 'params.yaml')],
      `mlops-maturity: ${join(STARTER, 'params.yaml')}: not a folder. Pass the path of a repository to scan.\n`,
    ],
  ])('exits 2 with one line for %j', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('lists the practices and explains one', async () => {
    const rules = await run(['rules']);
    expect(rules.code).toBe(0);
    expect(rules.stdout.split('\n')[0]).toMatch(/^phase 1 {2}experiment-tracking +mlflow, wandb, /);
    const explained = await run(['explain', 'data-versioning']);
    expect(explained.stdout.split('\n').slice(0, 2)).toEqual([
      'data-versioning: Data sets are versioned alongside the code',
      'phase 1, weight 3, data',
    ]);
    expect(explained.stdout).toContain('First step (low effort): Run dvc init');
  });

  it('prints the validated rules as JSON', async () => {
    const printed = JSON.parse((await run(['rules', '--format', 'json'])).stdout);
    expect(printed.fingerprint).toMatch(/^[0-9a-f]{14}$/);
    expect(printed.ruleSet.rules.map((rule: { id: string }) => rule.id)).toContain('data-versioning');
  });

  it('names the known practices when asked to explain an unknown one', async () => {
    expect((await run(['explain', 'feature-store'])).stderr).toMatch(
      /^mlops-maturity: unknown practice "feature-store"\. Pick one of experiment-tracking, .*, reproducible-environment\.\n$/,
    );
  });

  it('turns on the compile cache before loading the CLI bundle, where Node has one', () => {
    const temp = mkdtempSync(join(tmpdir(), 'compile-cache-'));
    try {
      const result = spawnSync(process.execPath, [join(REPO, 'dist', 'cli', 'index.js'), '--version'], {
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: temp, NODE_COMPILE_CACHE: '' },
      });
      expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
      const hasCompileCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache;
      expect(existsSync(join(temp, 'node-compile-cache'))).toBe(hasCompileCache === 'function');
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('runs from the committed bundle as `npx mlops-maturity` would', () => {
    const result = spawnSync(
      process.execPath,
      [join(REPO, 'dist', 'cli', 'index.js'), 'scan', STARTER, '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(
      JSON.parse(result.stdout).practices.find(
        (practice: { id: string }) => practice.id === 'data-versioning',
      ).status,
    ).toBe('pass');
  });
});
