import { describe, expect, it } from 'vitest';
import { isInSkippedFolder, withoutSkippedFolders } from '../../src/repo/skipped-folders.js';

describe('withoutSkippedFolders', () => {
  const paths = [
    'setup.py',
    'node_modules/left-pad/index.js',
    'node_modules/left-pad/package.json',
    'src/venv_tools.py',
    'src/pkg/__pycache__/train.cpython-312.pyc',
    'src/pkg/train.py',
    'web/node_modules/x/y.js',
    'src/pkg/serve.py',
    '.venv/lib/python3.12/site-packages/mlflow/__init__.py',
    'node_modules.md',
    'ks-app/vendor/kubeflow/tf-serving/deployment.yaml',
    'src/pkg/_vendor/six.py',
    'src/vendors.py',
  ];

  it('drops the paths of vendored and environment folders, whatever the order of folders', () => {
    expect(withoutSkippedFolders(paths)).toEqual([
      'setup.py',
      'src/venv_tools.py',
      'src/pkg/train.py',
      'src/pkg/serve.py',
      'node_modules.md',
      'src/vendors.py',
    ]);
  });

  it('agrees with judging each path on its own', () => {
    expect(withoutSkippedFolders(paths)).toEqual(paths.filter((path) => !isInSkippedFolder(path)));
  });
});
