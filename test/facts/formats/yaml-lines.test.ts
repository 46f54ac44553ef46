import { describe, expect, it } from 'vitest';
import {
  firstYamlError,
  isRecord,
  lineOf,
  parseYaml,
  parseYamlDocuments,
  yamlErrorDiagnostic,
} from '../../../src/facts/formats/yaml-lines.js';

describe('parseYaml', () => {
  it('returns the plain value of every document and the line of every key and item', () => {
    const parsed = parseYaml(
      [
        'apiVersion: v1',
        'kind: Service',
        '---',
        'stages:',
        '  train:',
        '    cmd:',
        '      - python prepare.py',
        '      - python train.py',
      ].join('\n'),
    );
    expect(parsed.error).toBeUndefined();
    expect(parsed.documents).toEqual([
      { apiVersion: 'v1', kind: 'Service' },
      { stages: { train: { cmd: ['python prepare.py', 'python train.py'] } } },
    ]);
    const [service, pipeline] = parsed.documents as Record<string, unknown>[];
    expect(lineOf(service!, 'kind')).toBe(2);
    const stages = pipeline!.stages as Record<string, Record<string, unknown[]>>;
    expect(lineOf(stages, 'train')).toBe(5);
    expect(lineOf(stages.train!, 'cmd')).toBe(6);
    expect(lineOf(stages.train!.cmd!, 1)).toBe(8);
    expect(lineOf(stages.train!.cmd!)).toBe(7);
  });

  it('falls back to the container line for a missing key and to 1 for foreign objects', () => {
    const [document] = parseYaml('\n\nservices:\n  api:\n    image: python:3.11\n').documents as Record<
      string,
      unknown
    >[];
    const services = document!.services as Record<string, unknown>;
    expect(lineOf(services, 'worker')).toBe(4);
    expect(lineOf({ services: {} }, 'services')).toBe(1);
  });

  it('shares anchored values and applies merge keys with explicit keys winning', () => {
    const text = [
      'x-defaults: &defaults',
      '  image: ghcr.io/acme/churn-api:1.4',
      '  restart: always',
      'services:',
      '  api:',
      '    <<: *defaults',
      '    restart: "no"',
      '  worker:',
      '    <<: [*defaults]',
    ].join('\n');
    const [document] = parseYaml(text).documents as Record<string, Record<string, Record<string, unknown>>>[];
    const { api, worker } = document!.services!;
    expect(api).toEqual({ image: 'ghcr.io/acme/churn-api:1.4', restart: 'no' });
    expect(worker).toEqual({ image: 'ghcr.io/acme/churn-api:1.4', restart: 'always' });
    expect(lineOf(api!, 'image')).toBe(2);
    expect(lineOf(api!, 'restart')).toBe(7);
    expect(lineOf(worker!, 'restart')).toBe(3);
  });

  it('keeps a quoted "<<" key as an ordinary key', () => {
    const [document] = parseYaml('"<<": literal\n').documents;
    expect(document).toEqual({ '<<': 'literal' });
  });

  it('does not let a __proto__ key change the prototype', () => {
    const [document] = parseYaml('__proto__:\n  polluted: true\n').documents as Record<string, unknown>[];
    expect(Object.getPrototypeOf(document)).toBeNull();
    expect(document!.polluted).toBeUndefined();
    expect(isRecord(Object.getOwnPropertyDescriptor(document, '__proto__')?.value)).toBe(true);
  });

  it('accepts duplicate keys, the last one winning', () => {
    expect(parseYaml('name: first\nname: second\n').documents).toEqual([{ name: 'second' }]);
  });

  it('reports the first error with its line and keeps the well-formed documents', () => {
    const parsed = parseYaml('kind: Service\n---\nkind: Deployment\nspec: [1\n---\nkind: Job\n');
    expect(parsed.documents).toEqual([{ kind: 'Service' }, { kind: 'Job' }]);
    expect(parsed.error).toEqual({
      line: 5,
      reason: 'flow sequence in block collection must be sufficiently indented and end with a ]',
    });
  });

  it('returns nothing for an empty or comment-only text', () => {
    expect(parseYaml('')).toEqual({ documents: [] });
    expect(parseYaml('# kind: SeldonDeployment\n')).toEqual({ documents: [] });
  });
});

describe('firstYamlError', () => {
  const unclosedQuote = 'name: churn\ndependencies:\n  - "numpy\n\n';

  it('is undefined for well-formed documents and for a text without documents', () => {
    expect(firstYamlError(parseYamlDocuments('kind: Service\n---\nkind: Job\n'))).toBeUndefined();
    const empty = parseYamlDocuments('');
    expect(empty.documents).toHaveLength(0);
    expect(firstYamlError(empty)).toBeUndefined();
  });

  it('gives the first error of any document as a lowercased reason without position', () => {
    const parsed = parseYamlDocuments('kind: Service\n---\nspec: a: b\n---\n\t- tab\n');
    expect(parsed.documents).toHaveLength(3);
    expect(firstYamlError(parsed)).toEqual({
      line: 3,
      reason: 'nested mappings are not allowed in compact mappings',
    });
  });

  it('points an error found at the end of the text at the last line with content', () => {
    expect(firstYamlError(parseYamlDocuments(unclosedQuote))).toEqual({
      line: 3,
      reason: 'missing closing "quote',
    });
  });

  it("keeps the parser's capital letter when asked", () => {
    const parsed = parseYamlDocuments(unclosedQuote);
    expect(firstYamlError(parsed, { keepCase: true })).toEqual({ line: 3, reason: 'Missing closing "quote' });
  });
});

describe('yamlErrorDiagnostic', () => {
  it('builds the one diagnostic with the caller consequence', () => {
    const { error } = parseYaml('metadata:\n  name: "churn-api\n');
    expect(
      yamlErrorDiagnostic('k8s/deployment.yaml', error!, 'Its Kubernetes objects are not counted.', [
        'manifest',
      ]),
    ).toEqual({
      path: 'k8s/deployment.yaml',
      line: 2,
      message: 'not valid YAML (missing closing "quote). Its Kubernetes objects are not counted.',
      blocks: ['manifest'],
    });
  });
});
