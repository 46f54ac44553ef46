// GitHub Actions workflows: jobs, the actions their steps use, run scripts and container images.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax

import type { YAMLMap } from 'yaml';
import {
  asMap,
  asSeq,
  entriesOf,
  getValue,
  keyLineOf,
  lineOfNode,
  resolveNode,
  textOf,
} from '../formats/yaml-nodes.js';
import type { CiFacts } from './ci-facts.js';

const DOCKER_SCHEME = 'docker://';
// `run:` bodies in these shells are programs, not shell commands.
const NON_SHELL_SHELLS = new Set(['python']);

// Workflows run only on these events manage issues and boards; they check no change.
const HOUSEKEEPING_EVENTS = new Set([
  'issues',
  'issue_comment',
  'project',
  'project_card',
  'project_column',
  'discussion',
  'discussion_comment',
  'label',
  'milestone',
  'watch',
  'fork',
  'gollum',
]);

/** The events a workflow's `on:` names (a string, a list, or a mapping of events). */
function triggersOf(ci: CiFacts, root: YAMLMap): string[] {
  const { tree } = ci;
  const on = getValue(tree, root, 'on');
  const single = textOf(on);
  if (single !== undefined) return [single];
  const list = asSeq(tree, on);
  if (list) return list.items.map((item) => textOf(resolveNode(tree, item)) ?? '');
  const map = asMap(tree, on);
  return map ? entriesOf(tree, map).map((entry) => entry.key) : [];
}

/** Reads one workflow document; one without jobs or triggers, or run only on issue events, adds nothing. */
export function readGithubWorkflow(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  const jobs = asMap(tree, getValue(tree, root, 'jobs'));
  if (jobs === undefined || jobs.items.length === 0) return;
  const triggers = triggersOf(ci, root).filter(Boolean);
  // With every trigger commented out (`on:` empty or gone) GitHub never runs the workflow.
  if (triggers.length === 0 || triggers.every((trigger) => HOUSEKEEPING_EVENTS.has(trigger))) {
    ci.isHousekeeping = true;
    return;
  }
  ci.addPipeline(keyLineOf(tree, root, 'jobs') ?? 1);
  for (const { value } of entriesOf(tree, jobs)) {
    const job = asMap(tree, value);
    if (job !== undefined) readJob(ci, job);
  }
}

function readJob(ci: CiFacts, job: YAMLMap): void {
  const { tree } = ci;
  // A job-level `uses:` calls a reusable workflow (`owner/repo/.github/workflows/train.yml@v1`).
  readUses(ci, job);
  ci.addImageValue(getValue(tree, job, 'container'), 'image');
  const services = asMap(tree, getValue(tree, job, 'services'));
  for (const { value } of services === undefined ? [] : entriesOf(tree, services)) {
    ci.addImageValue(value, 'image');
  }
  for (const item of asSeq(tree, getValue(tree, job, 'steps'))?.items ?? []) {
    const step = asMap(tree, item);
    if (step === undefined) continue;
    readUses(ci, step);
    const shell = textOf(getValue(tree, step, 'shell'));
    if (shell === undefined || !NON_SHELL_SHELLS.has(shell)) ci.addScript(getValue(tree, step, 'run'));
  }
}

function readUses(ci: CiFacts, owner: YAMLMap): void {
  const node = getValue(ci.tree, owner, 'uses');
  const uses = textOf(node);
  if (node === undefined || uses === undefined) return;
  const line = lineOfNode(ci.tree, node);
  if (uses.startsWith(DOCKER_SCHEME)) ci.addImage(uses.slice(DOCKER_SCHEME.length), line);
  // Local actions and workflows (`./.github/actions/setup`) are files of this repository, not a tool.
  else if (!uses.startsWith('./') && !uses.includes('${{')) ci.addUses(uses, line);
}
