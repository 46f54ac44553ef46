import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { loadRules } from '../../src/engine/load-rules.js';
import { scoreBase } from '../../src/pipeline/base-scan.js';
import { FileOutcomes, scan } from '../../src/scan.js';
import { useTempTrees } from '../helpers/temp-tree.js';

const tree = useTempTrees('ml-coverage');
const signals = (report: ReturnType<typeof scan>) =>
  report.mlSignals.map(({ tool, path, line }) => `${tool} ${path}:${line}`);

// Files that import only ML libraries no rule names: only the first import of each is ever cited.
const FILES = {
  'a/tests/test_model.py': 'import torch\n',
  'a/model.py': '"""import sklearn is prose."""\nimport torch\n',
  'a/train.py': 'import sklearn\nimport torch\n',
  'b/net.py': 'from torch import nn\n',
  'b/test_net.py': 'import xgboost\n',
  'b/zz.py': 'import xgboost\n',
  'c/docs.py': '# import xgboost\nimport torch\n',
  'c/z.py': 'import torch, \\\n  lightgbm\n',
};

describe('files that can only import ML libraries already cited', () => {
  it('cite the same first imports, per project, as when every file is parsed', () => {
    const root = tree(FILES);
    const whole = scan(root, { threads: 1 });
    expect(signals(whole)).toEqual([
      'pytorch a/model.py:2',
      'scikit-learn a/train.py:1',
      'xgboost b/zz.py:1',
      'lightgbm c/z.py:1',
    ]);
    const config = ConfigSchema.parse({ projects: ['b', 'c'] });
    const projects = scan(root, { threads: 1, config });
    expect(projects.projects.map((project) => project.root)).toEqual(['b', 'c']);
    expect(signals(projects)).toEqual(signals(whole));
  });

  it('are not parsed once each of their libraries is cited in each of their projects', () => {
    const root = tree(FILES);
    const keep = new FileOutcomes();
    scan(root, { threads: 1, keep, config: ConfigSchema.parse({ projects: ['b'] }) });
    const lookup = keep.listedLookup();
    // Test code never cites; a/train.py brings sklearn; b/net.py is project b's first torch import; the
    // comment in c/docs.py counts as an import this pass may see; c/z.py hides a name from it.
    const parsed = expect.objectContaining({ extractions: expect.any(Array) });
    expect(Object.keys(FILES).sort().map(lookup)).toEqual([
      parsed,
      { covered: ['torch'] },
      parsed,
      parsed,
      { covered: ['xgboost'] },
      parsed,
      { covered: ['torch', 'xgboost'] },
      parsed,
    ]);
  });

  it('are parsed when a rule names something below an ML library they import', () => {
    const root = tree({ 'a.py': 'import torch\n', 'b.py': 'from torch.utils import tensorboard\n' });
    const report = scan(root, { threads: 1 });
    const tracking = report.practices.find((practice) => practice.id === 'experiment-tracking');
    expect(tracking?.evidence.map(({ path, line }) => `${path}:${line}`)).toEqual(['b.py:1']);
  });

  it('are read again for a base whose first import changed, and cite what a full scan of it cites', () => {
    const root = tree({ 'a.py': 'import os\n', 'b.py': 'x = 1\nimport torch\n', 'c.py': 'import torch\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], {
        cwd: root,
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    writeFileSync(join(root, 'a.py'), 'import torch\n');
    git('commit', '-qam', 'head');
    const keep = new FileOutcomes();
    const head = scan(root, { threads: 1, keep });
    expect(signals(head)).toEqual(['pytorch a.py:1']);
    expect(keep.listedLookup()('b.py')).toEqual({ covered: ['torch'] });
    const base = scoreBase(root, baseSha, loadRules(), ConfigSchema.parse({}), keep);
    if (!('report' in base)) throw new Error(base.note);
    // Only a.py is read from the base commit; b.py, unchanged, is read again from the work tree.
    expect(base.report.stats.filesRead).toBe(1);
    expect(signals(base.report)).toEqual(['pytorch b.py:2']);
    git('checkout', '-q', baseSha);
    expect(signals(scan(root, { threads: 1 }))).toEqual(['pytorch b.py:2']);
  });
});

describe('notebooks that can only import ML libraries already cited', () => {
  const cell = (source: string, output = '') =>
    JSON.stringify({
      cells: [
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          outputs: output ? [{ name: 'stdout', output_type: 'stream', text: [output] }] : [],
          source: [source],
        },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    });

  it('are not parsed, and a tool named only in an output is never found', () => {
    const root = tree({
      'a.py': 'import torch\n',
      'b.ipynb': cell('import torch\n', 'import mlflow\nmlflow.start_run()'),
      'c.ipynb': cell('import torch\nimport mlflow\nmlflow.start_run()\n'),
    });
    const keep = new FileOutcomes();
    const report = scan(root, { threads: 1, keep });
    expect(keep.listedLookup()('b.ipynb')).toEqual({ covered: ['torch'] });
    const tracking = report.practices.find((practice) => practice.id === 'experiment-tracking');
    expect(tracking?.evidence.map(({ path }) => path)).toEqual(['c.ipynb']);
  });
});
