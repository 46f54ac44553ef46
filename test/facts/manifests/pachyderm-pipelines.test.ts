import { describe, expect, it } from 'vitest';
import { pachydermPipelineExtractor } from '../../../src/facts/manifests/pachyderm-pipelines.js';

function extract(path: string, ...lines: string[]) {
  return pachydermPipelineExtractor.extract({ path, text: lines.join('\n') });
}

describe('pachydermPipelineExtractor', () => {
  it('claims YAML anywhere, and JSON only where the path names a pipeline', () => {
    expect(pachydermPipelineExtractor.claims('specs/edges.yaml', 'edges.yaml')).toBe(true);
    expect(pachydermPipelineExtractor.claims('Pachyderm_Example/pre_process.json', 'pre_process.json')).toBe(
      true,
    );
    expect(pachydermPipelineExtractor.claims('pipelines/train.json', 'train.json')).toBe(true);
    expect(pachydermPipelineExtractor.claims('data/labels.json', 'labels.json')).toBe(false);
  });

  it('reads a JSON spec, with the line of its pipeline key', () => {
    const path = 'Pachyderm_Example/pre_process.json';
    const result = extract(
      path,
      '{',
      '  "pipeline": { "name": "pre_process" },',
      '  "transform": { "image": "pachyderm/gh-sum:v7", "cmd": ["python", "pre.py"] },',
      '  "input": { "pfs": { "repo": "split", "glob": "/" } }',
      '}',
    );
    expect(result).toEqual({
      facts: [{ kind: 'signal', path, line: 2, signal: 'pachyderm-pipeline', detail: 'pre_process' }],
      diagnostics: [],
    });
  });

  it('reads YAML specs whose pfs inputs nest inside a join', () => {
    const path = 'specs/join.yaml';
    const result = extract(
      path,
      'pipeline:',
      '  name: joined',
      'transform:',
      '  cmd: [python3, /join.py]',
      '---',
      'pipeline:',
      '  name: second',
      'transform:',
      '  cmd: [python3, /second.py]',
      'input:',
      '  join:',
      '    - pfs: { repo: left, glob: "/(*)", join_on: "$1" }',
      '    - pfs: { repo: right, glob: "/(*)", join_on: "$1" }',
    );
    // The first document reads no versioned input, so it is not a Pachyderm pipeline.
    expect(result.facts).toEqual([
      { kind: 'signal', path, line: 6, signal: 'pachyderm-pipeline', detail: 'second' },
    ]);
  });

  it('skips look-alikes and files that do not parse, without a diagnostic', () => {
    expect(
      extract('pipelines/ci.json', '{"pipeline": {"name": "ci"}, "transform": {}, "pfs": true}').facts,
    ).toEqual([]);
    expect(
      extract('pipelines/broken.json', '{"pipeline": {"name": "x"}, "transform": {}, "input": {"pfs"').facts,
    ).toEqual([]);
    expect(extract('k8s/deploy.yaml', 'kind: Deployment', 'spec:', '  transform: pfs').facts).toEqual([]);
  });
});
