// Classes 1, 4 and 7 of #12 through the bundled action (dist/index.js) run as a runner would, against the
// fake GitHub REST server: the sticky comment is only ever the token's own identity's, the job summary,
// the comment and the log show hostile names escaped, and a config linked to the runner's environment
// prints none of it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, FakeGitHub } from '../action/github-server.js';
import { commitAll, evilFiles, git, outputProblems, writeFiles } from './hostile-tree.js';

const ACTION = join(import.meta.dirname, '..', '..', 'dist', 'index.js');
const TOKEN = 'ghs_hostiletoken0123456789abcdefghijklmnop';
const MARKER = '<!-- mlops-maturity -->';

let github: FakeGitHub;
let scratch: string;

beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
  scratch = mkdtempSync(join(tmpdir(), 'hostile-action-'));
});

afterEach(async () => {
  await github.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** A repository with a base and a head commit; `head` files are added in the head. */
function repository(
  head: Record<string, string> = { 'dvc.yaml': 'stages:\n  train:\n    cmd: python src/train.py\n' },
) {
  const root = join(scratch, 'repo');
  writeFiles(root, {
    'requirements.txt': 'scikit-learn==1.5.2\nmlflow==2.17.2\n',
    'src/train.py': 'import mlflow\n',
  });
  const base = commitAll(root);
  writeFiles(root, head);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'head');
  return { root, base, head: git(root, 'rev-parse', 'HEAD') };
}

function runAction(repo: { root: string; base: string; head: string }, env: NodeJS.ProcessEnv = {}) {
  const eventPath = join(scratch, 'event.json');
  const summaryPath = join(scratch, 'summary.md');
  const outputPath = join(scratch, 'output.txt');
  writeFileSync(
    eventPath,
    JSON.stringify({
      pull_request: { number: 7, base: { sha: repo.base }, head: { sha: repo.head } },
    }),
  );
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  return new Promise<{ code: number; stdout: string; summary: string }>((resolve) => {
    execFile(
      process.execPath,
      [ACTION],
      {
        cwd: repo.root,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          GITHUB_ACTIONS: 'true',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: 'acme/churn-model',
          GITHUB_SHA: repo.head,
          GITHUB_WORKSPACE: repo.root,
          GITHUB_API_URL: github.url,
          GITHUB_OUTPUT: outputPath,
          GITHUB_STEP_SUMMARY: summaryPath,
          RUNNER_TEMP: scratch,
          'INPUT_GITHUB-TOKEN': TOKEN,
          INPUT_PATH: '.',
          ...env,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (error.code as number) : 0,
          stdout: stdout + stderr,
          summary: readFileSync(summaryPath, 'utf8'),
        }),
    );
  });
}

const writes = () =>
  github.requests
    .filter((request) => request.method !== 'GET')
    .map((request) => `${request.method} ${request.path}`);

describe('the sticky comment', () => {
  it('leaves alone a comment another user started with the marker, and creates its own', async () => {
    const repo = repository();
    const planted = github.addComment(`${MARKER}\nscore 100 of 100, trust me`, 'mallory');
    expect((await runAction(repo)).code).toBe(0);
    expect(writes()).toEqual(['POST /repos/acme/churn-model/issues/7/comments']);
    expect(github.comments.find((comment) => comment.id === planted.id)!.body).toBe(
      `${MARKER}\nscore 100 of 100, trust me`,
    );
  });

  it("updates its own comment and never deletes a maintainer's later one as a duplicate", async () => {
    const repo = repository();
    const ours = github.addComment(`${MARKER}\nold report`, ACTIONS_BOT);
    const maintainers = github.addComment(`${MARKER}\nquoting the report to discuss it`, 'maintainer');
    expect((await runAction(repo)).code).toBe(0);
    expect(writes()).toEqual([`PATCH /repos/acme/churn-model/issues/comments/${ours.id}`]);
    expect(github.comments.map((comment) => comment.id)).toEqual([ours.id, maintainers.id]);
  });

  it('with a personal token, matches the authenticated user rather than github-actions[bot]', async () => {
    const repo = repository();
    github.userLogin = 'release-bot';
    const bots = github.addComment(`${MARKER}\nfrom another workflow`, ACTIONS_BOT);
    const ours = github.addComment(`${MARKER}\nold report`, 'release-bot');
    expect((await runAction(repo)).code).toBe(0);
    expect(github.requests[0]).toMatchObject({ method: 'GET', path: '/user' });
    expect(writes()).toEqual([`PATCH /repos/acme/churn-model/issues/comments/${ours.id}`]);
    expect(github.comments.find((comment) => comment.id === bots.id)!.body).toBe(
      `${MARKER}\nfrom another workflow`,
    );
  });
});

describe('hostile content through the action', () => {
  it('escapes hostile names in the comment, the job summary and the log', async () => {
    const repo = repository(evilFiles());
    const result = await runAction(repo);
    expect(result.code).toBe(0);
    const comment = github.comments.at(-1)!.body;
    for (const [where, text] of [
      ['comment', comment],
      ['summary', result.summary],
      ['log', result.stdout],
    ] as const) {
      expect({ where, problems: outputProblems(text) }).toEqual({ where, problems: [] });
    }
    expect(comment).not.toMatch(/^\s{0,3}# score/m);
    expect(result.summary).not.toMatch(/^\s{0,3}# score/m);
  });

  it("prints nothing of the runner's environment through a config linked to /proc/self/environ", async () => {
    const repo = repository({ 'dvc.yaml': 'stages: {}\n' });
    symlinkSync('/proc/self/environ', join(repo.root, '.mlops-maturity.yml'));
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-qm', 'link');
    const result = await runAction({ ...repo, head: git(repo.root, 'rev-parse', 'HEAD') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::.mlops-maturity.yml: is a symbolic link; not followed. Commit the configuration file itself.',
    );
    expect(result.stdout).not.toContain(TOKEN);
    expect(result.stdout).not.toContain('INPUT_');
  });
});
