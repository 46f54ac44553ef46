import { describe, expect, it } from 'vitest';
import { dependency, extract } from './dependency.js';

const PATH = 'requirements.txt';
const requirement = (line: number, name: string, text: string, isPinned: boolean) =>
  dependency(PATH, 'requirements', { line, name, requirement: text, isPinned });

describe('requirements files', () => {
  it('reads names, extras, markers and pins with the line of each entry', () => {
    const text = [
      '# Serving stack',
      'mlflow[extras]==2.9.2',
      'Scikit_Learn>=1.3  # trailing comment',
      '',
      'tomli>=2.0 ; python_version < "3.11"',
      'pandas===2.1.4',
      'numpy==1.*',
      'torch~=2.1',
      'fastapi!=0.100.0',
      'uvicorn<1',
      'evidently',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [
        requirement(2, 'mlflow', 'mlflow[extras]==2.9.2', true),
        requirement(3, 'scikit-learn', 'Scikit_Learn>=1.3', false),
        requirement(5, 'tomli', 'tomli>=2.0 ; python_version < "3.11"', false),
        requirement(6, 'pandas', 'pandas===2.1.4', true),
        requirement(7, 'numpy', 'numpy==1.*', false),
        requirement(8, 'torch', 'torch~=2.1', false),
        requirement(9, 'fastapi', 'fastapi!=0.100.0', false),
        requirement(10, 'uvicorn', 'uvicorn<1', false),
        requirement(11, 'evidently', 'evidently', false),
      ],
      diagnostics: [],
    });
  });

  it('joins continuation lines and drops --hash options, keeping the first line number', () => {
    const text = [
      'mlflow==2.9.2 \\',
      '    --hash=sha256:0a1b2c \\',
      '    --hash=sha256:3d4e5f',
      'numpy==1.26.2 --hash=sha256:9f8e7d',
      'scikit-learn \\',
      '    >=1.3',
    ].join('\n');
    expect(extract(PATH, text).facts).toEqual([
      requirement(1, 'mlflow', 'mlflow==2.9.2', true),
      requirement(4, 'numpy', 'numpy==1.26.2', true),
      requirement(5, 'scikit-learn', 'scikit-learn     >=1.3', false),
    ]);
  });

  it('skips index, find-links, trusted-host and constraint options', () => {
    const text = [
      '-i https://pypi.example.com/simple',
      '--index-url https://pypi.example.com/simple',
      '--extra-index-url https://download.pytorch.org/whl/cu118',
      '-f https://data.pyg.org/whl/torch-2.1.0+cu118.html',
      '--find-links ./wheels',
      '--trusted-host pypi.example.com',
      '-c constraints.txt',
      '--constraint constraints.txt',
      '--no-binary :all:',
      'torch==2.1.0+cu118',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [requirement(10, 'torch', 'torch==2.1.0+cu118', true)],
      diagnostics: [],
    });
  });

  it('records editable installs by their #egg name and skips unnamed ones', () => {
    const text = [
      '-e git+https://github.com/acme/feature-store.git@v1.4#egg=feature_store',
      '--editable=git+https://github.com/acme/model-registry.git#egg=Model.Registry&subdirectory=client',
      '-e .',
      '-e ./libs/shared',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [
        requirement(
          1,
          'feature-store',
          '-e git+https://github.com/acme/feature-store.git@v1.4#egg=feature_store',
          false,
        ),
        requirement(
          2,
          'model-registry',
          '--editable=git+https://github.com/acme/model-registry.git#egg=Model.Registry&subdirectory=client',
          false,
        ),
      ],
      diagnostics: [],
    });
  });

  it('reads direct references as unpinned and skips bare URLs and local paths', () => {
    const text = [
      'feature-store @ https://files.example.com/feature_store-1.0-py3-none-any.whl',
      'model_registry@git+https://github.com/acme/model-registry.git@v2.0',
      'https://files.example.com/drift_monitor-0.3.tar.gz',
      './libs/preprocessing',
      'libs/postprocessing',
      'wheels/tokenizer-0.1-py3-none-any.whl',
      '/opt/wheels/onnxruntime_gpu-1.16.3-cp311-none-linux_x86_64.whl',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [
        requirement(
          1,
          'feature-store',
          'feature-store @ https://files.example.com/feature_store-1.0-py3-none-any.whl',
          false,
        ),
        requirement(
          2,
          'model-registry',
          'model_registry@git+https://github.com/acme/model-registry.git@v2.0',
          false,
        ),
      ],
      diagnostics: [],
    });
  });

  it('records a bare VCS URL that names its package with #egg', () => {
    const text = 'git+https://github.com/acme/feature-store.git@v1.4#egg=feature-store';
    expect(extract(PATH, text).facts).toEqual([requirement(1, 'feature-store', text, false)]);
  });

  it('does not count requirements that are only in comments', () => {
    const text = ['# mlflow==2.0', '#wandb', '   # dvc[s3]>=3.0 \\', 'numpy==1.26.2'].join('\n');
    expect(extract(PATH, text).facts).toEqual([requirement(4, 'numpy', 'numpy==1.26.2', true)]);
  });

  it('keeps a URL fragment that follows a non-blank character', () => {
    const text = 'feature-store @ git+https://github.com/acme/feature-store.git#subdirectory=client';
    expect(extract(PATH, text).facts).toEqual([requirement(1, 'feature-store', text, false)]);
  });

  it('skips a garbage line with a diagnostic and keeps the others', () => {
    const text = ['mlflow==2.9.2', 'please install the gpu build', 'scikit-learn>=', 'numpy'].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [requirement(1, 'mlflow', 'mlflow==2.9.2', true), requirement(4, 'numpy', 'numpy', false)],
      diagnostics: [
        {
          path: PATH,
          line: 2,
          message: 'cannot read requirement "please install the gpu build". It is not counted.',
        },
        { path: PATH, line: 3, message: 'cannot read requirement "scikit-learn>=". It is not counted.' },
      ],
    });
  });

  it('reads CRLF line endings', () => {
    expect(extract(PATH, 'mlflow==2.9.2\r\nnumpy\r\n').facts).toEqual([
      requirement(1, 'mlflow', 'mlflow==2.9.2', true),
      requirement(2, 'numpy', 'numpy', false),
    ]);
  });
});

describe('requirements includes', () => {
  it('resolves -r and --requirement against the including file and folds ./ and ../', () => {
    const text = [
      '-r base.txt',
      '--requirement ../constraints/../requirements/serve.in',
      '-r./test.txt',
      '--requirement=../requirements.txt',
      'pytest>=7',
    ].join('\n');
    expect(extract('requirements/dev.txt', text)).toEqual({
      facts: [
        dependency('requirements/dev.txt', 'requirements', {
          line: 5,
          name: 'pytest',
          requirement: 'pytest>=7',
          isPinned: false,
        }),
      ],
      diagnostics: [],
      includes: [
        { path: 'requirements/base.txt', extractor: 'python-deps' },
        { path: 'requirements/serve.in', extractor: 'python-deps' },
        { path: 'requirements/test.txt', extractor: 'python-deps' },
        { path: 'requirements.txt', extractor: 'python-deps' },
      ],
    });
  });

  it('does not follow an include that leaves the repository or is a URL', () => {
    const text = [
      '-r ../../shared/requirements.txt',
      '-r /etc/requirements.txt',
      '-r https://example.com/requirements.txt',
    ].join('\n');
    expect(extract('services/requirements.txt', text)).toEqual({
      facts: [],
      diagnostics: [
        {
          path: 'services/requirements.txt',
          line: 1,
          message:
            'include "../../shared/requirements.txt" points outside the repository. It is not followed.',
        },
        {
          path: 'services/requirements.txt',
          line: 2,
          message: 'include "/etc/requirements.txt" points outside the repository. It is not followed.',
        },
        {
          path: 'services/requirements.txt',
          line: 3,
          message: 'include "https://example.com/requirements.txt" is a URL. It is not followed.',
        },
      ],
    });
  });

  it('reports an -r option without a file name', () => {
    expect(extract(PATH, '-r').diagnostics).toEqual([
      { path: PATH, line: 1, message: 'cannot read requirement "-r". It is not counted.' },
    ]);
  });
});
