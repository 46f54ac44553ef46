import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dependency, extract } from './dependency.js';

const PATH = 'environment.yml';
const conda = (line: number, name: string, requirement: string, isPinned: boolean) =>
  dependency(PATH, 'conda', { line, name, requirement, isPinned });
const condaPip = (line: number, name: string, requirement: string, isPinned: boolean) =>
  dependency(PATH, 'conda-pip', { line, name, requirement, isPinned });

describe('conda environment files', () => {
  it('reads conda specs and the pip list, skipping python and pip', () => {
    const text = readFileSync(
      new URL('../../../fixtures/facts/python-deps/conda-project/environment.yml', import.meta.url),
      'utf8',
    );
    expect(extract(PATH, text)).toEqual({
      facts: [
        conda(9, 'numpy', 'numpy=1.26.2', true),
        conda(10, 'pandas', 'pandas==2.1.4', true),
        conda(11, 'scikit-learn', 'scikit-learn>=1.3', false),
        conda(12, 'pytorch', 'pytorch::pytorch=2.1.0=py3.11_cuda11.8_cudnn8.7.0_0', true),
        conda(13, 'cudatoolkit', 'cudatoolkit=11.8', true),
        conda(14, 'matplotlib', 'matplotlib', false),
        conda(15, 'scipy', 'scipy=1.11.*', false),
        condaPip(18, 'evidently', 'evidently==0.4.11', true),
        condaPip(
          20,
          'feature-store',
          'feature-store @ git+https://github.com/acme/feature-store.git@v1.4',
          false,
        ),
      ],
      diagnostics: [],
      includes: [{ path: 'requirements-extra.txt', extractor: 'python-deps' }],
    });
  });

  it('reads the space-separated and flow-sequence forms', () => {
    const text = ['name: serve', 'dependencies: [numpy 1.26.2, "pandas >=2.1", {pip: [bentoml]}]'].join('\n');
    expect(extract('conda.yaml', text).facts).toEqual([
      dependency('conda.yaml', 'conda', {
        line: 2,
        name: 'numpy',
        requirement: 'numpy 1.26.2',
        isPinned: true,
      }),
      dependency('conda.yaml', 'conda', {
        line: 2,
        name: 'pandas',
        requirement: 'pandas >=2.1',
        isPinned: false,
      }),
      dependency('conda.yaml', 'conda-pip', {
        line: 2,
        name: 'bentoml',
        requirement: 'bentoml',
        isPinned: false,
      }),
    ]);
  });

  it('does not count commented-out entries', () => {
    const text = ['dependencies:', '  # - mlflow=2.9.2', '  - numpy', '  - pip:', '    # - wandb'].join('\n');
    expect(extract(PATH, text).facts).toEqual([conda(3, 'numpy', 'numpy', false)]);
  });

  it('says nothing about a YAML file without a dependency list', () => {
    expect(extract('environment-staging.yml', 'region: eu-west-1\nreplicas: 2\n')).toEqual({
      facts: [],
      diagnostics: [],
    });
  });

  it('reports an unreadable spec and keeps the others', () => {
    const text = ['dependencies:', '  - numpy', '  - "some gpu build"'].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [conda(2, 'numpy', 'numpy', false)],
      diagnostics: [
        { path: PATH, line: 3, message: 'cannot read requirement "some gpu build". It is not counted.' },
      ],
    });
  });

  it('reports broken YAML with its line and counts nothing', () => {
    const text = ['name: churn', 'dependencies:', '  - numpy', '\t- pandas'].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [],
      diagnostics: [
        {
          path: PATH,
          line: 4,
          message: 'not valid YAML (Tabs are not allowed as indentation). Its dependencies are not counted.',
          blocks: ['dependency'],
        },
      ],
    });
  });

  it('reports an unclosed flow sequence on the last line with content', () => {
    const text = ['name: churn', 'dependencies: [numpy, pandas', '', ''].join('\n');
    expect(extract(PATH, text)).toEqual({
      facts: [],
      diagnostics: [
        {
          path: PATH,
          line: 2,
          message:
            'not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]). Its dependencies are not counted.',
          blocks: ['dependency'],
        },
      ],
    });
  });

  it('reads the first document when a file has several', () => {
    const text = ['---', 'dependencies:', '  - numpy', '---', 'dependencies:', '  - pandas', ''].join('\n');
    expect(extract(PATH, text)).toEqual({ facts: [conda(3, 'numpy', 'numpy', false)], diagnostics: [] });
  });
});
