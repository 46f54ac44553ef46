import { describe, expect, it } from 'vitest';
import { mlConfigExtractor } from '../../../src/facts/manifests/ml-configs.js';

function extract(path: string, lines: string[]) {
  return mlConfigExtractor.extract({ path, text: `${lines.join('\n')}\n` });
}

function claims(path: string): boolean {
  return mlConfigExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1));
}

describe('mlConfigExtractor.claims', () => {
  it('claims the named config files of ML and serving tools', () => {
    for (const path of [
      'MLproject',
      'training/MLproject',
      'great_expectations/great_expectations.yml',
      'gx/great_expectations.yml',
      'bentofile.yaml',
      'serve/config.properties',
      'model_repository/churn/config.pbtxt',
      'monitoring/prometheus.yml',
      'prometheus.yaml',
      'monitoring/prometheus/scrape.yml',
      'charts/churn-api/Chart.yaml',
      'k8s/overlays/prod/kustomization.yaml',
      'k8s/base/Kustomization',
    ]) {
      expect(claims(path), path).toBe(true);
    }
  });

  it('leaves other files alone', () => {
    for (const path of [
      'mlproject.md',
      'config.yaml',
      'charts/churn-api/values.yaml',
      'k8s/deployment.yaml',
    ]) {
      expect(claims(path), path).toBe(false);
    }
  });
});

describe('mlConfigExtractor.extract', () => {
  it('reports an MLproject and the command of each entry point', () => {
    const path = 'MLproject';
    const result = extract(path, [
      '# MLflow project for the churn model',
      'name: churn-model',
      'python_env: python_env.yaml',
      'entry_points:',
      '  main:',
      '    parameters:',
      '      alpha: {type: float, default: 0.5}',
      '    command: "python train.py --alpha {alpha}"',
      '  validate:',
      '    command: python validate.py',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'signal', path, line: 2, signal: 'mlproject', detail: 'churn-model' },
        { kind: 'command', path, line: 8, command: 'python train.py --alpha {alpha}', source: 'mlproject' },
        { kind: 'command', path, line: 10, command: 'python validate.py', source: 'mlproject' },
      ],
      diagnostics: [],
    });
  });

  it('reports a malformed MLproject with its line', () => {
    const path = 'MLproject';
    expect(
      extract(path, ['name: churn-model', 'entry_points:', '  main:', '    command: "python train.py']),
    ).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 4,
          message: 'not valid YAML (missing closing "quote). Its MLflow project is not counted.',
          blocks: ['mlproject', 'command'],
        },
      ],
    });
  });

  it('reports a Great Expectations project from its config file', () => {
    const path = 'gx/great_expectations.yml';
    expect(extract(path, ['config_version: 3.0', 'datasources: {}'])).toEqual({
      facts: [{ kind: 'signal', path, line: 1, signal: 'great-expectations-project' }],
      diagnostics: [],
    });
  });

  it('reports a BentoML build file with its service', () => {
    const path = 'bentofile.yaml';
    expect(
      extract(path, ['# bentoml build', 'service: "service:ChurnClassifier"', 'include: ["*.py"]']),
    ).toEqual({
      facts: [
        { kind: 'signal', path, line: 2, signal: 'bentoml-build-file', detail: 'service:ChurnClassifier' },
      ],
      diagnostics: [],
    });
  });

  it('reports a TorchServe config.properties on its first serving key', () => {
    const path = 'serve/config.properties';
    const result = extract(path, [
      '# inference_address=http://0.0.0.0:9000',
      'inference_address=http://0.0.0.0:8080',
      'model_store=/home/model-server/model-store',
    ]);
    expect(result).toEqual({
      facts: [{ kind: 'signal', path, line: 2, signal: 'torchserve-config' }],
      diagnostics: [],
    });
  });

  it('ignores a config.properties of another tool, TorchServe keys in comments included', () => {
    const result = extract('app/config.properties', [
      '# model_store=/models',
      'spring.application.name=churn',
    ]);
    expect(result).toEqual({ facts: [], diagnostics: [] });
  });

  it('reports a Triton model config with its top-level platform', () => {
    const path = 'model_repository/churn/config.pbtxt';
    const result = extract(path, [
      'name: "churn"',
      '# backend: "python"',
      'input [',
      '  {',
      '    name: "features"',
      '    data_type: TYPE_FP32',
      '    dims: [ 12 ]',
      '  }',
      ']',
      'platform: "onnxruntime_onnx"',
      'max_batch_size: 64',
    ]);
    expect(result).toEqual({
      facts: [{ kind: 'signal', path, line: 10, signal: 'triton-model-config', detail: 'onnxruntime_onnx' }],
      diagnostics: [],
    });
  });

  it('reports a Triton model config without a platform on line 1', () => {
    const path = 'model_repository/churn/config.pbtxt';
    const result = extract(path, ['ensemble_scheduling {', '  step [ { backend: "python" } ]', '}']);
    expect(result).toEqual({
      facts: [{ kind: 'signal', path, line: 1, signal: 'triton-model-config' }],
      diagnostics: [],
    });
  });

  it('reports each Prometheus scrape job', () => {
    const path = 'monitoring/prometheus.yml';
    const result = extract(path, [
      'global:',
      '  scrape_interval: 15s',
      'scrape_configs:',
      '  - job_name: churn-api',
      '    static_configs:',
      '      - targets: ["churn-api:8000"]',
      '  - job_name: node',
      '    static_configs: [{targets: ["node-exporter:9100"]}]',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'signal', path, line: 4, signal: 'prometheus-scrape-config', detail: 'churn-api' },
        { kind: 'signal', path, line: 7, signal: 'prometheus-scrape-config', detail: 'node' },
      ],
      diagnostics: [],
    });
  });

  it('ignores a Prometheus rule file and a scrape job that is commented out', () => {
    expect(
      extract('monitoring/prometheus/alerts.yml', ['groups:', '  - name: churn-api', '    rules: []']),
    ).toEqual({
      facts: [],
      diagnostics: [],
    });
    expect(extract('prometheus.yml', ['scrape_configs: []', '#  - job_name: churn-api'])).toEqual({
      facts: [],
      diagnostics: [],
    });
  });

  it('reports a malformed Prometheus config', () => {
    const path = 'monitoring/prometheus.yml';
    expect(
      extract(path, [
        'scrape_configs:',
        '  - job_name: churn-api',
        '    static_configs: [{targets: ["api:8000"]',
      ]),
    ).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 3,
          message:
            'not valid YAML (flow map in block collection must be sufficiently indented and end with a }). Its scrape configs are not counted.',
          blocks: ['prometheus-scrape-config'],
        },
      ],
    });
  });

  it('reports a Helm chart with its name', () => {
    const path = 'charts/churn-api/Chart.yaml';
    expect(extract(path, ['apiVersion: v2', 'name: churn-api', 'version: 0.3.1'])).toEqual({
      facts: [{ kind: 'signal', path, line: 2, signal: 'helm-chart', detail: 'churn-api' }],
      diagnostics: [],
    });
  });

  it('ignores a Chart.yaml without apiVersion', () => {
    expect(extract('docs/Chart.yaml', ['name: churn-api', 'type: bar'])).toEqual({
      facts: [],
      diagnostics: [],
    });
  });

  it('reports a kustomization', () => {
    const path = 'k8s/overlays/prod/kustomization.yaml';
    expect(extract(path, ['resources:', '  - ../../base'])).toEqual({
      facts: [{ kind: 'signal', path, line: 1, signal: 'kustomization' }],
      diagnostics: [],
    });
  });
});
