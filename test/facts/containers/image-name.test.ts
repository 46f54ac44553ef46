import { describe, expect, it } from 'vitest';
import { normalizeImageName } from '../../../src/facts/containers/image-name.js';

describe('normalizeImageName', () => {
  it.each([
    ['python:3.11-slim', 'python'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose and Dockerfile variables, not templates
    ['${AIRFLOW_IMAGE_NAME:-apache/airflow:2.9.3}', 'apache/airflow'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose and Dockerfile variables, not templates
    ['${IMAGE-ghcr.io/acme/api:1}', 'ghcr.io/acme/api'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose and Dockerfile variables, not templates
    ['${REGISTRY}/api:${TAG:-latest}', '${REGISTRY}/api'],
    ['docker.io/library/python', 'python'],
    ['index.docker.io/library/ubuntu:22.04', 'ubuntu'],
    ['library/postgres:16', 'postgres'],
    ['docker.io/bitnami/redis:7.2', 'bitnami/redis'],
    ['pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime', 'pytorch/pytorch'],
    ['nvcr.io/nvidia/tritonserver:24.01-py3', 'nvcr.io/nvidia/tritonserver'],
    ['localhost:5000/churn-model:1', 'localhost:5000/churn-model'],
    ['localhost:5000/churn-model', 'localhost:5000/churn-model'],
    ['ghcr.io/library/churn-model:latest', 'ghcr.io/library/churn-model'],
    ['python:3.11@sha256:0b8ea7b3a8b7f2c3f0d5f7a3b7e6e5d0c4b9a1f2e3d4c5b6a7980716253443a2', 'python'],
    ['  python:3.11  ', 'python'],
    // A compose variable default holds a second colon; the tag starts at the first one.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Compose variable, not a JS template.
    ['ghcr.io/acme/churn-api:${TAG:-latest}', 'ghcr.io/acme/churn-api'],
  ])('names %s as %s', (reference, image) => {
    expect(normalizeImageName(reference)).toBe(image);
  });

  it('gives an empty name for a blank reference', () => {
    expect(normalizeImageName('   ')).toBe('');
  });
});
