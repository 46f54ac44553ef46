import { describe, expect, it } from 'vitest';
import { dependency, extract } from './dependency.js';

const PATH = 'setup.cfg';
const setupCfg = (line: number, name: string, requirement: string, isPinned: boolean, group?: string) =>
  dependency(PATH, 'setup.cfg', { line, name, requirement, isPinned, ...(group ? { group } : {}) });

describe('setup.cfg', () => {
  it('reads multi-line install_requires and extras_require with markers and comment lines', () => {
    const text = [
      '[metadata]',
      'name = churn-model',
      'description = Churn model; mlflow tracking optional',
      '',
      '[options]',
      'packages = find:',
      'install_requires =',
      '    numpy>=1.24',
      '    # mlflow==2.9.2',
      '    scikit-learn==1.4.0',
      '',
      '    importlib-metadata; python_version < "3.10"',
      'python_requires = >=3.9',
      '',
      '[options.extras_require]',
      'serve =',
      '    fastapi>=0.110',
      '    uvicorn[standard]  # ASGI server',
      'test = pytest>=7',
      '',
      '[flake8]',
      'max-line-length = 110',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [
        setupCfg(8, 'numpy', 'numpy>=1.24', false),
        setupCfg(10, 'scikit-learn', 'scikit-learn==1.4.0', true),
        setupCfg(12, 'importlib-metadata', 'importlib-metadata; python_version < "3.10"', false),
        setupCfg(17, 'fastapi', 'fastapi>=0.110', false, 'serve'),
        setupCfg(18, 'uvicorn', 'uvicorn[standard]', false, 'serve'),
        setupCfg(19, 'pytest', 'pytest>=7', false, 'test'),
      ],
      diagnostics: [],
    });
  });

  it('splits a one-line value at semicolons as setuptools does', () => {
    const text = ['[options]', 'install_requires = numpy; pandas==2.1.4'].join('\n');
    expect(extract(PATH, text).facts).toEqual([
      setupCfg(2, 'numpy', 'numpy', false),
      setupCfg(2, 'pandas', 'pandas==2.1.4', true),
    ]);
  });

  it('follows file: directives to requirements files', () => {
    const text = ['[options]', 'install_requires = file: requirements/base.txt, requirements/serve.txt'].join(
      '\n',
    );
    expect(extract('packages/churn/setup.cfg', text)).toEqual({
      facts: [],
      diagnostics: [],
      includes: [
        { path: 'packages/churn/requirements/base.txt', extractor: 'python-deps' },
        { path: 'packages/churn/requirements/serve.txt', extractor: 'python-deps' },
      ],
    });
  });

  it('reports an unreadable entry and keeps the others', () => {
    const text = ['[options]', 'install_requires =', '    numpy', '    see requirements.txt'].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [setupCfg(3, 'numpy', 'numpy', false)],
      diagnostics: [
        {
          path: PATH,
          line: 4,
          message: 'cannot read requirement "see requirements.txt". It is not counted.',
        },
      ],
    });
  });
});
