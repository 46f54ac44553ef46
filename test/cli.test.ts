// The CLI as a user runs it: the built bundle in a child process, and main() for exact messages.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { useTempTrees } from './helpers/temp-tree.js';

const REPO = join(import.meta.dirname, '..');
const STARTER = join(REPO, 'examples', 'churn-starter');

const run = runCli;

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
      'mlops-maturity: --format must be one of text, json, markdown, sarif, badge, got "yaml".\n',
    ],
    [['lint'], 'mlops-maturity: unknown command "lint". Run mlops-maturity --help.\n'],
    [[], 'mlops-maturity: missing command. Run mlops-maturity scan [path].\n'],
    [
      ['scan', '--colour'],
      'mlops-maturity: scan has no option "--colour". Run mlops-maturity scan --help.\n',
    ],
    [['scan', '--format'], 'mlops-maturity: --format needs a value. Run mlops-maturity scan --help.\n'],
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

const tree = useTempTrees('cli');
const CLI = join(REPO, 'dist', 'cli', 'index.js');
const SERVICE = join(REPO, 'examples', 'churn-service');

describe('mlops-maturity CLI rough edges (#16)', () => {
  it('ends quietly with status 0 when the reader closes the pipe (scan | head -c 5)', async () => {
    // Thousands of diagnostics make the JSON far larger than a pipe's buffer, so writes go on after the close.
    const lines = Array.from({ length: 4000 }, (_, index) => `pkg${index}=1.0=py311h${index}_0`);
    const root = tree({ 'requirements.txt': `scikit-learn\n${lines.join('\n')}\n` });
    const child = spawn(process.execPath, [CLI, 'scan', root, '--format', 'json'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const first = await new Promise<string>((done) =>
      child.stdout.once('data', (chunk) => done(String(chunk))),
    );
    child.stdout.destroy();
    const code = await new Promise((done) => child.once('exit', done));
    expect(first.slice(0, 5)).toBe('{\n  "');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('exits 2 for a --base that names no commit, with a message for a terminal', async () => {
    expect(await run(['scan', STARTER, '--base', 'origin/mian'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'mlops-maturity: --base origin/mian: no such branch, tag or commit in this repository. Check the name (git branch -a lists branches); for a remote one, git fetch it first (e.g. git fetch origin main).\n',
    });
    const outside = tree({ 'train.py': 'import sklearn\n' });
    expect((await run(['scan', outside, '--base', 'main'])).stderr).toBe(
      `mlops-maturity: --base main: ${outside} is not in a git repository, so there is no base to compare with. Drop --base, or scan a git work tree.\n`,
    );
  });

  it('shows a --base that names a commit without cutting it short', async () => {
    const { code, stdout } = await run(['scan', STARTER, '--base', 'HEAD']);
    expect(code).toBe(0);
    expect(stdout).toContain('  Since the base: score +0, phase ');
  });

  it('always gives the threshold reason on standard error, with --output and with --quiet', async () => {
    const output = join(tree({}), 'report.md');
    const reason = 'mlops-maturity: threshold not met: score 79 is below fail-below 90.\n';
    expect(
      await run(['scan', SERVICE, '--fail-below', '90', '--format', 'markdown', '--output', output]),
    ).toEqual({ code: 1, stdout: '', stderr: reason });
    expect(readFileSync(output, 'utf8')).toContain('### MLOps maturity');
    expect(await run(['scan', SERVICE, '--fail-below', '90', '--quiet'])).toEqual({
      code: 1,
      stdout: '',
      stderr: reason,
    });
    expect(await run(['scan', SERVICE, '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('gives each command its own help, naming its own options', async () => {
    const helps = await Promise.all(
      ['scan', 'init', 'rules', 'explain', 'schema'].map(async (command) => {
        const { code, stdout } = await run([command, '--help']);
        expect(code).toBe(0);
        expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: mlops-maturity ${command}\\b`));
        expect((await run(['help', command])).stdout).toBe(stdout);
        return stdout;
      }),
    );
    expect(new Set(helps).size).toBe(5);
    expect(helps[0]).toContain('--base REF');
    expect(helps[3]).not.toContain('--format');
    expect((await run(['--help'])).stdout).toContain('Run mlops-maturity <command> --help');
  });

  it.each([
    [
      ['explain', 'data-versioning', '--format', 'json'],
      'explain has no option "--format". Run mlops-maturity explain --help.',
    ],
    [['rules', '--base', 'main'], 'rules has no option "--base". Run mlops-maturity rules --help.'],
    [['schema', '--format', 'json'], 'schema has no option "--format". Run mlops-maturity schema --help.'],
    [['init', '--fail-below', '50'], 'init has no option "--fail-below". Run mlops-maturity init --help.'],
    [['rules', 'extra'], 'rules takes no argument, got "extra". Run mlops-maturity rules --help.'],
    [
      ['--format', 'json', 'scan'],
      '"--format" comes before a command. Run mlops-maturity scan [path] --format.',
    ],
  ])('rejects an option the command would ignore: %j', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `mlops-maturity: ${message}\n` });
  });

  it.each([
    ['a terminal', { TERM: 'xterm-256color' }, true, true],
    ['a terminal with NO_COLOR', { TERM: 'xterm-256color', NO_COLOR: '1' }, true, false],
    ['a terminal with TERM=dumb', { TERM: 'dumb' }, true, false],
    ['a terminal with FORCE_COLOR=0', { TERM: 'xterm-256color', FORCE_COLOR: '0' }, true, false],
    ['a pipe', { TERM: 'xterm-256color' }, false, false],
    ['a pipe with FORCE_COLOR=1', { FORCE_COLOR: '1' }, false, true],
  ])('colours the text report on %s: %s', async (_where, env, isTTY, isColoured) => {
    const { stdout } = await run(['scan', STARTER], env, { isTTY });
    expect(stdout.includes('\u001b[')).toBe(isColoured);
  });

  it('writes SARIF with paths from the repository root, and the badge', async () => {
    const sarif = JSON.parse((await run(['scan', STARTER, '--format', 'sarif'])).stdout);
    const uris = sarif.runs[0].results.map(
      (result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        result.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toMatch(/^examples\/churn-starter\//);
    expect(JSON.parse((await run(['scan', SERVICE, '--format', 'badge'])).stdout)).toEqual({
      schemaVersion: 1,
      label: 'MLOps maturity',
      message: 'phase 1 · 79',
      color: 'orange',
    });
  });

  it('loads the validation (zod and its schemas) only when a file needs validating', async () => {
    const bundle = readFileSync(join(REPO, 'dist', 'cli', 'main', 'index.js'), 'utf8');
    // zod's own messages and the configuration schema's description live in a chunk of their own.
    for (const marker of ['Invalid input', 'Configuration of mlops-maturity']) {
      expect(bundle).not.toContain(marker);
    }
    // The bundled CLI reads a configuration file and a repository's own rule with it loaded on demand.
    const rule = [
      'id: feature-store',
      'title: Features served from a feature store',
      'category: data',
      'phase: 2',
      'weight: 2',
      'why: Training and serving read the same features.',
      'detect:',
      '  - tool: feast',
      '    imports: [feast]',
      'tools:',
      '  feast: {name: Feast, url: https://feast.dev}',
      'remediation: {effort: low, text: Define features in a Feast repository.}',
      'limitations: Feature stores driven from other languages.',
    ].join('\n');
    const root = tree({
      '.mlops-maturity.yml': 'team-size: large\nbudget: paid\n',
      '.mlops-maturity/rules/feature-store.yml': `${rule}\n`,
      'features.py': 'import feast\n',
    });
    const scanned = spawnSync(process.execPath, [CLI, 'scan', root, '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(scanned.stderr).toBe('');
    const report = JSON.parse(scanned.stdout);
    expect(report.profile).toEqual({ teamSize: 'large', budget: 'paid' });
    expect(
      report.practices.find((practice: { id: string }) => practice.id === 'feature-store'),
    ).toMatchObject({
      status: 'pass',
    });
    const broken = tree({ '.mlops-maturity.yml': 'team-size: huge\n' });
    const refused = spawnSync(process.execPath, [CLI, 'scan', broken], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^mlops-maturity: \.mlops-maturity\.yml: team-size/);
  });

  it('validates rules edited since the build, for scan and init alike', () => {
    // An installed copy whose rules/ no longer match dist/rules.json: every command reads the YAML.
    const installed = mkdtempSync(join(tmpdir(), 'installed-'));
    try {
      cpSync(join(REPO, 'dist'), join(installed, 'dist'), { recursive: true });
      cpSync(join(REPO, 'rules'), join(installed, 'rules'), { recursive: true });
      appendFileSync(join(installed, 'rules', 'ci-cd.yml'), '# edited after the build\n');
      const cli = join(installed, 'dist', 'cli', 'index.js');
      const scanned = spawnSync(process.execPath, [cli, 'scan', STARTER, '--format', 'json'], {
        encoding: 'utf8',
      });
      expect({ status: scanned.status, stderr: scanned.stderr }).toEqual({ status: 0, stderr: '' });
      const root = tree({ 'train.py': 'import mlflow\n' });
      const initialised = spawnSync(
        process.execPath,
        [cli, 'init', root, '--team-size', 'small', '--budget', 'free'],
        { encoding: 'utf8' },
      );
      expect({ status: initialised.status, stderr: initialised.stderr }).toEqual({ status: 0, stderr: '' });
      expect(readFileSync(join(root, '.mlops-maturity.yml'), 'utf8')).toContain('team-size: small');
    } finally {
      rmSync(installed, { recursive: true, force: true });
    }
  });

  it('loads the SARIF, badge and init code only for the commands that need them', () => {
    const bundle = readFileSync(join(REPO, 'dist', 'cli', 'main', 'index.js'), 'utf8');
    for (const marker of ['mlopsMaturity/v1', 'yellowgreen', 'Team size']) {
      expect(bundle).not.toContain(marker);
    }
    const chunks = readdirSync(join(REPO, 'dist', 'cli', 'main')).filter((name) =>
      /^\d+\.index\.js$/.test(name),
    );
    const chunkText = chunks
      .map((name) => readFileSync(join(REPO, 'dist', 'cli', 'main', name), 'utf8'))
      .join('');
    expect(chunkText).toContain('mlopsMaturity/v1');
    expect(chunkText).toContain('Team size');
  });
});
