import { describe, expect, it } from 'vitest';
import { isTestPath } from '../../src/engine/test-paths.js';

describe('isTestPath', () => {
  it.each([
    'tests/test_train.py',
    'src/churn/tests/conftest.py',
    'test_serving.py',
    'serving_test.py',
    'integration-test/docker-compose.yaml',
    'code/integraton-test/model/requirements.txt',
    'e2e_tests/run.sh',
    'data/fixtures/dvc.yaml',
    'requirements-dev.txt',
    'requirements.min.txt',
    'requirements/minimum.txt',
    '.devcontainer/requirements.txt',
    '.devcontainer/devcontainer.json',
    'tests/.devcontainer/Dockerfile',
  ])('treats %s as test code', (path) => {
    expect(isTestPath(path)).toBe(true);
  });

  it.each([
    'src/train.py',
    'latest/model.py',
    'contest/solution.py',
    'attestation/Dockerfile',
    'testimonials.py',
    'requirements.txt',
    'requirements-gpu.txt',
    'admin/requirements.txt',
    // A dev container's image is still the one the team trains in.
    '.devcontainer/Dockerfile',
    'services/api/.devcontainer/docker-compose.yml',
  ])('treats %s as project code', (path) => {
    expect(isTestPath(path)).toBe(false);
  });
});
