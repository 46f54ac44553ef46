import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/engine/load-rules.js';
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

describe('every rule glob', () => {
  const ruleSet = loadRules();
  const globs = [
    ...new Set(ruleSet.rules.flatMap((rule) => rule.detect.flatMap((detector) => detector.files ?? []))),
    ...(ruleSet.mlLibraries['model-files']?.files ?? []),
    'models/**/*.p?l',
    '**/*.{pkl,joblib}',
    '**/model[0-9].bin',
    'weights/*',
  ];
  const paths = [
    'model.h5',
    'models/best_model.h5',
    'models/best_model.h5.bak',
    'my_model_v2/weights/layer.h5',
    'data/raw.h5',
    'exports/model.onnx',
    'ckpt/pytorch_model.bin',
    'models/a/b/model.pkl',
    'models/a/b/model.pxl',
    'model.joblib',
    'x/model7.bin',
    'weights/w.pt',
    'weights/sub/w.pt',
    'dvc.lock',
    'a/dvc.lock',
    '.dvc/config',
    'deploy/k8s/app.yaml',
    'README.md',
  ];

  it('matches exactly the paths the full glob matches, with its literal ending checked first', () => {
    expect(globs.length).toBeGreaterThan(20);
    for (const glob of globs) {
      const full = picomatch(glob, { dot: true });
      for (const path of paths) expect([glob, path, matches(glob, path)]).toEqual([glob, path, full(path)]);
    }
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
