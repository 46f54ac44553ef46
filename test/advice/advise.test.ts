import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ConfigInput, ConfigSchema } from '../../src/config/config-schema.js';
import { loadRules } from '../../src/engine/load-rules.js';
import { scan } from '../../src/scan.js';
import { useTempTrees } from '../helpers/temp-tree.js';

const ruleSet = loadRules();
const tree = useTempTrees('advice');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
function adviceFor(path: string, config: ConfigInput) {
  const report = scan(path, { ruleSet, config: ConfigSchema.parse(config) });
  return {
    phase: report.phase.current,
    advice: report.advice.map(
      (item) => `${item.practice}: ${item.basis} ${item.tool}${item.upgrade ? ' (upgrade)' : ''}`,
    ),
    notYet: report.notYet.map((note) => note.tool),
    notes: report.notes,
  };
}

describe('advice on churn-starter (phase 0: everything but CI of phase 1)', () => {
  const starter = join(EXAMPLES, 'churn-starter');

  it('gives a small team on a free budget the guide’s small stack', () => {
    expect(adviceFor(starter, { 'team-size': 'small', budget: 'free' })).toEqual({
      phase: 0,
      advice: ['ci-cd: recommended github-actions'],
      notYet: [
        'kubeflow-pipelines',
        'airflow',
        'argo-workflows',
        'flyte',
        'seldon-core',
        'kserve',
        'kubernetes',
        'helm',
      ],
      notes: [],
    });
  });
});

describe('advice on churn-service (phase 1, next: automation)', () => {
  const service = join(EXAMPLES, 'churn-service');

  it.each([
    ['small', 'free', 'data-validation: recommended pandera'],
    ['medium', 'free', 'data-validation: recommended great-expectations'],
    ['large', 'paid', 'data-validation: recommended great-expectations'],
  ] as const)('advises a %s team on a %s budget', (teamSize, budget, expected) => {
    expect(adviceFor(service, { 'team-size': teamSize, budget }).advice).toEqual([expected]);
  });

  it('warns a small team that Airflow is heavy, and says nothing of it to a medium team', () => {
    expect(adviceFor(service, { 'team-size': 'small' }).notes).toEqual([
      expect.stringMatching(/^You use Apache Airflow; for a team of 1–5 the guide warns: /),
    ]);
    expect(adviceFor(service, { 'team-size': 'medium' }).notes).toEqual([]);
  });
});

describe('advice that builds on the tools in use', () => {
  it('does not tell a W&B team to adopt MLflow for its registry', () => {
    const repository = tree({
      'requirements.txt': 'torch==2.4.0\nwandb==0.18.0\n',
      'train.py': 'import torch\nimport wandb\nrun = wandb.init(project="churn")\n',
      'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: churn}\n',
    });
    const report = scan(repository, {
      ruleSet,
      config: ConfigSchema.parse({ 'team-size': 'medium', budget: 'free' }),
    });
    const registry = report.practices.find((practice) => practice.id === 'model-registry');
    expect(registry?.status).toBe('fail');
    // The registry is a phase-3 practice; its advice appears once phase 2 is reached, so ask the engine directly.
    const forced = scan(repository, {
      ruleSet,
      config: ConfigSchema.parse({
        'team-size': 'medium',
        practices: Object.fromEntries(
          ruleSet.rules
            .filter((rule) => rule.phase < 3)
            .map((rule) => [rule.id, { 'not-applicable': 'Covered elsewhere in this test' }]),
        ),
      }),
    });
    expect(forced.advice.find((item) => item.practice === 'model-registry')).toMatchObject({
      tool: 'wandb',
      basis: 'builds-on',
    });
  });

  it('flags Kubeflow as heavy for a small team that already uses it, instead of advising against it', () => {
    const repository = tree({
      'requirements.txt': 'kfp==2.9.0\nscikit-learn==1.5.2\n',
      'pipeline.py': 'from kfp import dsl\n',
    });
    const result = adviceFor(repository, { 'team-size': 'small' });
    expect(result.notYet).not.toContain('kubeflow-pipelines');
    expect(result.notes).toEqual([
      expect.stringMatching(/^You use Kubeflow Pipelines; for a team of 1–5 the guide warns: /),
    ]);
  });
});

describe('advice for phase 3', () => {
  const phase2 = {
    'requirements.txt': 'scikit-learn==1.5.2\nmlflow==2.17.2\napache-airflow==2.10.2\nfastapi==0.115.0\n',
    'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n',
    '.github/workflows/ci.yml':
      'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
    'train.py': 'import mlflow\nimport pandera\nimport evidently\nimport prometheus_client\n',
    'serve.py':
      'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/health")\ndef health():\n    return {}\n',
    Dockerfile: 'FROM python:3.11-slim\n',
  };

  it('keeps a free-budget team on free phase-3 tools and says phase 3 is optional for it', () => {
    const result = adviceFor(tree(phase2), { 'team-size': 'medium', budget: 'free' });
    expect(result.phase).toBe(2);
    expect(result.advice).toEqual([
      'model-registry: builds-on mlflow',
      'kubernetes: recommended kubernetes',
      'pipeline-orchestration: recommended kubeflow-pipelines (upgrade)',
      'model-serving: recommended kserve (upgrade)',
    ]);
    expect(result.notYet).toEqual(['seldon-core']);
    expect(result.notes).toEqual([
      "Phase 3 is the guide's stack for teams of 20+; a team of 6–20 can stay at phase 2 (set min-phase: 2) until scale demands more.",
    ]);
  });
});
