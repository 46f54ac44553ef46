import { describe, expect, it } from 'vitest';
import { anyPathGlob, compilePathGlob, compileValueGlob } from '../../src/engine/path-globs.js';

const matches = (glob: string, path: string) =>
  compilePathGlob(glob).matches(path, path.slice(path.lastIndexOf('/') + 1));

describe('compilePathGlob', () => {
  it('matches a file name at any depth', () => {
    expect(matches('**/poetry.lock', 'poetry.lock')).toBe(true);
    expect(matches('**/poetry.lock', 'services/api/poetry.lock')).toBe(true);
    expect(matches('**/poetry.lock', 'services/api/poetry.lock.bak')).toBe(false);
  });

  it('matches an extension at any depth but not the bare extension', () => {
    expect(matches('**/*.dvc', 'data/raw/churn.csv.dvc')).toBe(true);
    expect(matches('**/*.dvc', '.dvc')).toBe(false);
  });

  it('falls back to full globs', () => {
    expect(matches('**/Dockerfile.*', 'docker/Dockerfile.gpu')).toBe(true);
    expect(matches('.dvc/config', '.dvc/config')).toBe(true);
    expect(matches('.dvc/config', 'sub/.dvc/config')).toBe(false);
  });
});

describe('compileValueGlob', () => {
  it('keeps * within one segment', () => {
    expect(compileValueGlob('seldonio/*')('seldonio/mlserver')).toBe(true);
    expect(compileValueGlob('seldonio/*')('docker.io/seldonio/mlserver')).toBe(false);
    expect(compileValueGlob('**/health')('/api/v1/health')).toBe(true);
  });
});

describe('anyPathGlob', () => {
  const globs = ['**/dvc.lock', '**/*.conda-lock.yml', 'deploy/**/*.yaml'].map(compilePathGlob);
  const matchesAny = anyPathGlob(globs);
  const baseNameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

  it('agrees with asking each glob, for base names, suffixes and other globs', () => {
    const paths = [
      'dvc.lock',
      'sub/dvc.lock',
      'dvc.lock.bak',
      'env/gpu.conda-lock.yml',
      '.conda-lock.yml',
      'deploy/k8s/app.yaml',
      'other/app.yaml',
      'README.md',
    ];
    for (const path of paths) {
      const expected = globs.some((glob) => glob.matches(path, baseNameOf(path)));
      expect(matchesAny(path, baseNameOf(path)), path).toBe(expected);
    }
    expect(paths.filter((path) => matchesAny(path, baseNameOf(path)))).toEqual([
      'dvc.lock',
      'sub/dvc.lock',
      'env/gpu.conda-lock.yml',
      'deploy/k8s/app.yaml',
    ]);
  });

  it('matches nothing without globs', () => {
    expect(anyPathGlob([])('dvc.lock', 'dvc.lock')).toBe(false);
  });
});
