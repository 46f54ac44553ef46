import { describe, expect, it } from 'vitest';
import { pythonDependencyExtractor } from '../../../src/facts/dependencies/python-deps.js';

const claims = (path: string) =>
  pythonDependencyExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1));

describe('pythonDependencyExtractor.claims', () => {
  it.each([
    'requirements.txt',
    'requirements-dev.txt',
    'requirements_gpu.txt',
    'dev-requirements.txt',
    'services/api/test_requirements.txt',
    'Requirements.txt',
    'requirements.in',
    'dev-requirements.in',
    'requirements/base.txt',
    'requirements/serve.in',
    'ci/requirements/lint.txt',
    'pyproject.toml',
    'services/train/pyproject.toml',
    'setup.cfg',
    'setup.py',
    'Pipfile',
    'environment.yml',
    'environment.yaml',
    'envs/environment-gpu.yml',
    'environment_cpu.yaml',
    'conda.yaml',
    'conda.yml',
    'diabetes_regression/conda_dependencies.yml',
    'diabetes_regression/ci_dependencies.yml',
  ])('claims %s', (path) => {
    expect(claims(path)).toBe(true);
  });

  it.each([
    'poetry.lock',
    'uv.lock',
    'Pipfile.lock',
    'pdm.lock',
    'conda-lock.yml',
    'environment.lock.yml',
    'conda_dependencies.lock.yml',
    'constraints.txt',
    'notes.txt',
    'MANIFEST.in',
    'dev-requirements/base.txt',
    'myrequirements/base.txt',
    'requirements/README.md',
    'docs/setup.md',
    'src/churn/setup.pyc',
    'pyproject.toml.bak',
  ])('does not claim %s', (path) => {
    expect(claims(path)).toBe(false);
  });
});

describe('pythonDependencyExtractor.extract', () => {
  it('reads any .txt or .in it is handed as a requirements file, as the scanner does for -r includes', () => {
    expect(
      pythonDependencyExtractor.extract({ path: 'constraints/serve.txt', text: 'bentoml==1.1.11\n' }),
    ).toEqual({
      facts: [
        {
          kind: 'dependency',
          path: 'constraints/serve.txt',
          line: 1,
          name: 'bentoml',
          requirement: 'bentoml==1.1.11',
          isPinned: true,
          manager: 'requirements',
        },
      ],
      diagnostics: [],
    });
  });

  it('returns nothing for a file it does not read', () => {
    expect(
      pythonDependencyExtractor.extract({ path: 'poetry.lock', text: '[[package]]\nname = "mlflow"\n' }),
    ).toEqual({
      facts: [],
      diagnostics: [],
    });
  });

  it('ignores a byte order mark at the start of the file', () => {
    const { facts } = pythonDependencyExtractor.extract({ path: 'requirements.txt', text: '\uFEFFmlflow\n' });
    expect(facts).toMatchObject([{ name: 'mlflow', line: 1 }]);
  });

  it('is named python-deps, the name put on includes', () => {
    expect(pythonDependencyExtractor.name).toBe('python-deps');
  });
});
