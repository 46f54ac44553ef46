import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubernetesManifestExtractor } from '../../../src/facts/manifests/k8s-manifests.js';

const FIXTURES = new URL('../../fixtures/facts/k8s-manifests/', import.meta.url);

function extract(path: string, lines: string[]) {
  return kubernetesManifestExtractor.extract({ path, text: `${lines.join('\n')}\n` });
}

function extractFixture(fixture: string, path: string) {
  return kubernetesManifestExtractor.extract({
    path,
    text: readFileSync(new URL(fixture, FIXTURES), 'utf8'),
  });
}

function claims(path: string): boolean {
  return kubernetesManifestExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1));
}

describe('kubernetesManifestExtractor.claims', () => {
  it('claims YAML files that may hold manifests', () => {
    expect(claims('k8s/deployment.yaml')).toBe(true);
    expect(claims('deploy/serving.yml')).toBe(true);
    expect(claims('monitoring/prometheus-deployment.yaml')).toBe(true);
    expect(claims('charts/churn-api/templates/deployment.yaml')).toBe(true);
  });

  it('leaves YAML files owned by other extractors and JSON alone', () => {
    for (const path of [
      '.github/workflows/train.yml',
      '.gitlab-ci.yml',
      'docker-compose.yml',
      'deploy/compose.prod.yaml',
      'dvc.yaml',
      'environment.yml',
      'environment-gpu.yaml',
      'conda.yaml',
      '.pre-commit-config.yaml',
      'mkdocs.yml',
      '.circleci/config.yml',
      'azure-pipelines.yml',
      'bitbucket-pipelines.yml',
      'charts/churn-api/Chart.yaml',
      'k8s/overlays/prod/kustomization.yaml',
      'monitoring/prometheus.yml',
      'gx/great_expectations.yml',
      'bentofile.yaml',
      '.readthedocs.yaml',
      'codecov.yml',
      '.dvc/config.yml',
      'k8s/deployment.json',
      'MLproject',
    ]) {
      expect(claims(path), path).toBe(false);
    }
  });
});

describe('kubernetesManifestExtractor.extract', () => {
  it('reports a Deployment with its images, probes and commands', () => {
    const result = extract('k8s/deployment.yaml', [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: churn-api',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: fetch-model',
      '          image: docker.io/library/python:3.11-slim',
      '          command: ["python", "fetch_model.py"]',
      '      containers:',
      '        - name: api',
      '          image: ghcr.io/acme/churn-api@sha256:0123abcd',
      '          args:',
      '            - --port',
      '            - 8080',
      '          livenessProbe:',
      '            httpGet:',
      '              path: /health',
      '              port: 8080',
      '          readinessProbe:',
      '            tcpSocket:',
      '              port: 8080',
      '          startupProbe:',
      '            exec:',
      '              command: [cat, /tmp/ready]',
    ]);
    const path = 'k8s/deployment.yaml';
    expect(result).toEqual({
      facts: [
        {
          kind: 'manifest',
          path,
          line: 2,
          apiVersion: 'apps/v1',
          objectKind: 'Deployment',
          name: 'churn-api',
        },
        {
          kind: 'image',
          path,
          line: 10,
          image: 'python',
          reference: 'docker.io/library/python:3.11-slim',
          source: 'kubernetes',
        },
        { kind: 'command', path, line: 11, command: 'python fetch_model.py', source: 'kubernetes' },
        {
          kind: 'image',
          path,
          line: 14,
          image: 'ghcr.io/acme/churn-api',
          reference: 'ghcr.io/acme/churn-api@sha256:0123abcd',
          source: 'kubernetes',
        },
        {
          kind: 'signal',
          path,
          line: 18,
          signal: 'k8s-liveness-probe',
          detail: '/health',
          image: 'ghcr.io/acme/churn-api',
        },
        { kind: 'signal', path, line: 22, signal: 'k8s-readiness-probe', image: 'ghcr.io/acme/churn-api' },
        { kind: 'signal', path, line: 25, signal: 'k8s-startup-probe', image: 'ghcr.io/acme/churn-api' },
        { kind: 'command', path, line: 15, command: '--port 8080', source: 'kubernetes' },
      ],
      diagnostics: [],
    });
  });

  it('reports every document of a multi-document file and the items of a List', () => {
    const path = 'deploy/serving.yml';
    const result = extract(path, [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: churn-api}',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: ConfigMap',
      '    metadata:',
      '      name: churn-config',
      '  - apiVersion: batch/v1',
      '    kind: CronJob',
      '    metadata:',
      '      name: nightly-retrain',
      '    spec:',
      '      jobTemplate:',
      '        spec:',
      '          template:',
      '            spec:',
      '              containers:',
      '                - name: retrain',
      '                  image: acme/churn-train:2.0',
      '                  command: python -m churn.retrain',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'manifest', path, line: 2, apiVersion: 'v1', objectKind: 'Service', name: 'churn-api' },
        { kind: 'manifest', path, line: 9, apiVersion: 'v1', objectKind: 'ConfigMap', name: 'churn-config' },
        {
          kind: 'manifest',
          path,
          line: 13,
          apiVersion: 'batch/v1',
          objectKind: 'CronJob',
          name: 'nightly-retrain',
        },
        {
          kind: 'image',
          path,
          line: 23,
          image: 'acme/churn-train',
          reference: 'acme/churn-train:2.0',
          source: 'kubernetes',
        },
        { kind: 'command', path, line: 24, command: 'python -m churn.retrain', source: 'kubernetes' },
      ],
      diagnostics: [],
    });
  });

  it('reads the containers of a SeldonDeployment', () => {
    const path = 'deploy/seldon-deployment.yaml';
    expect(extractFixture('seldon/seldon-deployment.yaml', path)).toEqual({
      facts: [
        {
          kind: 'manifest',
          path,
          line: 3,
          apiVersion: 'machinelearning.seldon.io/v1',
          objectKind: 'SeldonDeployment',
          name: 'churn-model',
        },
        {
          kind: 'image',
          path,
          line: 16,
          image: 'seldonio/mlserver',
          reference: 'seldonio/mlserver:1.3.5-sklearn',
          source: 'kubernetes',
        },
        {
          kind: 'signal',
          path,
          line: 17,
          signal: 'k8s-readiness-probe',
          detail: '/v2/health/ready',
          image: 'seldonio/mlserver',
        },
      ],
      diagnostics: [],
    });
  });

  it('reads the predictor containers of a KServe InferenceService', () => {
    const path = 'serving/inference-service.yaml';
    const result = extract(path, [
      'apiVersion: serving.kserve.io/v1beta1',
      'kind: InferenceService',
      'metadata:',
      '  name: churn',
      'spec:',
      '  predictor:',
      '    containers:',
      '      - name: kserve-container',
      '        image: acme/churn-predictor:0.3',
      '        livenessProbe:',
      '          httpGet: {path: /v1/models/churn}',
    ]);
    expect(result.facts).toEqual([
      {
        kind: 'manifest',
        path,
        line: 2,
        apiVersion: 'serving.kserve.io/v1beta1',
        objectKind: 'InferenceService',
        name: 'churn',
      },
      {
        kind: 'image',
        path,
        line: 9,
        image: 'acme/churn-predictor',
        reference: 'acme/churn-predictor:0.3',
        source: 'kubernetes',
      },
      {
        kind: 'signal',
        path,
        line: 10,
        signal: 'k8s-liveness-probe',
        detail: '/v1/models/churn',
        image: 'acme/churn-predictor',
      },
    ]);
  });

  it('reads the replica pod templates of a Kubeflow PyTorchJob', () => {
    const path = 'training/pytorchjob.yaml';
    const result = extract(path, [
      'apiVersion: kubeflow.org/v1',
      'kind: PyTorchJob',
      'metadata:',
      '  name: churn-ddp',
      'spec:',
      '  pytorchReplicaSpecs:',
      '    Master:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: pytorch',
      '              image: acme/churn-train:2.0',
    ]);
    expect(result.facts).toEqual([
      {
        kind: 'manifest',
        path,
        line: 2,
        apiVersion: 'kubeflow.org/v1',
        objectKind: 'PyTorchJob',
        name: 'churn-ddp',
      },
      {
        kind: 'image',
        path,
        line: 12,
        image: 'acme/churn-train',
        reference: 'acme/churn-train:2.0',
        source: 'kubernetes',
      },
    ]);
  });

  it('recognises a KFP v1 Argo Workflow and reads its templates, Argo placeholders included', () => {
    const path = 'pipelines/churn_pipeline.yaml';
    const result = extract(path, [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Workflow',
      'metadata:',
      '  generateName: churn-pipeline-',
      '  annotations:',
      '    pipelines.kubeflow.org/kfp_sdk_version: 1.8.22',
      'spec:',
      '  templates:',
      '    - name: train',
      '      container:',
      '        image: acme/churn-train:2.0',
      '        args: [--data, "{{inputs.parameters.data}}"]',
      '    - name: report',
      '      script:',
      '        image: python:3.11',
      '        command: [python]',
      '        source: print("done")',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'manifest', path, line: 2, apiVersion: 'argoproj.io/v1alpha1', objectKind: 'Workflow' },
        {
          kind: 'image',
          path,
          line: 11,
          image: 'acme/churn-train',
          reference: 'acme/churn-train:2.0',
          source: 'kubernetes',
        },
        {
          kind: 'command',
          path,
          line: 12,
          command: '--data {{inputs.parameters.data}}',
          source: 'kubernetes',
        },
        { kind: 'image', path, line: 15, image: 'python', reference: 'python:3.11', source: 'kubernetes' },
        { kind: 'command', path, line: 16, command: 'python', source: 'kubernetes' },
        { kind: 'signal', path, line: 6, signal: 'kubeflow-pipeline-spec', detail: 'churn-pipeline-' },
      ],
      diagnostics: [],
    });
  });

  it('recognises a compiled KFP v2 pipeline spec', () => {
    const path = 'pipelines/pipeline.yaml';
    expect(extractFixture('kubeflow-v2/pipeline.yaml', path)).toEqual({
      facts: [{ kind: 'signal', path, line: 14, signal: 'kubeflow-pipeline-spec', detail: 'churn-training' }],
      diagnostics: [],
    });
  });

  it('scans a Helm template line by line without a diagnostic', () => {
    const path = 'charts/churn-api/templates/deployment.yaml';
    expect(extractFixture('helm-chart/templates/deployment.yaml', path)).toEqual({
      facts: [
        { kind: 'manifest', path, line: 2, apiVersion: 'apps/v1', objectKind: 'Deployment' },
        { kind: 'manifest', path, line: 25, apiVersion: 'v1', objectKind: 'Service', name: 'churn-api' },
        { kind: 'signal', path, line: 14, signal: 'k8s-liveness-probe' },
        { kind: 'signal', path, line: 19, signal: 'k8s-readiness-probe' },
      ],
      diagnostics: [],
    });
  });

  it('ignores a manifest kind named only in a comment', () => {
    const result = extract('deploy/notes.yaml', [
      '# apiVersion: machinelearning.seldon.io/v1',
      '# kind: SeldonDeployment',
      'owner: ml-platform',
    ]);
    expect(result).toEqual({ facts: [], diagnostics: [] });
  });

  it('ignores a YAML file that only describes a manifest kind in prose', () => {
    const result = extract('docs/architecture.yaml', [
      'description: uses SeldonDeployment with apiVersion machinelearning.seldon.io/v1',
      'kind: architecture-note',
    ]);
    expect(result).toEqual({ facts: [], diagnostics: [] });
  });

  it('reports only the ConfigMap when its data embeds a manifest as a string', () => {
    const path = 'k8s/configmap.yaml';
    const result = extract(path, [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: pod-template',
      'data:',
      '  pod.yaml: |',
      '    apiVersion: v1',
      '    kind: Pod',
      '    spec:',
      '      containers:',
      '        - image: busybox',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'manifest', path, line: 2, apiVersion: 'v1', objectKind: 'ConfigMap', name: 'pod-template' },
      ],
      diagnostics: [],
    });
  });

  it('does not parse a YAML file without apiVersion, even a malformed one', () => {
    expect(extract('config/train.yaml', ['epochs: [3', 'learning_rate: 0.01'])).toEqual({
      facts: [],
      diagnostics: [],
    });
  });

  it('reports malformed YAML with its line and keeps the well-formed documents', () => {
    const path = 'k8s/deployment.yaml';
    const result = extract(path, [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: churn-api',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: churn-api',
      '   labels: {app: churn-api}',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'manifest', path, line: 2, apiVersion: 'v1', objectKind: 'Service', name: 'churn-api' },
      ],
      diagnostics: [
        {
          path,
          line: 9,
          message:
            'not valid YAML (nested mappings are not allowed in compact mappings). Its Kubernetes objects are not counted.',
          blocks: ['manifest'],
        },
      ],
    });
  });
});

describe('kubernetesManifestExtractor.extract on aliases', () => {
  it('visits an aliased object once, even a List that contains itself', () => {
    const path = 'k8s/list.yaml';
    const result = extract(path, [
      '&all',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - &config {apiVersion: v1, kind: ConfigMap, metadata: {name: churn-config}}',
      '  - *config',
      '  - *all',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'manifest', path, line: 5, apiVersion: 'v1', objectKind: 'ConfigMap', name: 'churn-config' },
      ],
      diagnostics: [],
    });
  });
});
