// Google Cloud Build: build steps, each a container image run with arguments.
// https://cloud.google.com/build/docs/build-config-file-schema

import type { YAMLMap } from 'yaml';
import {
  asMap,
  asSeq,
  getValue,
  keyLineOf,
  resolveNode,
  textOf,
  type YamlTree,
} from '../formats/yaml-nodes.js';
import type { CiFacts } from './ci-facts.js';

const SHELLS = new Set(['bash', 'sh', '/bin/bash', '/bin/sh']);

/**
 * True when the document is a Cloud Build config: a `steps` list whose every item names an image
 * (`name:`) and runs it (`args`, `entrypoint` or `script`). Used for files only their folder suggests.
 */
export function looksLikeCloudBuild(tree: YamlTree, root: YAMLMap): boolean {
  const steps = asSeq(tree, getValue(tree, root, 'steps'))?.items ?? [];
  return (
    steps.length > 0 &&
    steps.every((item) => {
      const step = asMap(tree, item);
      if (step === undefined || textOf(getValue(tree, step, 'name')) === undefined) return false;
      return ['args', 'entrypoint', 'script'].some((key) => getValue(tree, step, key) !== undefined);
    })
  );
}

export function readCloudBuild(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  const steps = asSeq(tree, getValue(tree, root, 'steps'))?.items ?? [];
  if (steps.length === 0) return;
  ci.addPipeline(keyLineOf(tree, root, 'steps') ?? 1);
  for (const item of steps) {
    const step = asMap(tree, item);
    if (step === undefined) continue;
    ci.addImageValue(getValue(tree, step, 'name'), 'name');
    ci.addScript(getValue(tree, step, 'script'));
    const entrypoint = textOf(getValue(tree, step, 'entrypoint'));
    const args = asSeq(tree, getValue(tree, step, 'args'))?.items ?? [];
    // `entrypoint: bash` with `args: [-c, "script"]` runs the script.
    if (entrypoint !== undefined && SHELLS.has(entrypoint)) {
      const flag = args.findIndex((arg) => textOf(resolveNode(tree, arg)) === '-c');
      if (flag !== -1) ci.addScript(resolveNode(tree, args[flag + 1]));
      continue;
    }
    const image = textOf(getValue(tree, step, 'name')) ?? '';
    // A cloud builder image (`gcr.io/cloud-builders/gcloud`) runs the tool it is named after.
    const program = entrypoint ?? image.slice(image.lastIndexOf('/') + 1).split(':')[0];
    const words = args.map((arg) => textOf(resolveNode(tree, arg)) ?? '');
    const line = keyLineOf(tree, step, 'args') ?? keyLineOf(tree, step, 'name');
    if (program && line !== undefined && words.every((word) => word !== '')) {
      ci.addCommand([program, ...words].join(' '), line);
    }
  }
}
