// File names that are not UTF-8: each is listed, read and cited by the bytes it has, and printed with
// those bytes shown (`\xff`), never as U+FFFD or a raw byte; delta mode finds it at the base too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, git, outputProblems, runCli, scanAllFormats, useHostileTrees } from './hostile-tree.js';

const hostile = useHostileTrees();

interface SarifResult {
  locations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
}
const uriOf = (result: SarifResult) => result.locations?.[0]?.physicalLocation.artifactLocation.uri;

/** `src/train<0xff>.py` importing mlflow and `<0xe9>tl/job.py` (a Latin-1 é) calling Prefect. */
function treeWithByteNames() {
  const tree = hostile({ 'requirements.txt': 'scikit-learn==1.5.2\n', 'src/train.py': 'import sklearn\n' });
  writeFileSync(Buffer.from(`${join(tree.root, 'src', 'train')}\xff.py`, 'latin1'), 'import mlflow\n');
  const folder = Buffer.concat([Buffer.from(`${tree.root}/`), Buffer.of(0xe9), Buffer.from('tl')]);
  mkdirSync(folder);
  // Cut short: a diagnostic, which SARIF gives a location.
  writeFileSync(
    Buffer.from(`${join(tree.root, 'cut')}\xfe.ipynb`, 'latin1'),
    '{"cells": [{"cell_type": "code", "source": ["import mlflow\\n"]',
  );
  writeFileSync(Buffer.concat([folder, Buffer.from('/job.py')]), 'from prefect import flow\n');
  return tree;
}

describe('file names that are not UTF-8', () => {
  it('reads them and cites them by their bytes, in every format', () => {
    const tree = treeWithByteNames();
    commitAll(tree.root);
    const json = runCli(['scan', tree.root, '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    const cited = report.practices.flatMap((practice: { evidence: { path: string }[] }) =>
      practice.evidence.map((item) => item.path),
    );
    expect(cited).toContain('src/train\udcff.py');
    expect(cited).toContain('\udce9tl/job.py');
    for (const run of scanAllFormats(tree.root).filter((run) => run.format !== 'json')) {
      expect(run.code, run.stderr).toBe(0);
      expect(outputProblems(run.stdout, tree.secret)).toEqual([]);
      // Markdown escapes the backslash it shows.
      expect(run.stdout).toContain(run.format === 'markdown' ? 'train\\\\xff.py' : 'train\\xff.py');
      expect(run.stdout).not.toContain('\uFFFD');
    }
    const sarif = runCli(['scan', tree.root, '--format', 'sarif']);
    expect(JSON.parse(sarif.stdout).runs[0].results.map((result: SarifResult) => uriOf(result))).toContain(
      'cut%FE.ipynb',
    );
    expect(report.diagnostics.map((diagnostic: { path: string }) => diagnostic.path)).toEqual([
      'cut\udcfe.ipynb',
    ]);
  });

  it('reads them in a tree without git, which is walked', () => {
    const tree = treeWithByteNames();
    const report = JSON.parse(runCli(['scan', tree.root, '--format', 'json']).stdout);
    const cited = report.practices.flatMap((practice: { evidence: { path: string }[] }) =>
      practice.evidence.map((item) => item.path),
    );
    expect(cited).toEqual(expect.arrayContaining(['src/train\udcff.py', '\udce9tl/job.py']));
    expect(report.diagnostics.map((diagnostic: { path: string }) => diagnostic.path)).toEqual([
      'cut\udcfe.ipynb',
    ]);
  });

  it('finds them at the base of a delta, changed and unchanged', () => {
    const tree = treeWithByteNames();
    commitAll(tree.root);
    writeFileSync(
      Buffer.from(`${join(tree.root, 'src', 'train')}\xff.py`, 'latin1'),
      'import mlflow\nmlflow.log_metric("auc", 0.9)\n',
    );
    git(tree.root, 'commit', '-qam', 'head');
    const run = runCli(['scan', tree.root, '--format', 'json', '--base', 'HEAD~1']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    // Read at the base too, the tracking found in both is neither gained nor lost.
    expect(report.delta).toMatchObject({ available: true, gained: [], lost: [] });
    expect(report.diagnostics.map((diagnostic: { path: string }) => diagnostic.path)).toEqual([
      'cut\udcfe.ipynb',
    ]);
  });
});
