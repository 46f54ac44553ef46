import { describe, expect, it } from 'vitest';
import { composeExtractor, isComposeFileName } from '../../../src/facts/containers/compose-files.js';

function extract(path: string, lines: string[]) {
  return composeExtractor.extract({ path, text: `${lines.join('\n')}\n` });
}

describe('composeExtractor.claims', () => {
  it('claims Compose files at any folder level', () => {
    expect(composeExtractor.claims('docker-compose.yml', 'docker-compose.yml')).toBe(true);
    expect(
      composeExtractor.claims('deploy/docker-compose.override.yaml', 'docker-compose.override.yaml'),
    ).toBe(true);
    expect(composeExtractor.claims('compose.yaml', 'compose.yaml')).toBe(true);
    expect(composeExtractor.claims('services/api/compose-dev.yml', 'compose-dev.yml')).toBe(true);
  });

  it('leaves other YAML and look-alike names alone', () => {
    expect(isComposeFileName('composer.yml')).toBe(false);
    expect(isComposeFileName('docker-compose.json')).toBe(false);
    expect(isComposeFileName('deployment.yaml')).toBe(false);
  });
});

describe('composeExtractor.extract', () => {
  it('reports services with their images, health checks and commands', () => {
    const path = 'docker-compose.yml';
    const result = extract(path, [
      'services:',
      '  api:',
      '    image: ghcr.io/acme/churn-api:$TAG',
      '    command: ["uvicorn", "churn.api:app", "--port", 8000]',
      '    healthcheck:',
      '      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]',
      '      interval: 30s',
      '  mlflow:',
      '    image: ghcr.io/mlflow/mlflow:v2.14.1',
      '    entrypoint: mlflow server --host 0.0.0.0',
      '    healthcheck:',
      '      test: curl -f http://localhost:5000/health',
      '  trainer:',
      '    build: ./training',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'signal', path, line: 2, signal: 'compose-service', detail: 'api' },
        {
          kind: 'image',
          path,
          line: 3,
          image: 'ghcr.io/acme/churn-api',
          reference: 'ghcr.io/acme/churn-api:$TAG',
          source: 'compose',
        },
        {
          kind: 'signal',
          path,
          line: 5,
          signal: 'compose-healthcheck',
          image: 'ghcr.io/acme/churn-api',
        },
        { kind: 'command', path, line: 4, command: 'uvicorn churn.api:app --port 8000', source: 'compose' },
        { kind: 'signal', path, line: 8, signal: 'compose-service', detail: 'mlflow' },
        {
          kind: 'image',
          path,
          line: 9,
          image: 'ghcr.io/mlflow/mlflow',
          reference: 'ghcr.io/mlflow/mlflow:v2.14.1',
          source: 'compose',
        },
        {
          kind: 'signal',
          path,
          line: 11,
          signal: 'compose-healthcheck',
          image: 'ghcr.io/mlflow/mlflow',
        },
        { kind: 'command', path, line: 10, command: 'mlflow server --host 0.0.0.0', source: 'compose' },
        { kind: 'signal', path, line: 13, signal: 'compose-service', detail: 'trainer' },
      ],
      diagnostics: [],
    });
  });

  it('follows anchors and merge keys shared between services', () => {
    const path = 'compose.yaml';
    const result = extract(path, [
      'x-python: &python',
      '  image: python:3.11-slim',
      '  healthcheck:',
      '    test: ["CMD-SHELL", "python -c \'import churn\'"]',
      'services:',
      '  worker:',
      '    <<: *python',
      '    command: python -m churn.worker',
    ]);
    expect(result.facts).toEqual([
      { kind: 'signal', path, line: 6, signal: 'compose-service', detail: 'worker' },
      { kind: 'image', path, line: 2, image: 'python', reference: 'python:3.11-slim', source: 'compose' },
      { kind: 'signal', path, line: 3, signal: 'compose-healthcheck', image: 'python' },
      { kind: 'command', path, line: 8, command: 'python -m churn.worker', source: 'compose' },
    ]);
  });

  it('reads services at the top level of a version 1 Compose file', () => {
    const path = 'docker-compose.yml';
    const result = extract(path, ['web:', '  build: .', 'redis:', '  image: redis:7']);
    expect(result.facts).toEqual([
      { kind: 'signal', path, line: 1, signal: 'compose-service', detail: 'web' },
      { kind: 'signal', path, line: 3, signal: 'compose-service', detail: 'redis' },
      { kind: 'image', path, line: 4, image: 'redis', reference: 'redis:7', source: 'compose' },
    ]);
  });

  it('does not count a disabled or NONE health check', () => {
    const path = 'docker-compose.yml';
    const result = extract(path, [
      'services:',
      '  api:',
      '    build: .',
      '    healthcheck:',
      '      disable: true',
      '  worker:',
      '    build: .',
      '    healthcheck:',
      '      test: ["NONE"]',
      '  # healthcheck:',
      '  #   test: curl -f http://localhost/health',
    ]);
    expect(result.facts).toEqual([
      { kind: 'signal', path, line: 2, signal: 'compose-service', detail: 'api' },
      { kind: 'signal', path, line: 6, signal: 'compose-service', detail: 'worker' },
    ]);
  });

  it('ignores services that are commented out', () => {
    const result = extract('docker-compose.yml', [
      'services: {}',
      '# mlflow:',
      '#   image: ghcr.io/mlflow/mlflow',
    ]);
    expect(result).toEqual({ facts: [], diagnostics: [] });
  });

  it('reports malformed YAML with its line', () => {
    const path = 'docker-compose.yml';
    const result = extract(path, [
      'services:',
      '  api:',
      '    image: "python:3.11',
      '    ports: ["8000:8000"]',
    ]);
    expect(result).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 3,
          message: 'not valid YAML (missing closing "quote). Its Compose services are not counted.',
          blocks: ['compose-service', 'compose-healthcheck', 'image', 'command'],
        },
      ],
    });
  });
});

describe('a health check of a service built here', () => {
  it('names the Dockerfile it is built from, when that is in the repository', () => {
    const facts = extract('deploy/docker-compose.yml', [
      'services:',
      '  api:',
      '    build: {context: ./api, dockerfile: Dockerfile.prod}',
      '    healthcheck: {test: ["CMD", "curl", "-f", "http://localhost:8000/health"]}',
      '  web:',
      '    build: ..',
      '    healthcheck: {test: ["CMD", "true"]}',
      '  remote:',
      '    build: https://github.com/example/app.git',
      '    healthcheck: {test: ["CMD", "true"]}',
      '  outside:',
      '    build: ../../elsewhere',
      '    healthcheck: {test: ["CMD", "true"]}',
    ]).facts.filter((fact) => fact.kind === 'signal' && fact.signal === 'compose-healthcheck');
    expect(facts.map((fact) => (fact.kind === 'signal' ? (fact.dockerfile ?? null) : null))).toEqual([
      'deploy/api/Dockerfile.prod',
      'Dockerfile',
      null,
      null,
    ]);
  });
});
