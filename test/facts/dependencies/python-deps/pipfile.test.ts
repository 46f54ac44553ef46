import { describe, expect, it } from 'vitest';
import { dependency, extract } from './dependency.js';

const PATH = 'Pipfile';
const pipenv = (line: number, name: string, requirement: string, isPinned: boolean, group?: string) =>
  dependency(PATH, 'pipenv', { line, name, requirement, isPinned, ...(group ? { group } : {}) });

describe('Pipfile', () => {
  it('reads [packages] and [dev-packages] with their pins', () => {
    const text = [
      '[[source]]',
      'url = "https://pypi.org/simple"',
      'verify_ssl = true',
      'name = "pypi"',
      '',
      '[packages]',
      'requests = "*"',
      'mlflow = "==2.9.2"',
      'scikit_learn = ">=1.3,<1.5"',
      'torch = {version = "==2.1.0", index = "pytorch"}',
      'feature-store = {git = "https://github.com/acme/feature-store.git", ref = "v1.4"}',
      '',
      '[dev-packages]',
      'pytest = "~=7.4"',
      '',
      '[requires]',
      'python_version = "3.11"',
    ].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [
        pipenv(7, 'requests', 'requests = "*"', false),
        pipenv(8, 'mlflow', 'mlflow = "==2.9.2"', true),
        pipenv(9, 'scikit-learn', 'scikit_learn = ">=1.3,<1.5"', false),
        pipenv(10, 'torch', 'torch = { version = "==2.1.0", index = "pytorch" }', true),
        pipenv(
          11,
          'feature-store',
          'feature-store = { git = "https://github.com/acme/feature-store.git", ref = "v1.4" }',
          false,
        ),
        pipenv(14, 'pytest', 'pytest = "~=7.4"', false, 'dev'),
      ],
      diagnostics: [],
    });
  });

  it('reports broken TOML on its line', () => {
    expect(extract(PATH, '[packages]\nmlflow = "==2.9.2"\n[dev-packages\npytest = "*"\n')).toEqual({
      facts: [],
      diagnostics: [
        {
          path: PATH,
          line: 3,
          message: 'not valid TOML (illegal character in key). Its dependencies are not counted.',
          blocks: ['dependency'],
        },
      ],
    });
  });
});
