import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/repo/list-files.js';
import { useTempTrees } from '../helpers/temp-tree.js';

const FILES = {
  '.gitignore': 'mlruns/\n*.log\n',
  'src/train.py': 'import mlflow\n',
  'src/.gitignore': 'scratch.py\n',
  'src/scratch.py': 'import wandb\n',
  'mlruns/0/meta.yaml': 'name: x\n',
  'train.log': 'loss=1\n',
  '.venv/lib/python3.11/site-packages/mlflow/__init__.py': '',
  'node_modules/left-pad/index.js': '',
  'pkg/__pycache__/train.cpython-311.pyc': '',
  'notebooks/.ipynb_checkpoints/explore-checkpoint.ipynb': '{}',
};

const tree = useTempTrees('listing');

describe('listFiles', () => {
  it('honours .gitignore at every level and skips environment folders without git', () => {
    const listing = listFiles(tree(FILES));
    expect(listing).toEqual({ source: 'walk', paths: ['.gitignore', 'src/.gitignore', 'src/train.py'] });
  });

  it('uses git when the tree is a work tree, listing tracked and untracked files', () => {
    const folder = tree({ ...FILES, 'data/raw.csv.dvc': 'outs: []\n' });
    execFileSync('git', ['init', '-q'], { cwd: folder });
    execFileSync('git', ['add', 'src/train.py'], { cwd: folder });
    const listing = listFiles(folder);
    expect(listing).toEqual({
      source: 'git',
      paths: ['.gitignore', 'data/raw.csv.dvc', 'src/.gitignore', 'src/train.py'],
    });
  });

  it('lists tracked files first and untracked ones when asked, when told to', () => {
    const folder = tree({ ...FILES, 'data/raw.csv.dvc': 'outs: []\n' });
    execFileSync('git', ['init', '-q'], { cwd: folder });
    execFileSync('git', ['add', '-f', 'src/train.py', 'src/scratch.py', '.venv'], { cwd: folder });
    const listing = listFiles(folder, { untrackedLater: true });
    expect(listing.paths).toEqual(['src/scratch.py', 'src/train.py']);
    expect(listing.listUntracked?.()).toEqual(['.gitignore', 'data/raw.csv.dvc', 'src/.gitignore']);
    // With nothing tracked yet, it lists all in one step (or walks) as without the option.
    const fresh = tree(FILES);
    execFileSync('git', ['init', '-q'], { cwd: fresh });
    const freshListing = listFiles(fresh, { untrackedLater: true });
    expect(freshListing.paths).toEqual(['.gitignore', 'src/.gitignore', 'src/train.py']);
    expect(freshListing.listUntracked).toBeUndefined();
  });

  it('lists a subfolder of a work tree relative to that subfolder', () => {
    const folder = tree({ 'services/api/app.py': 'import fastapi\n', 'README.md': '' });
    execFileSync('git', ['init', '-q'], { cwd: folder });
    expect(listFiles(join(folder, 'services')).paths).toEqual(['api/app.py']);
  });
});
