// CircleCI: `run` steps of jobs and reusable commands, and the Docker images jobs and executors run in.
// https://circleci.com/docs/reference/configuration-reference/

import type { Node, YAMLMap } from 'yaml';
import { asMap, asSeq, entriesOf, forEachMap, getValue, keyLineOf } from '../formats/yaml-nodes.js';
import type { CiFacts } from './ci-facts.js';

export function readCircleci(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  ci.addPipeline(keyLineOf(tree, root, 'jobs') ?? keyLineOf(tree, root, 'workflows') ?? 1);
  forEachMap(tree, root, (map) => {
    for (const { key, value } of entriesOf(tree, map)) {
      if (key === 'steps') readSteps(ci, value);
      else if (key === 'docker') {
        for (const item of asSeq(tree, value)?.items ?? []) ci.addImageValue(item, 'image');
      }
    }
  });
}

function readSteps(ci: CiFacts, steps: Node | undefined): void {
  const { tree } = ci;
  for (const item of asSeq(tree, steps)?.items ?? []) {
    const step = asMap(tree, item);
    if (step === undefined) continue;
    // `run: pytest` or `run: {name: Test, command: pytest}`.
    const run = getValue(tree, step, 'run');
    const runMap = asMap(tree, run);
    ci.addScript(runMap === undefined ? run : getValue(tree, runMap, 'command'));
  }
}
