import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dependency, extract } from './dependency.js';

const FIXTURES = new URL('../../../fixtures/facts/python-deps/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
// biome-ignore lint/suspicious/noTemplateCurlyInString: PDM expands ${PROJECT_ROOT} itself; this is not a JS template.
const PDM_EDITABLE = '-e file:///${PROJECT_ROOT}/libs/feature-store#egg=feature-store';

describe('pyproject.toml, PEP 621 and PEP 735', () => {
  const path = 'pyproject.toml';
  const pyproject = (line: number, name: string, requirement: string, isPinned: boolean, group?: string) =>
    dependency(path, 'pyproject', { line, name, requirement, isPinned, ...(group ? { group } : {}) });

  it('reads [project] dependencies, extras, dependency groups and uv dev-dependencies on their own lines', () => {
    expect(extract(path, fixture('pep621-project/pyproject.toml'))).toEqual({
      facts: [
        pyproject(11, 'fastapi', 'fastapi>=0.110', false),
        pyproject(12, 'scikit-learn', 'scikit-learn==1.4.0', true),
        pyproject(13, 'tomli', 'tomli>=2.0; python_version < "3.11"', false),
        pyproject(14, 'pydantic', 'pydantic[email]~=2.5', false),
        pyproject(18, 'pandas', 'pandas>=2.1', false, 'train'),
        pyproject(18, 'xgboost', 'xgboost==2.0.3', true, 'train'),
        pyproject(20, 'uvicorn', 'uvicorn[standard]', false, 'serve'),
        pyproject(21, 'pandas', 'pandas>=2.1', false, 'serve'),
        pyproject(26, 'pytest', 'pytest>=8', false, 'test'),
        pyproject(29, 'ruff', 'ruff==0.4.4', true, 'lint'),
        dependency(path, 'uv', {
          line: 33,
          name: 'pre-commit',
          requirement: 'pre-commit',
          isPinned: false,
          group: 'dev',
        }),
      ],
      diagnostics: [],
    });
  });

  it('does not count a package named only in the description, a comment or [tool.black]', () => {
    const names = extract(path, fixture('pep621-project/pyproject.toml')).facts.map((fact) =>
      fact.kind === 'dependency' ? fact.name : fact.kind,
    );
    expect(names).not.toContain('mlflow');
    expect(names).not.toContain('hatchling');
  });

  it('finds the line of each entry of a one-line array and of repeated strings', () => {
    const text = [
      '[project]',
      'name = "churn"',
      'dependencies = ["numpy", "numpy-financial", "numpy"]',
      '',
      '[project.optional-dependencies]',
      'dev = [',
      '  "numpy",',
      '  "numpy",',
      ']',
    ].join('\n');
    expect(extract(path, text).facts.map((fact) => fact.line)).toEqual([3, 3, 3, 7, 8]);
  });

  it('finds dotted-key and inline-table forms of optional dependencies', () => {
    const text = [
      '[project]',
      'name = "churn"',
      'optional-dependencies.serve = ["bentoml>=1.1"]',
      '',
      '[tool.uv]',
      'dev-dependencies = [',
      '  "ruff",',
      ']',
    ].join('\n');
    expect(extract(path, text).facts).toEqual([
      pyproject(3, 'bentoml', 'bentoml>=1.1', false, 'serve'),
      dependency(path, 'uv', { line: 7, name: 'ruff', requirement: 'ruff', isPinned: false, group: 'dev' }),
    ]);
  });

  it('reads PDM dev-dependency groups, including editable entries named by #egg', () => {
    const text = [
      '[tool.pdm.dev-dependencies]',
      'test = [',
      '    "pytest-cov>=4",',
      `    "${PDM_EDITABLE}",`,
      ']',
      'lint = ["mypy==1.8.0"]',
    ].join('\n');
    expect(extract(path, text).facts).toEqual([
      dependency(path, 'pdm', {
        line: 3,
        name: 'pytest-cov',
        requirement: 'pytest-cov>=4',
        isPinned: false,
        group: 'test',
      }),
      dependency(path, 'pdm', {
        line: 4,
        name: 'feature-store',
        requirement: PDM_EDITABLE,
        isPinned: false,
        group: 'test',
      }),
      dependency(path, 'pdm', {
        line: 6,
        name: 'mypy',
        requirement: 'mypy==1.8.0',
        isPinned: true,
        group: 'lint',
      }),
    ]);
  });

  it('follows setuptools dynamic dependencies to their requirements files', () => {
    const text = [
      '[project]',
      'name = "churn"',
      'dynamic = ["dependencies"]',
      '',
      '[tool.setuptools.dynamic]',
      'dependencies = { file = ["requirements/base.txt", "../outside.txt"] }',
    ].join('\n');
    expect(extract('services/churn/pyproject.toml', text)).toEqual({
      facts: [],
      diagnostics: [],
      includes: [
        { path: 'services/churn/requirements/base.txt', extractor: 'python-deps' },
        { path: 'services/outside.txt', extractor: 'python-deps' },
      ],
    });
  });

  it('reports an unreadable requirement string and a dependencies value that is not a list', () => {
    const text = [
      '[project]',
      'dependencies = "numpy"',
      '',
      '[project.optional-dependencies]',
      'serve = ["bentoml>=", 3]',
    ].join('\n');
    expect(extract(path, text)).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 2,
          message:
            'project.dependencies is not a list of requirement strings. Its dependencies are not counted.',
          blocks: ['dependency'],
        },
        { path, line: 5, message: 'cannot read requirement "bentoml>=". It is not counted.' },
        { path, line: 5, message: 'cannot read requirement "3". It is not counted.' },
      ],
    });
  });

  it('reports broken TOML once, on the line of the error, and counts nothing', () => {
    const text = [
      '[project]',
      'name = "churn"',
      'dependencies = [',
      '    "mlflow>=2.9",',
      '    "numpy"',
      '',
      '[tool.black]',
    ].join('\n');
    expect(extract(path, text)).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 7,
          message: 'not valid TOML (expected comma or end of structure). Its dependencies are not counted.',
          blocks: ['dependency'],
        },
      ],
    });
  });

  it('reports an unterminated string on its line', () => {
    expect(extract(path, '[project]\nname = "churn\ndependencies = []\n').diagnostics).toEqual([
      {
        path,
        line: 2,
        message:
          'not valid TOML (control characters are not allowed in strings). Its dependencies are not counted.',
        blocks: ['dependency'],
      },
    ]);
  });
});

describe('pyproject.toml, Poetry', () => {
  const path = 'pyproject.toml';
  const poetry = (line: number, name: string, requirement: string, isPinned: boolean, group?: string) =>
    dependency(path, 'poetry', { line, name, requirement, isPinned, ...(group ? { group } : {}) });

  it('reads every value form, groups and dev-dependencies, skipping python', () => {
    expect(extract(path, fixture('poetry-project/pyproject.toml'))).toEqual({
      facts: [
        poetry(8, 'mlflow', 'mlflow = "^2.9"', false),
        poetry(9, 'numpy', 'numpy = "1.26.2"', true),
        poetry(10, 'pandas', 'pandas = "==2.1.4"', true),
        poetry(11, 'torch', 'torch = { version = "2.1.0", source = "pytorch" }', true),
        poetry(12, 'ruamel-yaml', '"ruamel.yaml" = ">=0.17"', false),
        poetry(
          13,
          'feature-store',
          'feature-store = { git = "https://github.com/acme/feature-store.git", tag = "v1.4" }',
          false,
        ),
        poetry(14, 'shared-utils', 'shared-utils = { path = "../shared-utils", develop = true }', false),
        poetry(
          15,
          'scipy',
          'scipy = [{ version = "1.11.4", python = ">=3.10" }, { version = "1.10.1", python = "<3.10" }]',
          true,
        ),
        poetry(
          19,
          'bentoml',
          'bentoml = { version = "^1.1", extras = ["grpc"], optional = true }',
          false,
          'serving',
        ),
        poetry(20, 'evidently', 'evidently = { version = "0.4.11", optional = true }', true, 'optional'),
        poetry(26, 'black', 'black = "*"', false, 'dev'),
        poetry(29, 'pytest', 'pytest = "^7.4"', false, 'test'),
        poetry(30, 'hypothesis', 'hypothesis = "6.92.1"', true, 'test'),
        poetry(36, 'mkdocs', 'mkdocs = "~1.5"', false, 'docs'),
      ],
      diagnostics: [],
    });
  });

  it('finds a dependency written as its own sub-table', () => {
    const text = [
      '[tool.poetry.dependencies]',
      'python = "^3.11"',
      '',
      '[tool.poetry.dependencies.mlflow]',
      'version = "2.9.2"',
      'extras = ["gateway"]',
    ].join('\n');
    expect(extract(path, text).facts).toEqual([
      poetry(4, 'mlflow', 'mlflow = { version = "2.9.2", extras = ["gateway"] }', true),
    ]);
  });

  it('reports a value shape Poetry does not accept', () => {
    const text = ['[tool.poetry.dependencies]', 'numpy = 1.26', 'pandas = "^2.1"'].join('\n');
    expect(extract(path, text)).toEqual({
      facts: [poetry(3, 'pandas', 'pandas = "^2.1"', false)],
      diagnostics: [{ path, line: 2, message: 'cannot read requirement "numpy = 1.26". It is not counted.' }],
    });
  });
});
