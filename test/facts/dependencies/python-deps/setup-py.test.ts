import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dependency, extract } from './dependency.js';

const PATH = 'setup.py';
const setupPy = (line: number, name: string, requirement: string, isPinned: boolean, group?: string) =>
  dependency(PATH, 'setup.py', { line, name, requirement, isPinned, ...(group ? { group } : {}) });

const COMPUTED =
  'install_requires is computed at run time and cannot be read statically. Declare dependencies in pyproject.toml or a requirements file to have them counted.';

describe('setup.py', () => {
  it('reads literals through variables, skipping comments, docstrings and long_description', () => {
    const text = readFileSync(
      new URL('../../../fixtures/facts/python-deps/setup-py-project/setup.py', import.meta.url),
      'utf8',
    );
    expect(extract(PATH, text)).toEqual({
      facts: [
        setupPy(15, 'numpy', 'numpy>=1.24', false),
        setupPy(16, 'scikit-learn', 'scikit-learn==1.4.0', true),
        setupPy(17, 'tomli', 'tomli>=2.0; python_version < "3.11"', false),
        setupPy(20, 'fastapi', 'fastapi>=0.110', false, 'serve'),
        setupPy(20, 'uvicorn', 'uvicorn', false, 'serve'),
        setupPy(32, 'pandas', 'pandas>=2.1', false, 'train'),
        setupPy(34, 'xgboost', 'xgboost==2.0.3', true, 'train'),
        setupPy(15, 'numpy', 'numpy>=1.24', false, 'all'),
        setupPy(16, 'scikit-learn', 'scikit-learn==1.4.0', true, 'all'),
        setupPy(17, 'tomli', 'tomli>=2.0; python_version < "3.11"', false, 'all'),
        setupPy(20, 'fastapi', 'fastapi>=0.110', false, 'all'),
        setupPy(20, 'uvicorn', 'uvicorn', false, 'all'),
      ],
      diagnostics: [],
    });
  });

  it('reads an inline list, a tuple and dict(...) extras', () => {
    const text = [
      'from setuptools import setup',
      '',
      'setup(',
      '    name="drift-monitor",',
      '    install_requires=[\'evidently==0.4.11\', "prometheus-client"],',
      '    extras_require=dict(',
      '        alerts=("slack-sdk>=3",),',
      '    ),',
      ')',
    ].join('\n');
    expect(extract(PATH, text).facts).toEqual([
      setupPy(5, 'evidently', 'evidently==0.4.11', true),
      setupPy(5, 'prometheus-client', 'prometheus-client', false),
      setupPy(7, 'slack-sdk', 'slack-sdk>=3', false, 'alerts'),
    ]);
  });

  it('reads a settings dict passed as **kwargs', () => {
    const text = [
      'settings = {',
      '    "name": "drift-monitor",',
      '    "install_requires": ["evidently"],',
      '}',
      'setup(**settings)',
    ].join('\n');
    expect(extract(PATH, text).facts).toEqual([setupPy(3, 'evidently', 'evidently', false)]);
  });

  it('does not count a package named only in a comment, a string or a non-setup keyword', () => {
    const text = [
      '# install_requires=["mlflow"]',
      'from setuptools import setup',
      '',
      'NOTES = "install_requires=[\'wandb\']"',
      'setup(',
      '    name="churn",',
      '    description="Tracks experiments with mlflow",',
      '    install_requires=[',
      '        # "dvc",',
      '        "numpy",',
      '    ],',
      ')',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({ facts: [setupPy(10, 'numpy', 'numpy', false)], diagnostics: [] });
  });

  it('reports install_requires read from a file at run time', () => {
    const text = [
      'from setuptools import setup',
      '',
      'with open("requirements.txt") as requirements:',
      '    REQUIRED = requirements.read().splitlines()',
      '',
      'setup(',
      '    name="churn",',
      '    install_requires=REQUIRED,',
      ')',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [],
      diagnostics: [{ path: PATH, line: 8, message: COMPUTED }],
    });
  });

  it('reports a call or an unknown name as computed, and extras_require in its own words', () => {
    const text = [
      'from setuptools import setup',
      'from churn.packaging import read_requirements, EXTRAS',
      'setup(',
      '    install_requires=read_requirements("requirements.txt"),',
      '    extras_require=EXTRAS,',
      ')',
    ].join('\n');
    expect(extract(PATH, text).diagnostics).toEqual([
      { path: PATH, line: 4, message: COMPUTED },
      {
        path: PATH,
        line: 5,
        message:
          'extras_require is computed at run time and cannot be read statically. Declare dependencies in pyproject.toml or a requirements file to have them counted.',
      },
    ]);
  });

  it('keeps the literal entries of a list and reports the computed ones', () => {
    const text = [
      'TORCH = "2.1.0"',
      'setup(',
      '    install_requires=[',
      '        "numpy",',
      '        f"torch=={TORCH}",',
      '    ],',
      ')',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [setupPy(4, 'numpy', 'numpy', false)],
      diagnostics: [
        { path: PATH, line: 5, message: 'cannot read requirement "f"torch=={TORCH}"". It is not counted.' },
      ],
    });
  });

  it('reads concatenated lists and stops on a self-referencing name', () => {
    const text = [
      'BASE = ["numpy"]',
      'LOOP = LOOP + ["pandas"]',
      'setup(',
      '    install_requires=BASE + ["scipy"],',
      '    extras_require={"dev": LOOP},',
      ')',
    ].join('\n');
    expect(
      extract(PATH, text).facts.map((fact) => fact.kind === 'dependency' && [fact.name, fact.group]),
    ).toEqual([
      ['numpy', undefined],
      ['scipy', undefined],
      ['pandas', 'dev'],
    ]);
  });

  it('follows a backslash line join and quotes an unreadable entry exactly as written', () => {
    const text = [
      '# os.environ["EXTRA"] is set by the deploy job',
      'BASE = ["pandas"]',
      'REQUIRED = BASE \\',
      '    + ["numpy", os.environ["EXTRA"]]  # "mlflow" is optional',
      'setup(install_requires=REQUIRED)',
    ].join('\r\n');
    expect(extract(PATH, text)).toEqual({
      facts: [setupPy(2, 'pandas', 'pandas', false), setupPy(4, 'numpy', 'numpy', false)],
      diagnostics: [
        { path: PATH, line: 4, message: 'cannot read requirement "os.environ["EXTRA"]". It is not counted.' },
      ],
    });
  });

  it('survives an unterminated string and unbalanced brackets', () => {
    const text = [
      'setup(',
      '    install_requires=["numpy", "pandas',
      '    extras_require={"dev": [',
      '',
    ].join('\n');
    expect(() => extract(PATH, text)).not.toThrow();
  });
});
