// The action's `history` input: the bundled action (dist/index.js) run on a push, as a runner would.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ACTION = join(import.meta.dirname, '..', '..', 'dist', 'index.js');

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'action-history-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, args: string[], date?: string): string {
  return execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  }).trim();
}

/** Three commits: scikit-learn, then mlflow, then a Dockerfile. */
function repository(): string {
  const root = join(scratch, 'repo');
  execFileSync('git', ['init', '-q', '-b', 'main', root]);
  const steps: [string, string, string][] = [
    ['requirements.txt', 'scikit-learn==1.5.0\n', '2026-04-01'],
    ['requirements.txt', 'scikit-learn==1.5.0\nmlflow==2.14.0\n', '2026-04-02'],
    ['Dockerfile', 'FROM python:3.12-slim\n', '2026-04-03'],
  ];
  for (const [path, text, day] of steps) {
    writeFileSync(join(root, path), text);
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', `Change ${path}`], `${day}T09:00:00+00:00`);
  }
  return root;
}

function runAction(workspace: string, inputs: Record<string, string>) {
  const summaryPath = join(scratch, 'summary.md');
  const outputPath = join(scratch, 'output.txt');
  const eventPath = join(scratch, 'event.json');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  writeFileSync(
    eventPath,
    JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/churn' } }),
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/churn',
    GITHUB_SHA: git(workspace, ['rev-parse', 'HEAD']),
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: scratch,
    INPUT_PATH: '.',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise<{ code: number; stdout: string; summary: string }>((resolve) => {
    execFile(process.execPath, [ACTION], { cwd: workspace, env }, (error, stdout, stderr) => {
      resolve({
        code: error ? (error.code as number) : 0,
        stdout: stdout + stderr,
        summary: readFileSync(summaryPath, 'utf8'),
      });
    });
  });
}

describe('the action with history', () => {
  it('adds the timeline of the last N commits to the job summary', async () => {
    const root = repository();
    const { code, summary } = await runAction(root, { history: '2' });
    expect(code).toBe(0);
    expect(summary).toContain('## MLOps maturity over time');
    expect(summary).toContain('  x-axis ["2026-04-02", "2026-04-03"]');
    expect(summary).toMatch(
      /\| 2026-04-03 \| `[0-9a-f]{7}` \| .*`containerization` \| ✅ adopted \| `Dockerfile` \| Change Dockerfile \|/,
    );
  });

  it('leaves the timeline out by default', async () => {
    const { code, summary } = await runAction(repository(), {});
    expect(code).toBe(0);
    expect(summary).not.toContain('maturity over time');
  });

  it('says a shallow checkout has no history and how to fetch it', async () => {
    const clone = join(scratch, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repository()}`, clone]);
    const { code, summary } = await runAction(clone, { history: '50' });
    expect(code).toBe(0);
    expect(summary).toContain(
      '> The clone is shallow: git has only 1 commit of this history. Fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) to see how the maturity evolved.',
    );
  });

  it('fails on a history input that is not a number of commits', async () => {
    const { code, stdout } = await runAction(repository(), { history: 'all' });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '::error::Input history must be a whole number of commits from 0 to 10000, got "all". Fix it in the with: block of the workflow step.',
    );
  });
});
