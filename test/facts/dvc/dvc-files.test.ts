import { describe, expect, it } from 'vitest';
import { dvcExtractor } from '../../../src/facts/dvc/dvc-files.js';

function extract(path: string, lines: string[]) {
  return dvcExtractor.extract({ path, text: `${lines.join('\n')}\n` });
}

function claims(path: string): boolean {
  return dvcExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1));
}

describe('dvcExtractor.claims', () => {
  it('claims dvc.yaml, .dvc files and the DVC config', () => {
    expect(claims('dvc.yaml')).toBe(true);
    expect(claims('pipelines/churn/dvc.yaml')).toBe(true);
    expect(claims('data/raw/customers.csv.dvc')).toBe(true);
    expect(claims('.dvc/config')).toBe(true);
    expect(claims('ml/.dvc/config')).toBe(true);
  });

  it('leaves the local config, the lock file and other YAML alone', () => {
    expect(claims('.dvc/config.local')).toBe(false);
    expect(claims('dvc.lock')).toBe(false);
    expect(claims('params.yaml')).toBe(false);
    expect(claims('.dvcignore')).toBe(false);
  });
});

// DVC templating (`${item}`) looks like a JS template placeholder but is meant literally here.
const EVALUATE_COMMAND = ['python src/evaluate.py ', '$', '{item}'].join('');

describe('dvcExtractor.extract on dvc.yaml', () => {
  it('reports stages, their commands and artifacts', () => {
    const path = 'dvc.yaml';
    const result = extract(path, [
      'stages:',
      '  prepare:',
      '    cmd: python src/prepare.py data/raw',
      '    deps: [data/raw]',
      '  train:',
      '    cmd:',
      '      - python src/featurize.py',
      '      - python src/train.py --epochs 10',
      '    outs: [models/churn.pkl]',
      '  evaluate:',
      '    foreach: [validation, test]',
      '    do:',
      `      cmd: ${EVALUATE_COMMAND}`,
      'metrics:',
      '  - metrics.json',
      'artifacts:',
      '  churn-model:',
      '    path: models/churn.pkl',
      '    type: model',
      '  churn-report:',
      '    path: reports/churn.html',
    ]);
    expect(result).toEqual({
      facts: [
        { kind: 'signal', path, line: 2, signal: 'dvc-stage', detail: 'prepare' },
        { kind: 'command', path, line: 3, command: 'python src/prepare.py data/raw', source: 'dvc' },
        { kind: 'signal', path, line: 5, signal: 'dvc-stage', detail: 'train' },
        { kind: 'command', path, line: 7, command: 'python src/featurize.py', source: 'dvc' },
        { kind: 'command', path, line: 8, command: 'python src/train.py --epochs 10', source: 'dvc' },
        { kind: 'signal', path, line: 10, signal: 'dvc-stage', detail: 'evaluate' },
        { kind: 'command', path, line: 13, command: EVALUATE_COMMAND, source: 'dvc' },
        { kind: 'signal', path, line: 17, signal: 'dvc-artifact', detail: 'churn-model (model)' },
        { kind: 'signal', path, line: 20, signal: 'dvc-artifact', detail: 'churn-report' },
      ],
      diagnostics: [],
    });
  });

  it('ignores a stage that is commented out', () => {
    const result = extract('dvc.yaml', ['stages:', '  # train:', '  #   cmd: python src/train.py']);
    expect(result).toEqual({ facts: [], diagnostics: [] });
  });

  it('reports an invalid dvc.yaml with its line', () => {
    const path = 'dvc.yaml';
    const result = extract(path, [
      'stages:',
      '  train:',
      '    cmd: python src/train.py',
      '   outs: [models/churn.pkl]',
    ]);
    expect(result).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 4,
          message:
            'not valid YAML (all mapping items must start at the same column). Its DVC stages are not counted.',
          blocks: ['dvc-stage', 'dvc-artifact', 'command'],
        },
      ],
    });
  });
});

describe('dvcExtractor.extract on .dvc files', () => {
  it('reports the first tracked output', () => {
    const path = 'data/raw/customers.csv.dvc';
    const result = extract(path, [
      'outs:',
      '- md5: 4d7a2c3c0b0e5f1e8e1a2b3c4d5e6f70',
      '  size: 1048576',
      '  hash: md5',
      '  path: customers.csv',
      '- md5: 9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      '  path: customers-schema.json',
    ]);
    expect(result).toEqual({
      facts: [{ kind: 'signal', path, line: 5, signal: 'dvc-tracked-file', detail: 'customers.csv' }],
      diagnostics: [],
    });
  });

  it('reports the command of a DVC 0.x stage file', () => {
    const path = 'train.dvc';
    const result = extract(path, [
      'cmd: python train.py',
      'deps:',
      '- path: data/features.csv',
      'outs:',
      '- path: model.pkl',
    ]);
    expect(result.facts).toEqual([
      { kind: 'signal', path, line: 5, signal: 'dvc-tracked-file', detail: 'model.pkl' },
      { kind: 'signal', path, line: 1, signal: 'dvc-stage' },
      { kind: 'command', path, line: 1, command: 'python train.py', source: 'dvc' },
    ]);
  });

  it('reports an invalid .dvc file', () => {
    const path = 'data/raw/customers.csv.dvc';
    expect(extract(path, ['outs:', '- path: "customers.csv'])).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 2,
          message: 'not valid YAML (missing closing "quote). Its tracked data is not counted.',
          blocks: ['dvc-tracked-file'],
        },
      ],
    });
  });
});

describe('dvcExtractor.extract on .dvc/config', () => {
  it('reports each remote with its URL on the section line', () => {
    const path = '.dvc/config';
    const result = extract(path, [
      '[core]',
      '    remote = storage',
      '    autostage = true',
      `['remote "storage"']`,
      '    url = s3://acme-ml/churn/dvc-store',
      '    region = eu-west-1',
      '[remote "backup"]',
      '    url = gs://acme-ml-backup/churn',
    ]);
    expect(result).toEqual({
      facts: [
        {
          kind: 'signal',
          path,
          line: 4,
          signal: 'dvc-remote',
          detail: 'storage s3://acme-ml/churn/dvc-store',
        },
        { kind: 'signal', path, line: 7, signal: 'dvc-remote', detail: 'backup gs://acme-ml-backup/churn' },
      ],
      diagnostics: [],
    });
  });

  it('ignores a remote that is commented out', () => {
    const result = extract('.dvc/config', [
      '[core]',
      '    autostage = true',
      `# ['remote "storage"']`,
      '#     url = s3://acme-ml/churn/dvc-store',
      `; ['remote "backup"']`,
    ]);
    expect(result).toEqual({ facts: [], diagnostics: [] });
  });
});
