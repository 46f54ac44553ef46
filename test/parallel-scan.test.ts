// The bundled CLI and worker (dist/) share a scan across threads: the report must not depend on how many.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionContextOf } from '../src/engine/extraction-context.js';
import { loadRules } from '../src/engine/load-rules.js';
import { collectFacts } from '../src/pipeline/collect-facts.js';
import { ExtractionWorkers } from '../src/pipeline/extraction-workers.js';
import { WorkingTreeSource } from '../src/repo/working-tree.js';
import { useTempTrees } from './helpers/temp-tree.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const WORKER = join(import.meta.dirname, '..', 'dist', 'worker', 'index.js');
const tree = useTempTrees('parallel');

/** ~1,200 files: ordinary modules, tools here and there, includes, a notebook, binaries, one over the cap. */
function mixedTree(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < 1200; index += 1) {
    const folder = `pkg${index % 17}/sub${index % 5}`;
    files[`${folder}/module_${index}.py`] =
      index % 97 === 0
        ? `import mlflow\nmlflow.log_metric("auc", ${index})\n`
        : index % 131 === 0
          ? 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/health")\ndef health():\n    return {}\n'
          : `import os\nimport numpy as np\n\ndef f${index}(x):\n    return np.sum(x) / ${index + 1}\n`;
  }
  files['requirements.txt'] = '-r requirements/base.txt\nmlflow==2.17.2\n';
  files['requirements/base.txt'] = 'dvc==3.55.0\nscikit-learn==1.5.2\n';
  files['notebooks/explore.ipynb'] = JSON.stringify({
    cells: [{ cell_type: 'code', source: ['import wandb\n', 'wandb.init()\n'] }],
  });
  files['deploy/model.yaml'] =
    'apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: churn\n';
  files.Dockerfile = 'FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost/health\n';
  files['data/blob.py'] = 'import mlflow\n\u0000\u0001binary';
  files['generated/huge.py'] = `import wandb\n${'x = 1\n'.repeat(200_000)}`;
  files['broken/pyproject.toml'] = '[project\nname = "broken"\n';
  return files;
}

function scanJson(root: string, ...args: string[]) {
  const report = JSON.parse(
    execFileSync(process.execPath, [CLI, 'scan', root, '--format', 'json', ...args], { encoding: 'utf8' }),
  );
  delete report.stats.durationMs;
  delete report.stats.scannedAt;
  delete report.root;
  return report;
}

describe('a scan shared across threads', () => {
  it('gives the same report with 1, 2 and 4 threads', () => {
    const root = tree(mixedTree());
    const single = scanJson(root, '--jobs', '1');
    expect(single.stats.filesRead).toBeGreaterThan(1200);
    expect(
      single.practices.find((practice: { id: string }) => practice.id === 'experiment-tracking').tools,
    ).toEqual(['mlflow', 'wandb']);
    expect(single.diagnostics.map((diagnostic: { path: string }) => diagnostic.path)).toEqual([
      'broken/pyproject.toml',
      'data/blob.py',
      'generated/huge.py',
    ]);
    expect(scanJson(root, '--jobs', '2')).toEqual(single);
    expect(scanJson(root, '--jobs', '4')).toEqual(single);
  });

  it('gives the same delta against a base commit with 1 and 2 threads', () => {
    const root = tree(mixedTree());
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], { cwd: root });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    writeFileSync(join(root, 'pkg0/sub0/module_0.py'), 'import evidently\n');
    mkdirSync(dirname(join(root, 'new/serve.py')), { recursive: true });
    writeFileSync(join(root, 'new/serve.py'), 'import bentoml\n');
    const single = scanJson(root, '--jobs', '1', '--base', 'HEAD');
    expect(single.delta.available).toBe(true);
    expect(single.delta.gained).toContain('drift-monitoring');
    expect(scanJson(root, '--jobs', '2', '--base', 'HEAD')).toEqual(single);
  });

  it('places untracked files, listed while workers read tracked ones, where a one-step listing does', () => {
    const files = mixedTree();
    // The same library in tracked and untracked files: its ML signal is the first in path order, which
    // shows where each was placed.
    for (const folder of ['a', 'm', 'pkg3', 'zz']) {
      files[`${folder}/requirements.txt`] = 'mlflow==2.17.2\ntorch==2.4.0\n';
      files[`${folder}/untracked/requirements.txt`] = 'mlflow==2.17.1\ntorch==2.4.1\n';
      files[`${folder}/untracked/train.py`] = 'import mlflow\nmlflow.log_metric("auc", 1)\n';
    }
    const root = tree(files);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], { cwd: root });
    writeFileSync(join(root, '.gitignore'), '');
    git('init', '-q');
    git('add', '-A');
    git('reset', '-q', '--', '*/untracked/*', 'a/requirements.txt', 'pkg1', 'notebooks');
    git('commit', '-qm', 'some');
    const single = scanJson(root, '--jobs', '1');
    const pytorch = single.mlSignals.find((signal: { tool: string }) => signal.tool === 'pytorch');
    expect(pytorch.path).toBe('a/requirements.txt');
    expect(single.stats.filesListed).toBe(Object.keys(files).length + 1);
    expect(scanJson(root, '--jobs', '2')).toEqual(single);
  });

  it('hands outcomes on in file order, however small the chunks', async () => {
    const root = tree(mixedTree());
    const ruleSet = loadRules();
    const source = new WorkingTreeSource(root);
    const context = extractionContextOf(ruleSet);
    const sequential = collectFacts(source.paths, source, context);
    const workers = new ExtractionWorkers(WORKER, 2);
    try {
      await workers.ready();
      const parallel = collectFacts(source.paths, new WorkingTreeSource(root), context, {
        workers: { pool: workers, root, chunkSize: 3 },
      });
      expect(parallel).toEqual(sequential);
      expect(workers.filesRead).toBeGreaterThan(0);
    } finally {
      workers.close();
    }
  });
});
