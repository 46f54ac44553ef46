// GitLab CI: job scripts and images, including `default:` and the deprecated top-level globals.
// https://docs.gitlab.com/ci/yaml/

import type { YAMLMap } from 'yaml';
import { asMap, asSeq, entriesOf, getValue, keyLineOf } from '../formats/yaml-nodes.js';
import type { CiFacts } from './ci-facts.js';

// Top-level keys that are not jobs. `image`, `services` and the scripts are read as globals.
const GLOBAL_KEYWORDS = new Set([
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'spec',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
]);
const SCRIPT_KEYS = ['before_script', 'script', 'after_script'] as const;

/**
 * Reads one GitLab CI document. Hidden jobs (`.template:`) are read too: they are the templates other
 * jobs extend or merge. Merged (`<<: *template`) keys are read once, where the anchor is written.
 */
export function readGitlabCi(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  // A CI/CD component starts with a `spec:` header document; the pipeline is in the next one.
  if (root.items.length === 1 && keyLineOf(tree, root, 'spec') !== undefined) return;
  ci.addPipeline(keyLineOf(tree, root, 'stages') ?? 1);
  readJob(ci, root);
  const defaults = asMap(tree, getValue(tree, root, 'default'));
  if (defaults !== undefined) readJob(ci, defaults);
  for (const { key, value } of entriesOf(tree, root)) {
    if (GLOBAL_KEYWORDS.has(key)) continue;
    const job = asMap(tree, value);
    if (job !== undefined) readJob(ci, job);
  }
}

function readJob(ci: CiFacts, job: YAMLMap): void {
  const { tree } = ci;
  ci.addImageValue(getValue(tree, job, 'image'), 'name');
  for (const service of asSeq(tree, getValue(tree, job, 'services'))?.items ?? []) {
    ci.addImageValue(service, 'name');
  }
  for (const key of SCRIPT_KEYS) ci.addScript(getValue(tree, job, key));
}
