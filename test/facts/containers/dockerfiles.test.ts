// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile ARG references (${BASE_IMAGE}) are test data, not JS templates.
import { describe, expect, it } from 'vitest';
import { dockerfileExtractor } from '../../../src/facts/containers/dockerfiles.js';

const PATH = 'services/api/Dockerfile';

/** Facts other than the one `dockerfile` signal, which has its own test below. */
function extract(...lines: string[]) {
  const extraction = dockerfileExtractor.extract({ path: PATH, text: lines.join('\n') });
  return {
    ...extraction,
    facts: extraction.facts.filter((fact) => !(fact.kind === 'signal' && fact.signal === 'dockerfile')),
  };
}

describe('dockerfileExtractor.claims', () => {
  it.each([
    ['Dockerfile', true],
    ['Containerfile', true],
    ['Dockerfile.gpu', true],
    ['Containerfile.cuda', true],
    ['serve.Dockerfile', true],
    ['train.dockerfile', true],
    ['Dockerfile.dockerignore', false],
    ['Dockerfile.md', false],
    ['docker-compose.yml', false],
    ['Dockerfiles', false],
  ])('%s → %s', (baseName, expected) => {
    expect(dockerfileExtractor.claims(`services/api/${baseName}`, baseName)).toBe(expected);
  });
});

describe('dockerfileExtractor.extract', () => {
  it('marks the file as a Dockerfile at its first FROM only', () => {
    const { facts } = dockerfileExtractor.extract({
      path: PATH,
      text: '# syntax=docker/dockerfile:1\nFROM python:3.11-slim AS base\nFROM base\n',
    });
    expect(facts.filter((fact) => fact.kind === 'signal')).toEqual([
      { kind: 'signal', path: PATH, line: 2, signal: 'dockerfile', detail: 'python:3.11-slim' },
    ]);
  });

  it('does not mark a file without FROM', () => {
    const { facts } = dockerfileExtractor.extract({
      path: 'docs/Dockerfile.gpu',
      text: '# how we build\nRUN make\n',
    });
    expect(facts.some((fact) => fact.kind === 'signal' && fact.signal === 'dockerfile')).toBe(false);
  });

  it('reads base images, commands, the healthcheck and exposed ports of a multi-stage build', () => {
    const result = extract(
      'ARG BASE_IMAGE=python:3.11-slim',
      'FROM --platform=$BUILDPLATFORM ${BASE_IMAGE} AS builder',
      'RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt',
      '',
      'FROM builder AS test',
      'RUN pytest tests/',
      '',
      'FROM nvcr.io/nvidia/tritonserver:24.01-py3',
      'COPY --from=builder /app /app',
      'EXPOSE 8000  8001/tcp',
      'HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8000/v2/health/ready || exit 1',
      'ENTRYPOINT ["tritonserver", "--model-repository=/models"]',
      'CMD python serve.py',
    );
    expect(result).toEqual({
      facts: [
        {
          kind: 'image',
          path: PATH,
          line: 2,
          image: 'python',
          reference: '${BASE_IMAGE}',
          source: 'dockerfile',
        },
        {
          kind: 'command',
          path: PATH,
          line: 3,
          command: 'pip install -r requirements.txt',
          source: 'dockerfile',
        },
        { kind: 'command', path: PATH, line: 6, command: 'pytest tests/', source: 'dockerfile' },
        {
          kind: 'image',
          path: PATH,
          line: 8,
          image: 'nvcr.io/nvidia/tritonserver',
          reference: 'nvcr.io/nvidia/tritonserver:24.01-py3',
          source: 'dockerfile',
        },
        { kind: 'signal', path: PATH, line: 10, signal: 'docker-expose', detail: '8000 8001/tcp' },
        {
          kind: 'signal',
          path: PATH,
          line: 11,
          signal: 'docker-healthcheck',
          detail: 'curl -f http://localhost:8000/v2/health/ready || exit 1',
          dockerfile: PATH,
        },
        {
          kind: 'command',
          path: PATH,
          line: 12,
          command: 'tritonserver --model-repository=/models',
          source: 'dockerfile',
        },
        { kind: 'command', path: PATH, line: 13, command: 'python serve.py', source: 'dockerfile' },
      ],
      diagnostics: [],
    });
  });

  it('normalises Docker Hub references and skips scratch', () => {
    const result = extract(
      'FROM docker.io/library/python:3.11@sha256:0b8ea7b3a8b7f2c3',
      'FROM scratch',
      'FROM localhost:5000/churn-model:1',
    );
    expect(result.facts).toEqual([
      {
        kind: 'image',
        path: PATH,
        line: 1,
        image: 'python',
        reference: 'docker.io/library/python:3.11@sha256:0b8ea7b3a8b7f2c3',
        source: 'dockerfile',
      },
      {
        kind: 'image',
        path: PATH,
        line: 3,
        image: 'localhost:5000/churn-model',
        reference: 'localhost:5000/churn-model:1',
        source: 'dockerfile',
      },
    ]);
  });

  it('reads keywords in any case and matches stage names case-insensitively', () => {
    const result = extract('from python:3.11 as Build', 'run pip install .', 'FROM build');
    expect(result.facts).toEqual([
      { kind: 'image', path: PATH, line: 1, image: 'python', reference: 'python:3.11', source: 'dockerfile' },
      { kind: 'command', path: PATH, line: 2, command: 'pip install .', source: 'dockerfile' },
    ]);
  });

  it('expands ARG defaults in FROM and skips an image whose name comes from an ARG without a default', () => {
    const result = extract(
      'ARG CUDA=12.1.0',
      'ARG REGISTRY',
      'ARG PYTHON_VERSION',
      'FROM nvidia/cuda:${CUDA}-runtime-ubuntu22.04',
      'FROM ${REGISTRY}/churn-model:latest',
      'FROM ${REGISTRY:-ghcr.io/acme}/churn-model:latest',
      'FROM python:${PYTHON_VERSION}-slim',
    );
    expect(result.facts).toEqual([
      {
        kind: 'image',
        path: PATH,
        line: 4,
        image: 'nvidia/cuda',
        reference: 'nvidia/cuda:${CUDA}-runtime-ubuntu22.04',
        source: 'dockerfile',
      },
      {
        kind: 'image',
        path: PATH,
        line: 6,
        image: 'ghcr.io/acme/churn-model',
        reference: '${REGISTRY:-ghcr.io/acme}/churn-model:latest',
        source: 'dockerfile',
      },
      {
        kind: 'image',
        path: PATH,
        line: 7,
        image: 'python',
        reference: 'python:${PYTHON_VERSION}-slim',
        source: 'dockerfile',
      },
    ]);
  });

  it('joins continuation lines and drops comment lines inside them, keeping the keyword line', () => {
    const result = extract(
      'FROM python:3.11',
      'RUN apt-get update && \\',
      '    # the model server needs curl for its healthcheck',
      '    apt-get install -y curl \\',
      '',
      '    && rm -rf /var/lib/apt/lists/*',
      'CMD ["python", "serve.py"]',
    );
    expect(result.facts.slice(1)).toEqual([
      {
        kind: 'command',
        path: PATH,
        line: 2,
        command: 'apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
        source: 'dockerfile',
      },
      { kind: 'command', path: PATH, line: 7, command: 'python serve.py', source: 'dockerfile' },
    ]);
  });

  it('follows the escape directive of a Windows Dockerfile', () => {
    const result = extract(
      '# escape=`',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'RUN pip install -r C:\\app\\requirements.txt `',
      '    && python C:\\app\\train.py',
    );
    expect(result.facts).toEqual([
      {
        kind: 'image',
        path: PATH,
        line: 2,
        image: 'mcr.microsoft.com/windows/servercore',
        reference: 'mcr.microsoft.com/windows/servercore:ltsc2022',
        source: 'dockerfile',
      },
      {
        kind: 'command',
        path: PATH,
        line: 3,
        command: 'pip install -r C:\\app\\requirements.txt && python C:\\app\\train.py',
        source: 'dockerfile',
      },
    ]);
  });

  it('runs a RUN heredoc body as a script, one command per line, and keeps other heredocs opaque', () => {
    const result = extract(
      'FROM python:3.11',
      'RUN <<EOF',
      'set -e',
      '# fetch the training data',
      'dvc pull',
      'python train.py',
      'EOF',
      'RUN python3 <<EOF',
      'import mlflow',
      'EOF',
      'COPY <<-EOF /app/start.sh',
      '\tFROM tensorflow/serving',
      '\tEOF',
      'RUN <<EOF',
      '#!/usr/bin/env python3',
      'print("warm cache")',
      'EOF',
      'CMD ["./start.sh"]',
    );
    expect(result).toEqual({
      facts: [
        {
          kind: 'image',
          path: PATH,
          line: 1,
          image: 'python',
          reference: 'python:3.11',
          source: 'dockerfile',
        },
        { kind: 'command', path: PATH, line: 3, command: 'set -e', source: 'dockerfile' },
        { kind: 'command', path: PATH, line: 5, command: 'dvc pull', source: 'dockerfile' },
        { kind: 'command', path: PATH, line: 6, command: 'python train.py', source: 'dockerfile' },
        { kind: 'command', path: PATH, line: 8, command: 'python3 <<EOF', source: 'dockerfile' },
        { kind: 'command', path: PATH, line: 18, command: './start.sh', source: 'dockerfile' },
      ],
      diagnostics: [],
    });
  });

  it('runs a RUN heredoc body with a shell shebang as a script', () => {
    expect(extract('RUN <<EOF', '#!/usr/bin/env bash', 'pip install mlflow', 'EOF').facts).toEqual([
      { kind: 'command', path: PATH, line: 3, command: 'pip install mlflow', source: 'dockerfile' },
    ]);
  });

  it('ignores an image named only in a comment and HEALTHCHECK NONE', () => {
    const result = extract(
      '# FROM tensorflow/serving:2.14.0',
      'FROM python:3.11-slim',
      '  # RUN pip install mlflow',
      'HEALTHCHECK NONE',
      'healthcheck none',
    );
    expect(result).toEqual({
      facts: [
        {
          kind: 'image',
          path: PATH,
          line: 2,
          image: 'python',
          reference: 'python:3.11-slim',
          source: 'dockerfile',
        },
      ],
      diagnostics: [],
    });
  });

  it('keeps an exec form that is not valid JSON as written, as Docker runs it in a shell', () => {
    expect(extract("CMD ['python', 'serve.py']").facts).toEqual([
      { kind: 'command', path: PATH, line: 1, command: "['python', 'serve.py']", source: 'dockerfile' },
    ]);
  });

  it('ends an instruction whose continuation runs past the end of the file', () => {
    expect(extract('FROM python:3.11', 'RUN pip install mlflow \\', '', '# trailing comment')).toEqual({
      facts: [
        {
          kind: 'image',
          path: PATH,
          line: 1,
          image: 'python',
          reference: 'python:3.11',
          source: 'dockerfile',
        },
        { kind: 'command', path: PATH, line: 2, command: 'pip install mlflow', source: 'dockerfile' },
      ],
      diagnostics: [],
    });
  });

  it('reads a Dockerfile with Windows line endings', () => {
    const text = 'FROM python:3.11\r\nRUN pip install \\\r\n  mlflow\r\nEXPOSE 5000\r\n';
    expect(dockerfileExtractor.extract({ path: PATH, text }).facts).toEqual([
      { kind: 'signal', path: PATH, line: 1, signal: 'dockerfile', detail: 'python:3.11' },
      { kind: 'image', path: PATH, line: 1, image: 'python', reference: 'python:3.11', source: 'dockerfile' },
      { kind: 'command', path: PATH, line: 2, command: 'pip install mlflow', source: 'dockerfile' },
      { kind: 'signal', path: PATH, line: 4, signal: 'docker-expose', detail: '5000' },
    ]);
  });

  it('reports a heredoc that is never closed and keeps what came before', () => {
    expect(extract('FROM python:3.11', 'RUN <<EOF', 'pip install mlflow', 'FROM nginx')).toEqual({
      facts: [
        {
          kind: 'image',
          path: PATH,
          line: 1,
          image: 'python',
          reference: 'python:3.11',
          source: 'dockerfile',
        },
        { kind: 'command', path: PATH, line: 3, command: 'pip install mlflow', source: 'dockerfile' },
        { kind: 'command', path: PATH, line: 4, command: 'FROM nginx', source: 'dockerfile' },
      ],
      diagnostics: [
        {
          path: PATH,
          line: 2,
          message: 'has a RUN heredoc that is never closed. Instructions after it are not counted.',
          blocks: ['image', 'command', 'docker-healthcheck', 'docker-expose'],
        },
      ],
    });
  });

  it('reports a FROM without an image', () => {
    expect(extract('FROM', 'RUN make')).toEqual({
      facts: [{ kind: 'command', path: PATH, line: 2, command: 'make', source: 'dockerfile' }],
      diagnostics: [
        {
          path: PATH,
          line: 1,
          message: 'has a FROM without an image. Its base image is not counted.',
          blocks: ['image'],
        },
      ],
    });
  });

  it('yields nothing for an empty file', () => {
    expect(extract('')).toEqual({ facts: [], diagnostics: [] });
  });
});
