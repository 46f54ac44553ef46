// The shipped example repositories give the results their READMEs promise.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';

const EXAMPLES = join(import.meta.dirname, '..', 'examples');

function summary(name: string) {
  const report = scan(join(EXAMPLES, name));
  return Object.fromEntries(
    report.practices.map((practice) => [
      practice.id,
      `${practice.status} ${practice.tools.join(',')}`.trim(),
    ]),
  );
}

describe('examples', () => {
  it('churn-starter is an early-stage project: tracking, DVC stages and pins, no serving', () => {
    expect(summary('churn-starter')).toEqual({
      'experiment-tracking': 'pass mlflow',
      'data-versioning': 'pass dvc',
      // dvc.yaml stages are a pipeline dvc repro runs (#13).
      'pipeline-orchestration': 'pass dvc',
      'data-validation': 'fail',
      'model-serving': 'fail',
      'health-endpoint': 'fail',
      'metrics-monitoring': 'fail',
      'drift-monitoring': 'fail',
      'model-registry': 'fail',
      containerization: 'fail',
      'ci-cd': 'fail',
      kubernetes: 'fail',
      'reproducible-environment': 'pass pinned-requirements',
    });
  });

  it('churn-service is a productionised service without data validation or a registry', () => {
    expect(summary('churn-service')).toEqual({
      'experiment-tracking': 'pass mlflow',
      'data-versioning': 'pass dvc',
      'pipeline-orchestration': 'pass airflow',
      'data-validation': 'fail',
      'model-serving': 'pass fastapi',
      'health-endpoint': 'pass http-health-route,docker-healthcheck',
      'metrics-monitoring': 'pass prometheus,grafana',
      'drift-monitoring': 'pass evidently',
      'model-registry': 'fail',
      containerization: 'pass docker',
      'ci-cd': 'pass github-actions',
      kubernetes: 'fail',
      'reproducible-environment': 'pass pinned-requirements',
    });
  });
});
