// Runs the bundled action (dist/index.js) under this Node, as a runner would: INPUT_* variables, an event
// payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a local fake GitHub.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './github-server.js';

const ACTION = join(import.meta.dirname, '..', '..', 'dist', 'index.js');
const TOKEN = 'ghs_testtoken0123456789abcdefghijklmnopqrstu';
const MARKER = '<!-- mlops-maturity -->';

let github: FakeGitHub;
let scratch: string;

beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
  scratch = mkdtempSync(join(tmpdir(), 'action-'));
});

afterEach(async () => {
  await github.stop();
  rmSync(scratch, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const BASE_FILES = {
  'requirements.txt': 'scikit-learn==1.5.2\nmlflow==2.17.2\npandas==2.2.3\n',
  'src/train.py': 'import mlflow\nfrom sklearn.ensemble import RandomForestClassifier\n',
};
const DVC_FILES = {
  '.dvc/config': '[core]\n    remote = storage\n[\'remote "storage"\']\n    url = s3://acme-ml-data/churn\n',
  'data/raw.csv.dvc': 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: raw.csv\n',
};

/** A repository with a base commit and a head commit on top; returns both SHAs. */
function repository(
  root: string,
  head: Record<string, string>,
  removed: string[] = [],
): { base: string; head: string } {
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  write(root, BASE_FILES);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  write(root, head);
  for (const path of removed) rmSync(join(root, path));
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'head');
  return { base, head: git(root, 'rev-parse', 'HEAD') };
}

interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

function runAction(
  workspace: string,
  options: { event: string; payload: unknown; sha: string; inputs?: Record<string, string> },
): Promise<RunResult> {
  const eventPath = join(scratch, 'event.json');
  const outputPath = join(scratch, `output-${Date.now()}-${Math.random()}`);
  const summaryPath = join(scratch, `summary-${Date.now()}-${Math.random()}`);
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { 'github-token': TOKEN, path: '.', ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/churn-model',
    GITHUB_SHA: options.sha,
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: scratch,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION], { cwd: workspace, env }, (error, stdout, stderr) => {
      resolve({
        code: error ? (error.code as number) : 0,
        stdout: stdout + stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
      });
    });
  });
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

function pullRequest(shas: { base: string; head: string }, number = 7) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      title: 'Version the raw data with DVC',
      base: { ref: 'main', sha: shas.base },
      head: { ref: 'add-dvc', sha: shas.head },
    },
    repository: { full_name: 'acme/churn-model' },
  };
}

const commentWrites = () => github.requests.filter((request) => request.method !== 'GET');

describe('the action on a pull request', () => {
  it('creates one comment with the delta on the first run, and updates that one on the next', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const first = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    expect(first.code).toBe(0);
    expect(commentWrites().map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/acme/churn-model/issues/7/comments',
    ]);
    const created = github.comments[0]!;
    expect(created.body.split('\n').slice(0, 2)).toEqual([
      MARKER,
      '**MLOps maturity phase 0 · 28/100 (+11 in this PR) · next: CI/CD for phase 1**',
    ]);
    expect(created.body).toContain(
      `- ✅ Gained \`data-versioning\`: [.dvc/config:3](https://github.com/acme/churn-model/blob/${shas.head}/.dvc/config#L3) \`dvc-remote: storage s3://acme-ml-data/churn\``,
    );
    expect(created.body).toContain(
      '[Job summary](https://github.com/acme/churn-model/actions/runs/4242) · <sub>',
    );
    expect(first.outputs).toMatchObject({
      score: '28',
      phase: '0',
      'phase-name': 'Ad hoc',
      passed: 'true',
      delta: '11',
    });
    expect(JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8')).delta.gained).toEqual([
      'data-versioning',
    ]);
    expect(first.summary).toContain('### MLOps maturity: phase 0 of 3, Ad hoc');
    expect(github.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    expect(first.stdout).not.toContain(TOKEN);

    const unchanged = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    expect(unchanged.code).toBe(0);
    expect(commentWrites()).toHaveLength(1);

    write(workspace, {
      '.github/workflows/ci.yml':
        'on: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
    });
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-qm', 'ci');
    const newHead = git(workspace, 'rev-parse', 'HEAD');
    const second = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest({ base: shas.base, head: newHead }),
      sha: newHead,
    });
    expect(second.code).toBe(0);
    expect(commentWrites().map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/acme/churn-model/issues/7/comments',
      `PATCH /repos/acme/churn-model/issues/comments/${created.id}`,
    ]);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('- ✅ Gained `data-versioning`: ');
    expect(github.comments[0]!.body).toContain('- ✅ Gained `ci-cd`: ');
  });

  it('scans the files of the commit, not files earlier steps left in the workspace', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    // A CI workflow that is not committed: its evidence would have no page to link to.
    write(workspace, {
      '.github/workflows/ci.yml':
        'on: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
    });
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8'));
    expect(report.score).toBe(28);
    expect(report.stats.filesListed).toBe(git(workspace, 'ls-files').split('\n').length);
    expect(report.practices.find((practice: { id: string }) => practice.id === 'ci-cd').status).toBe('fail');
  });

  it('finds its comment past the first page of a long thread', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    for (let index = 0; index < 130; index += 1) github.addComment(`Review note ${index}`);
    const ours = github.addComment(`${MARKER}\nold report`);
    for (let index = 0; index < 19; index += 1) github.addComment(`Later note ${index}`);
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    expect(result.code).toBe(0);
    expect(
      github.requests.filter((request) => request.method === 'GET').map((request) => request.path),
    ).toEqual([
      '/user',
      '/repos/acme/churn-model/issues/7/comments?per_page=100',
      '/repos/acme/churn-model/issues/7/comments?per_page=100&page=2',
    ]);
    expect(commentWrites().map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH /repos/acme/churn-model/issues/comments/${ours.id}`,
    ]);
    expect(github.comments).toHaveLength(150);
  });

  it('keeps the oldest of duplicated comments and deletes the others', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const oldest = github.addComment(`${MARKER}\nfirst run`);
    const newer = github.addComment(`${MARKER}\nconcurrent run`);
    await runAction(workspace, { event: 'pull_request', payload: pullRequest(shas), sha: shas.head });
    expect(commentWrites().map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH /repos/acme/churn-model/issues/comments/${oldest.id}`,
      `DELETE /repos/acme/churn-model/issues/comments/${newer.id}`,
    ]);
  });

  it('warns and still writes the summary when the token may not comment (fork pull requests)', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    github.faults.push({
      method: 'POST',
      pathIncludes: '/comments',
      status: 403,
      times: 1,
      message: 'Resource not accessible by integration',
    });
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '::warning::Could not update the pull request comment (HTTP 403). Grant the workflow "pull-requests: write"; on pull requests from forks the token is read-only, so use the workflow_run pattern in the README. The report is in the job summary.',
    );
    expect(result.summary).toContain('### MLOps maturity');
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('retries a 502 and then comments', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    github.faults.push({ method: 'GET', pathIncludes: '/comments', status: 502, times: 1 });
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    expect(result.code).toBe(0);
    const listings = github.requests.filter((request) => request.path.includes('/comments'));
    expect(listings.map((request) => `${request.method} ${request.path}`).slice(0, 2)).toEqual([
      'GET /repos/acme/churn-model/issues/7/comments?per_page=100',
      'GET /repos/acme/churn-model/issues/7/comments?per_page=100',
    ]);
    expect(github.comments).toHaveLength(1);
  });

  it('fails below the threshold after reporting, with the outputs set', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
      inputs: { 'fail-below': '90', 'min-phase': '1' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::mlops-maturity: score 28 is below fail-below 90; phase 0 (Ad hoc) is below min-phase 1.',
    );
    expect(result.outputs).toMatchObject({ score: '28', passed: 'false' });
    expect(github.comments).toHaveLength(1);
    expect(result.summary).toContain("**Below the team's threshold:**");
  });

  it('fails on a regression only when asked to', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, {
      'src/train.py':
        'import mlflow\nfrom sklearn.ensemble import RandomForestClassifier\n\nmlflow.autolog()\n',
    });
    const lenient = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs.delta).toBe('0');
    // MLflow left declared but no longer imported is not tracking: the PR loses the practice.
    write(workspace, { 'src/train.py': 'from sklearn.ensemble import RandomForestClassifier\n' });
    git(workspace, 'commit', '-qam', 'drop mlflow');
    const head = git(workspace, 'rev-parse', 'HEAD');
    const strict = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest({ base: shas.base, head }),
      sha: head,
      inputs: { 'fail-on-regression': 'true' },
    });
    expect(strict.code).toBe(1);
    expect(strict.outputs.delta).toBe('-10');
    expect(strict.stdout).toContain('::error::mlops-maturity: this pull request lowers the score.');
    expect(github.comments[0]!.body).toContain(
      '- ❌ Lost `experiment-tracking`: src/train.py `imports mlflow` is gone',
    );
  });

  it('rejects an invalid input with a message naming it', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
      inputs: { 'min-phase': 'two' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::Input min-phase must be a whole number from 0 to 3, got "two". Fix it in the with: block of the workflow step.',
    );
    expect(github.requests).toEqual([]);
  });
});

describe('the action on other events and clones', () => {
  it('writes only the job summary on push', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const result = await runAction(workspace, {
      event: 'push',
      payload: { ref: 'refs/heads/main', after: shas.head },
      sha: shas.head,
    });
    expect(result.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(result.summary).toContain('### MLOps maturity: phase 0 of 3, Ad hoc · score **28**/100');
    expect(result.outputs.delta).toBe('');
  });

  it('fetches the base commit of a shallow clone, or says how to enable the comparison', async () => {
    const origin = join(scratch, 'origin');
    const shas = repository(origin, DVC_FILES);
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const fetchable = join(scratch, 'fetchable');
    git(scratch, 'clone', '-q', '--depth=1', `file://${origin}`, fetchable);
    const fetched = await runAction(fetchable, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    expect(fetched.outputs.delta).toBe('11');

    const orphan = join(scratch, 'orphan');
    git(scratch, 'clone', '-q', '--depth=1', `file://${origin}`, orphan);
    git(orphan, 'remote', 'remove', 'origin');
    const unknown = await runAction(orphan, {
      event: 'pull_request',
      payload: pullRequest(shas, 8),
      sha: shas.head,
    });
    expect(unknown.code).toBe(0);
    expect(unknown.outputs.delta).toBe('');
    expect(github.comments.at(-1)!.body).toContain(
      `_Change against the base branch: not known. The base commit ${shas.base.slice(0, 7)} is not in the clone and could not be fetched. Set fetch-depth: 0 on actions/checkout._`,
    );
  });
});

describe('the action in code scanning and on the diff (#16)', () => {
  it('annotates a lost practice and each diagnostic at their file and line, and writes SARIF and a badge', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(
      join(workspace, 'services', 'churn'),
      // The pull request drops MLflow and adds a pyproject.toml that is not valid TOML.
      {
        'requirements.txt': 'scikit-learn==1.5.2\npandas==2.2.3\n',
        'src/train.py': 'from sklearn.ensemble import RandomForestClassifier\n',
        'pyproject.toml': '[project]\nname = "churn\n',
      },
    );
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
      inputs: { path: 'services/churn' },
    });
    expect(result.code).toBe(0);
    const annotations = result.stdout.split('\n').filter((line) => /^::(warning|error|notice)/.test(line));
    expect(annotations).toEqual([
      expect.stringMatching(
        // `:` in a property is escaped as %3A by @actions/core.
        /^::warning title=mlops-maturity%3A experiment-tracking lost,file=services\/churn\/requirements.txt,line=1::This pull request loses experiment-tracking \(Experiments are tracked with a tracking tool\): Not found/,
      ),
      expect.stringMatching(
        /^::warning title=mlops-maturity%3A file not read fully,file=services\/churn\/pyproject.toml,line=2::not valid TOML/,
      ),
    ]);
    expect(result.outputs['sarif-file']).toBe(join(scratch, 'mlops-maturity.sarif'));
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const uris = sarif.runs[0].results.map(
      (item: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        item.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('services/churn/pyproject.toml');
    for (const uri of uris) expect(uri).toMatch(/^services\/churn\//);
    expect(JSON.parse(readFileSync(result.outputs['badge-file']!, 'utf8'))).toEqual({
      schemaVersion: 1,
      label: 'MLOps maturity',
      message: `phase 0 · ${result.outputs.score}`,
      color: 'red',
    });
  });

  it('gives a threshold failure as one error annotation that says why', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
      inputs: { 'min-phase': '2' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      '::error::mlops-maturity: phase 0 (Ad hoc) is below min-phase 2.',
    ]);
  });

  it('caps warnings at what GitHub shows and says how many more there are', async () => {
    const workspace = join(scratch, 'repo');
    const broken = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [`configs/job-${index}/pyproject.toml`, '[project\n']),
    );
    const shas = repository(workspace, broken);
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
    });
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::warning'))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::notice'))).toEqual([
      '::notice title=mlops-maturity::2 more warnings: the job summary lists them all.',
    ]);
  });
});

describe('the comment over a pull request’s life', () => {
  it('brings an earlier failing comment up to date when on-failure would post none (#15)', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const failing = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
      inputs: { comment: 'on-failure', 'fail-below': '50' },
    });
    expect(failing.code).toBe(1);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain(
      "❌ **Below the team's threshold:** score 28 is below fail-below 50.",
    );
    const passing = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
      inputs: { comment: 'on-failure', 'fail-below': '20' },
    });
    expect(passing.code).toBe(0);
    expect(commentWrites().map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).not.toContain('Below the team');
  });

  it('posts nothing new when on-failure passes and no comment exists', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const result = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
      inputs: { comment: 'on-failure' },
    });
    expect(result.code).toBe(0);
    expect(commentWrites()).toEqual([]);
  });

  it('keeps one comment per comment-key, derived from path by default', async () => {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, {
      ...DVC_FILES,
      'services/api/requirements.txt': 'torch==2.5.0\nfastapi==0.115.0\n',
    });
    const run = (inputs: Record<string, string>) =>
      runAction(workspace, { event: 'pull_request', payload: pullRequest(shas), sha: shas.head, inputs });
    await run({ path: '.' });
    await run({ path: './services/api/' });
    await run({ path: 'services/api' });
    await run({ path: 'services/api', 'comment-key': 'api--gpu' });
    expect(github.comments.map((comment) => comment.body.split('\n')[0])).toEqual([
      '<!-- mlops-maturity -->',
      '<!-- mlops-maturity:services/api -->',
      '<!-- mlops-maturity:api-gpu -->',
    ]);
  });
});

describe('the fork recipe: pull_request writes the report, workflow_run posts it', () => {
  /** The pull_request half (comment: never, as its token is read-only), then the workflow_run half. */
  async function forkRun(tamper?: (file: Record<string, unknown>) => void) {
    const workspace = join(scratch, 'repo');
    const shas = repository(workspace, DVC_FILES);
    const first = await runAction(workspace, {
      event: 'pull_request',
      payload: pullRequest(shas),
      sha: shas.head,
      inputs: { comment: 'never', 'report-file': 'mlops-maturity-report.json' },
    });
    expect(first.code).toBe(0);
    expect(commentWrites()).toEqual([]);
    const written = first.outputs['report-file']!;
    expect(written).toBe(join(workspace, 'mlops-maturity-report.json'));
    const file = JSON.parse(readFileSync(written, 'utf8'));
    tamper?.(file);
    // What download-artifact leaves: the file alone, no checkout of the fork's code.
    const downloads = join(scratch, 'downloads');
    mkdirSync(downloads);
    writeFileSync(join(downloads, 'mlops-maturity-report.json'), JSON.stringify(file));
    github.pulls.set(7, shas.head);
    const second = await runAction(downloads, {
      event: 'workflow_run',
      payload: { workflow_run: { id: 99, event: 'pull_request', head_sha: shas.head, pull_requests: [] } },
      sha: 'f'.repeat(40),
      inputs: { 'post-report': 'mlops-maturity-report.json' },
    });
    return { shas, file, second };
  }

  it('posts the report file as the pull request’s comment, found by its marker', async () => {
    const { file, second, shas } = await forkRun();
    expect(second.code).toBe(0);
    expect(file).toMatchObject({ schemaVersion: 1, pullRequest: 7, headSha: shas.head, marker: MARKER });
    expect(github.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual([
      'GET /repos/acme/churn-model/pulls/7',
      // Who the token writes as: only that identity's comments are ours.
      'GET /user',
      'GET /repos/acme/churn-model/issues/7/comments',
      'POST /repos/acme/churn-model/issues/7/comments',
      // The check after a create for a concurrent run's comment.
      'GET /repos/acme/churn-model/issues/7/comments',
    ]);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toBe(file.body);
    expect(github.comments[0]!.body).toContain('(+11 in this PR)');
  });

  it('posts nothing for a report file that names another pull request', async () => {
    const { second } = await forkRun((file) => {
      file.pullRequest = 8;
    });
    github.pulls.set(8, 'a'.repeat(40));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('::warning::');
    expect(github.comments).toHaveLength(0);
  });

  it('posts nothing for a report file whose body does not start with a marker of ours', async () => {
    const { second } = await forkRun((file) => {
      file.marker = '<!-- someone-else -->';
    });
    expect(second.stdout).toContain(
      '::warning::' +
        join(scratch, 'downloads', 'mlops-maturity-report.json') +
        ': marker must be a mlops-maturity marker.',
    );
    expect(github.comments).toHaveLength(0);
  });
});
