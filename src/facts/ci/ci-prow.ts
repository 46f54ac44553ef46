// Prow jobs: presubmits, postsubmits and periodics, each a Kubernetes pod spec whose containers run the
// checks (https://docs.prow.k8s.io/docs/jobs/). Kubeflow's `prow_config.yaml` lists `workflows` instead.

import type { YAMLMap } from 'yaml';
import { asMap, asSeq, entriesOf, getValue, keyLineOf } from '../formats/yaml-nodes.js';
import type { CiFacts } from './ci-facts.js';

const JOB_LISTS = ['presubmits', 'postsubmits', 'periodics'];

export function readProw(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  for (const key of JOB_LISTS) {
    const value = getValue(tree, root, key);
    // In-repository config lists jobs directly; the central config maps `org/repo` to a list.
    const byRepository = asMap(tree, value);
    const lists = byRepository ? entriesOf(tree, byRepository).map((entry) => entry.value) : [value];
    const jobs = lists.flatMap((list) => asSeq(tree, list)?.items ?? []);
    if (jobs.length === 0) continue;
    ci.addPipeline(keyLineOf(tree, root, key) ?? 1);
    for (const job of jobs) addJobImages(ci, job);
  }
  const workflows = asSeq(tree, getValue(tree, root, 'workflows'))?.items ?? [];
  const hasJobTypes = workflows.some((item) => {
    const workflow = asMap(tree, item);
    return workflow !== undefined && getValue(tree, workflow, 'job_types') !== undefined;
  });
  if (hasJobTypes) ci.addPipeline(keyLineOf(tree, root, 'workflows') ?? 1);
}

function addJobImages(ci: CiFacts, node: unknown): void {
  const { tree } = ci;
  const job = asMap(tree, node);
  const spec = job && asMap(tree, getValue(tree, job, 'spec'));
  const containers = (spec && asSeq(tree, getValue(tree, spec, 'containers'))?.items) ?? [];
  for (const item of containers) ci.addImageValue(item, 'image');
}
