// Hosted CI services configured by one YAML file each: Travis CI, Drone, Buildkite and AWS CodeBuild.
// Each reader adds the pipeline and the shell commands of its steps.

import type { Node, YAMLMap } from 'yaml';
import { asMap, asSeq, entriesOf, getValue, keyLineOf, textOf } from '../formats/yaml-nodes.js';
import type { CiFacts } from './ci-facts.js';

// https://docs.travis-ci.com/user/job-lifecycle/
const TRAVIS_PHASES = ['before_install', 'install', 'before_script', 'script', 'after_success', 'deploy'];

export function readTravis(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  const jobs = asMap(tree, getValue(tree, root, 'jobs')) ?? asMap(tree, getValue(tree, root, 'matrix'));
  const included = asSeq(tree, jobs && getValue(tree, jobs, 'include'))?.items ?? [];
  const lifecycles = [root, ...included.flatMap((item) => asMap(tree, item) ?? [])];
  const hasWork = lifecycles.some((map) => TRAVIS_PHASES.some((phase) => getValue(tree, map, phase)));
  if (!hasWork && getValue(tree, root, 'language') === undefined) return;
  ci.addPipeline(keyLineOf(tree, root, 'language') ?? keyLineOf(tree, root, 'script') ?? 1);
  for (const map of lifecycles) for (const phase of TRAVIS_PHASES) ci.addScript(getValue(tree, map, phase));
}

// https://docs.drone.io/pipeline/docker/syntax/steps/
export function readDrone(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  if (textOf(getValue(tree, root, 'kind')) !== 'pipeline') return;
  ci.addPipeline(keyLineOf(tree, root, 'kind') ?? 1);
  for (const item of asSeq(tree, getValue(tree, root, 'steps'))?.items ?? []) {
    const step = asMap(tree, item);
    if (step === undefined) continue;
    ci.addImageValue(getValue(tree, step, 'image'), 'image');
    ci.addScript(getValue(tree, step, 'commands'));
  }
}

// https://buildkite.com/docs/pipelines/configure/defining-steps
export function readBuildkite(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  const steps = asSeq(tree, getValue(tree, root, 'steps'))?.items ?? [];
  if (steps.length === 0) return;
  ci.addPipeline(keyLineOf(tree, root, 'steps') ?? 1);
  const readStep = (node: unknown) => {
    const step = asMap(tree, node);
    if (step === undefined) return;
    ci.addScript(getValue(tree, step, 'command'));
    ci.addScript(getValue(tree, step, 'commands'));
    // A `group` step holds steps of its own.
    for (const nested of asSeq(tree, getValue(tree, step, 'steps'))?.items ?? []) readStep(nested);
  };
  for (const item of steps) readStep(item);
}

// https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html
export function readCodeBuild(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  const phases = asMap(tree, getValue(tree, root, 'phases'));
  if (phases === undefined || getValue(tree, root, 'version') === undefined) return;
  ci.addPipeline(keyLineOf(tree, root, 'phases') ?? 1);
  for (const { value } of entriesOf(tree, phases)) {
    const phase = asMap(tree, value);
    if (phase !== undefined) ci.addScript(getValue(tree, phase, 'commands') as Node | undefined);
  }
}
