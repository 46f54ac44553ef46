// Azure Pipelines: the script steps of a pipeline, wherever its stages, jobs, deployment hooks or
// templates put their `steps:` lists. https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/steps

import type { YAMLMap } from 'yaml';
import { asMap, asSeq, forEachMap, getValue, keyLineOf } from '../formats/yaml-nodes.js';
import type { CiFacts } from './ci-facts.js';

// Step shortcuts that run a script; `task:` steps run an extension and are not commands.
const SCRIPT_STEP_KEYS = ['script', 'bash', 'pwsh', 'powershell'] as const;

export function readAzurePipeline(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  ci.addPipeline(
    keyLineOf(tree, root, 'stages') ?? keyLineOf(tree, root, 'jobs') ?? keyLineOf(tree, root, 'steps') ?? 1,
  );
  forEachMap(tree, root, (map) => {
    for (const item of asSeq(tree, getValue(tree, map, 'steps'))?.items ?? []) {
      const step = asMap(tree, item);
      if (step === undefined) continue;
      for (const key of SCRIPT_STEP_KEYS) ci.addScript(getValue(tree, step, key));
    }
  });
}
