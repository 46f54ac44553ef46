import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { loadRules } from '../../src/engine/load-rules.js';
import { scoreBase, startBaseGit } from '../../src/pipeline/base-scan.js';
import { changesOf } from '../../src/repo/commit-changes.js';
import { GitCommitSource } from '../../src/repo/git-commit.js';
import { FileOutcomes, scan } from '../../src/scan.js';
import { readText } from '../helpers/read-text.js';

const baseSha = () => base;
const withoutDuration = <T extends { stats: object }>(report: T): T => {
  const {
    durationMs: _,
    scannedAt: __,
    ...stats
  } = report.stats as { durationMs?: number; scannedAt?: string };
  return { ...report, stats };
};

let root: string;
let base: string;

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], {
    cwd: root,
    encoding: 'utf8',
  }).trim();

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'commit-'));
  git('init', '-q');
  write('requirements.txt', 'scikit-learn==1.5.2\nmlflow==2.17.2\n');
  write('src/train.py', 'import mlflow\n');
  write('node_modules/dvc/index.js', '');
  symlinkSync('/etc/passwd', join(root, 'passwd.txt'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  base = git('rev-parse', 'HEAD');
  write('dvc.yaml', 'stages:\n  train:\n    cmd: python src/train.py\n');
  write('src/train.py', 'import wandb\n');
  git('add', '-A');
  git('commit', '-qm', 'head');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('GitCommitSource', () => {
  it('lists the files of a commit, without symlinks or vendored folders', () => {
    expect(new GitCommitSource(root, base).paths).toEqual(['requirements.txt', 'src/train.py']);
  });

  it('finds every path of a commit whose names git orders differently from JavaScript', () => {
    // Git orders by bytes: U+FFFD (EF BF BD) before U+1F600 (F0 ...); JavaScript puts the surrogate pair first.
    const other = mkdtempSync(join(tmpdir(), 'commit-order-'));
    const inOther = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], {
        cwd: other,
        encoding: 'utf8',
      });
    try {
      inOther('init', '-q');
      const names = ['a/\uFFFD.py', 'a/\u{1F600}.py', 'a/b.py', 'c.py'];
      mkdirSync(join(other, 'a'));
      names.forEach((name, index) => {
        writeFileSync(join(other, name), `import mod${index}\n`);
      });
      inOther('add', '-A');
      inOther('commit', '-qm', 'names');
      const source = new GitCommitSource(other, 'HEAD');
      expect(source.paths).toEqual([...names].sort());
      names.forEach((name, index) => {
        expect(readText(source, name, 1024), name).toMatchObject({ text: `import mod${index}\n` });
      });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('reads blobs of the commit, not of the working tree', () => {
    const source = new GitCommitSource(root, base);
    source.prefetch([{ path: 'src/train.py', maxBytes: 1024 }]);
    expect(readText(source, 'src/train.py', 1024)).toEqual({
      status: 'text',
      text: 'import mlflow\n',
      bytes: 14,
    });
    expect(readText(source, 'requirements.txt', 10)).toEqual({ status: 'skipped', reason: 'too-large' });
    expect(readText(source, 'dvc.yaml', 1024)).toEqual({ status: 'absent' });
  });

  it('scores the base commit with the same pipeline as the working tree', () => {
    const practices = (report: ReturnType<typeof scan>) =>
      Object.fromEntries(
        report.practices
          .filter((practice) => practice.status === 'pass')
          .map((practice) => [practice.id, practice.tools]),
      );
    expect(practices(scan(root, { source: new GitCommitSource(root, base) }))).toEqual({
      'experiment-tracking': ['mlflow'],
      'reproducible-environment': ['pinned-requirements'],
    });
    expect(practices(scan(root))).toEqual({
      // mlflow is still declared in the head, but nothing imports it any more.
      'experiment-tracking': ['wandb'],
      'data-versioning': ['dvc'],
      'pipeline-orchestration': ['dvc'],
      'reproducible-environment': ['pinned-requirements'],
    });
  });

  it('fails loudly for a commit that is not there', () => {
    expect(() => new GitCommitSource(root, '0000000000000000000000000000000000000000')).toThrow(
      /^git ls-tree 0{40} failed/,
    );
  });
});

describe('a delta scan', () => {
  it('reads for the base only the files that changed since, reusing the head scan for the rest', () => {
    const keep = new FileOutcomes();
    const head = scan(root, { keep });
    const base = scoreBase(root, baseSha(), loadRules(), ConfigSchema.parse({}), keep);
    expect(head.stats.filesRead).toBe(3);
    if (!('report' in base)) throw new Error(base.note);
    // requirements.txt did not change; only src/train.py is read from the base commit's objects.
    expect(base.report.stats.filesRead).toBe(1);
    expect(base.report.practices.find((practice) => practice.id === 'reproducible-environment')?.status).toBe(
      'pass',
    );
    expect(base.report.practices.find((practice) => practice.id === 'experiment-tracking')?.tools).toEqual([
      'mlflow',
    ]);
  });

  it('reads a file again when it changed in the working tree only', () => {
    write('requirements.txt', 'scikit-learn==1.5.2\nmlflow\n');
    try {
      const keep = new FileOutcomes();
      const head = scan(root, { keep });
      const base = scoreBase(root, baseSha(), loadRules(), ConfigSchema.parse({}), keep);
      if (!('report' in base)) throw new Error(base.note);
      expect(base.report.stats.filesRead).toBe(2);
      const status = (report: typeof head) =>
        report.practices.find((practice) => practice.id === 'reproducible-environment')?.status;
      expect([status(head), status(base.report)]).toEqual(['fail', 'pass']);
    } finally {
      git('checkout', '--', 'requirements.txt');
    }
  });

  it('takes git diff started before the head scan, and reads the same as without it', async () => {
    write('requirements.txt', 'scikit-learn==1.5.2\nmlflow\n');
    try {
      const started = startBaseGit(root, baseSha());
      const keep = new FileOutcomes();
      scan(root, { keep });
      const output = await started;
      expect(output?.status).toBe(0);
      expect([...(changesOf(output!)?.keys() ?? [])]).toEqual([
        'dvc.yaml',
        'requirements.txt',
        'src/train.py',
      ]);
      const withOutput = scoreBase(root, baseSha(), loadRules(), ConfigSchema.parse({}), keep, output);
      const without = scoreBase(root, baseSha(), loadRules(), ConfigSchema.parse({}), keep);
      if (!('report' in withOutput) || !('report' in without)) throw new Error('no base report');
      expect(withOutput.report.stats.filesRead).toBe(2);
      expect(withoutDuration(withOutput.report)).toEqual(withoutDuration(without.report));
    } finally {
      git('checkout', '--', 'requirements.txt');
    }
  });

  it('runs git itself when the started diff failed, and says when the base cannot be had', async () => {
    const output = await startBaseGit(root, '1111111111111111111111111111111111111111');
    expect(output?.status).not.toBe(0);
    const base = scoreBase(root, baseSha(), loadRules(), ConfigSchema.parse({}), new FileOutcomes(), output);
    expect('report' in base).toBe(true);
    const missing = scoreBase(
      root,
      '1111111111111111111111111111111111111111',
      loadRules(),
      ConfigSchema.parse({}),
      undefined,
      output,
    );
    expect(missing).toEqual({
      note: 'The base commit 1111111 is not in the clone and could not be fetched. Set fetch-depth: 0 on actions/checkout.',
    });
  });

  it('scores a base listed from the head and git diff as one listed from the base commit itself', () => {
    // Since the base: a file added and committed, one deleted, one changed in the working tree only,
    // one deleted from the working tree only, one staged for deletion, and an untracked file.
    write(
      'serve/app.py',
      'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/health")\ndef h():\n    return {}\n',
    );
    write('monitor.py', 'import evidently\n');
    write('requirements-dev.txt', 'pytest==8.3.3\n');
    write('Dockerfile', 'FROM python:3.12\n');
    git('add', '-A');
    git('commit', '-qm', 'more');
    const base = git('rev-parse', 'HEAD');
    git('rm', '-q', 'monitor.py');
    git('rm', '-q', '--cached', 'requirements-dev.txt');
    git('commit', '-qm', 'drop');
    write('serve/app.py', 'import bentoml\n');
    write('scratch/notes.py', 'import wandb\n');
    write('pipelines/dag.py', 'from airflow import DAG\n');
    git('add', 'pipelines/dag.py');
    rmSync(join(root, 'Dockerfile'));
    try {
      const keep = new FileOutcomes();
      scan(root, { keep });
      const derived = scoreBase(root, base, loadRules(), ConfigSchema.parse({}), keep);
      const direct = scoreBase(root, base, loadRules(), ConfigSchema.parse({}));
      if (!('report' in derived) || !('report' in direct)) throw new Error('no base report');
      // Only what changed is read from the commit: serve/app.py, monitor.py, the Dockerfile and
      // requirements-dev.txt (untracked now, so its working-tree outcome is not the commit's).
      expect(derived.report.stats.filesRead).toBe(4);
      expect(direct.report.stats.filesRead).toBeGreaterThan(4);
      expect(withoutDuration(derived.report).practices).toEqual(withoutDuration(direct.report).practices);
      const { stats: derivedStats, ...derivedRest } = withoutDuration(derived.report);
      const { stats: directStats, ...directRest } = withoutDuration(direct.report);
      expect(derivedRest).toEqual(directRest);
      // The symlink passwd.txt is listed as the working tree lists it (and never read), not left out.
      expect(derivedStats.filesListed).toBe(directStats.filesListed + 1);
      expect(derived.report.practices.find((practice) => practice.id === 'drift-monitoring')?.status).toBe(
        'pass',
      );
    } finally {
      git('reset', '-q', '--hard', base);
      git('reset', '-q', '--hard', 'HEAD~1');
      rmSync(join(root, 'scratch'), { recursive: true, force: true });
    }
  });
});
