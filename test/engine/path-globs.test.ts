import { describe, expect, it } from 'vitest';
import { compilePathGlob, compileValueGlob } from '../../src/engine/path-globs.js';

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
