// Advice snippets fitted to the repository (#15): its own folders, script and install command; no step that
// does not apply; one version of each GitHub action across the docs, the workflows and the advice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/engine/load-rules.js';
import { scan } from '../../src/scan.js';
import { useTempTrees } from '../helpers/temp-tree.js';

const ruleSet = loadRules();
const tree = useTempTrees('fit');
const REPO = join(import.meta.dirname, '..', '..');

function stepFor(files: Record<string, string>, practice: string): string {
  const report = scan(tree(files), { ruleSet });
  const item = report.advice.find((candidate) => candidate.practice === practice);
  if (!item) throw new Error(`no advice for ${practice}: ${report.advice.map((a) => a.practice).join(', ')}`);
  return item.firstStep;
}

describe('fitted advice', () => {
  it('runs no pytest in the CI snippet of a repository without tests, and installs with its own manager', () => {
    const step = stepFor(
      {
        'pyproject.toml': '[project]\nname = "fraud"\n',
        'uv.lock': '',
        'fraud/__init__.py': '',
        'fraud/train.py': 'import sklearn\n',
      },
      'ci-cd',
    );
    expect(step).not.toContain('pytest');
    expect(step).toContain('- run: uv sync --locked && python -m compileall -q .');
    expect(step).toContain('actions/checkout@v4');
  });

  it('keeps pytest where there are tests', () => {
    const step = stepFor(
      {
        'requirements.txt': 'scikit-learn==1.5.2\n',
        'tests/test_model.py': 'def test_fit():\n    pass\n',
        'train.py': 'import sklearn\n',
      },
      'ci-cd',
    );
    expect(step).toContain('- run: pip install -r requirements.txt && pytest -q');
  });

  it('locks a conda-only environment with conda-lock instead of moving a requirements.txt that is not there', () => {
    const step = stepFor(
      {
        'conda.yaml': 'name: fraud\ndependencies:\n  - python=3.11\n  - scikit-learn>=1.4\n  - pandas\n',
        'train.py': 'import sklearn\n',
      },
      'reproducible-environment',
    );
    expect(step).not.toContain('requirements');
    expect(step).toContain('conda-lock lock -f conda.yaml -p linux-64 -p osx-arm64');
  });

  it('versions the repository’s own data folder and names the bucket after its package', () => {
    const step = stepFor(
      {
        'requirements.txt': 'scikit-learn==1.5.2\nmlflow==2.17.2\n',
        'data/customers.csv': 'id\n',
        'fraud_model/__init__.py': '',
        'fraud_model/train.py': 'import mlflow\nimport sklearn\n',
      },
      'data-versioning',
    );
    expect(step).toContain('dvc add data\n');
    expect(step).toContain('git add data.dvc .gitignore .dvc/config');
    expect(step).toContain('s3://your-bucket/fraud-model');
    expect(step).not.toContain('churn');
  });

  it('names each GitHub action with one version in the README, the workflows and the advice', () => {
    const files = [
      join(REPO, 'README.md'),
      join(REPO, 'rules', 'catalog', 'advice.yml'),
      ...readdirSync(join(REPO, '.github', 'workflows')).map((name) =>
        join(REPO, '.github', 'workflows', name),
      ),
    ];
    const versions = new Map<string, Set<string>>();
    for (const file of files) {
      for (const [, action, version] of readFileSync(file, 'utf8').matchAll(
        /uses: (actions\/[\w-]+)@(v\d+)/g,
      )) {
        versions.set(action!, (versions.get(action!) ?? new Set()).add(version!));
      }
    }
    const mixed = [...versions]
      .filter(([, found]) => found.size > 1)
      .map(([action, found]) => `${action}: ${[...found]}`);
    expect(mixed).toEqual([]);
    expect([...versions.get('actions/checkout')!]).toEqual(['v4']);
  });
});
