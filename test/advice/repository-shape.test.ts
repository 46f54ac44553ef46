import { describe, expect, it } from 'vitest';
import { describeRepository } from '../../src/advice/repository-shape.js';

describe('describeRepository', () => {
  it('reads what advice needs from the listing of a repository', () => {
    const shape = describeRepository([
      'README.md',
      'poetry.lock',
      'pyproject.toml',
      'data/raw/churn.csv',
      'src/churn_model/__init__.py',
      'src/churn_model/training/train.py',
      'scripts/train_all.py',
      'examples/train.py',
      'tests/test_train.py',
      'notebooks/train_explore.py',
    ]);
    expect(shape).toEqual({
      name: 'churn-model',
      dataFolder: 'data/raw',
      trainingScript: 'scripts/train_all.py',
      install: 'poetry install',
      requirementsFile: 'pyproject.toml',
      hasTests: true,
    });
  });

  it('falls back when the repository has none of it', () => {
    expect(describeRepository(['README.md', 'test.txt', 'environment.yml', 'database/x.sql'])).toEqual({
      name: 'model',
      install: 'conda env update -n base -f environment.yml',
      condaFile: 'environment.yml',
      hasTests: false,
    });
  });

  it("reads one project's folder of a monorepo, paths relative to it", () => {
    const paths = [
      'requirements.txt',
      'services/api/requirements.txt',
      'services/api/data/users.csv',
      'services/api/train.py',
      'services/api/conftest.py',
      'services/web/train.py',
    ];
    expect(describeRepository(paths, 'services/api/')).toEqual({
      name: 'api',
      dataFolder: 'data',
      trainingScript: 'services/api/train.py',
      install: 'pip install -r requirements.txt',
      requirementsFile: 'requirements.txt',
      hasTests: true,
    });
  });
});
