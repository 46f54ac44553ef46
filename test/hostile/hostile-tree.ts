// Hostile repositories for the tests in this folder: a small ML repository plus one trap, a secret planted
// outside it, and the built CLI run on it as a user would (a child process with a time limit and a capped
// heap), so a hang, a leak or a blow-up fails the test rather than the suite.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'index.js');
export const ML_FILES = {
  'requirements.txt': 'scikit-learn==1.5.2\nmlflow==2.17.2\n',
  'src/train.py': 'import mlflow\nfrom sklearn.ensemble import RandomForestClassifier\n',
};

export interface HostileTree {
  /** The repository to scan. */
  root: string;
  /** A folder beside it holding `secret.txt`. */
  outside: string;
  /** The secret's text: it must never appear in any output. */
  secret: string;
}

/** Returns `make(files)`: a repository with `files` beside a folder holding a unique secret; removed after each test. */
export function useHostileTrees(): (files?: Record<string, string>) => HostileTree {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return (files = {}) => {
    const parent = mkdtempSync(join(tmpdir(), 'hostile-'));
    folders.push(parent);
    const root = join(parent, 'repo');
    const outside = join(parent, 'outside');
    const secret = `SECRET-${Math.random().toString(36).slice(2)}-DO-NOT-PRINT`;
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), `${secret}\n`);
    writeFiles(root, { ...ML_FILES, ...files });
    return { root, outside, secret };
  };
}

export function writeFiles(root: string, files: Record<string, string>): void {
  mkdirSync(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds. */
  ms: number;
}

/** Heap cap of every run: a blow-up ends the process with an out-of-memory exit, not the machine. */
export const HEAP_MB = 192;

/** Runs the built CLI with `args` in `cwd`, killed after `timeoutMs`. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): CliRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    ms: performance.now() - started,
  };
}

export const FORMATS = ['text', 'json', 'markdown'] as const;

/** The scan of `root` in every format, each run checked to have ended on its own. */
export function scanAllFormats(root: string, args: readonly string[] = [], env?: NodeJS.ProcessEnv) {
  return FORMATS.map((format) => ({
    format,
    ...runCli(['scan', root, '--format', format, ...args], { env }),
  }));
}

// Printable text holds no control character but newline (and a tab in our own help): no ESC, CR, BEL, C1,
// line separators or bidirectional overrides.
// Nor a character that prints as nothing (zero-width, soft hyphen, BOM, tag characters).
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/;

/** The problems of one output: a raw control character, a line starting with `::`, the secret. */
export function outputProblems(output: string, secret?: string): string[] {
  const problems: string[] = [];
  const control = RAW_CONTROL.exec(output);
  if (control) problems.push(`raw control U+${control[0].charCodeAt(0).toString(16)} at ${control.index}`);
  // The action's own annotations are the one kind of `::` line meant to be there; @actions/core escapes
  // their newlines, so a name from the tree cannot start one of its own.
  const command = output
    .split('\n')
    .find((line) => line.startsWith('::') && !/^::(warning|notice) title=mlops-maturity/.test(line));
  if (command !== undefined) problems.push(`workflow command line: ${JSON.stringify(command.slice(0, 80))}`);
  if (secret !== undefined && output.includes(secret))
    problems.push('the secret from outside the repository');
  return problems;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

/** Commits everything under `root` as a new repository's first commit; returns its SHA. */
export function commitAll(root: string, message = 'base'): string {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', message);
  return git(root, 'rev-parse', 'HEAD');
}

/** Folder names an attacker would pick; each holds an ML file (evidence) and a binary one (a diagnostic). */
export const EVIL_NAMES = [
  'row\r# score 100 of 100',
  'line\n::error title=forged::the build is broken',
  'esc\u001b[2J\u001b[31mred',
  'bell\u0007ding',
  'csi\u009b31m',
  'rtl\u202egnp.py',
  'sep\u2028line',
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example)',
  'cell|split',
  '::warning::at the start',
  'zero\u200bwidth',
  'tag\udb40\udc41hidden',
];

export function evilFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'requirements.txt': 'mlflow==2.17.2\n-r "esc\u001b[31m.txt"\n-r ::notice::included.txt\n',
    'k8s/serve.yaml':
      'apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: "churn\\r# score 100 of 100\\u001b[31m"\nspec:\n  predictor:\n    model:\n      storageUri: "s3://m\\n::error::x"\n',
  };
  for (const name of EVIL_NAMES) {
    files[`${name}/train.py`] = 'import mlflow\nimport sklearn\n';
    files[`${name}/model.py`] = 'import torch\n\u0000binary';
  }
  return files;
}
