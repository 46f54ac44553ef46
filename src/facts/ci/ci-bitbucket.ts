// Bitbucket Pipelines: step scripts and images, in every pipeline (default, branches, pull requests,
// custom...) and in parallel groups and stages. https://support.atlassian.com/bitbucket-cloud/docs/step-options/

import type { YAMLMap } from 'yaml';
import { asMap, forEachMap, getValue, keyLineOf } from '../formats/yaml-nodes.js';
import type { CiFacts } from './ci-facts.js';

export function readBitbucketPipelines(ci: CiFacts, root: YAMLMap): void {
  const { tree } = ci;
  ci.addPipeline(keyLineOf(tree, root, 'pipelines') ?? 1);
  ci.addImageValue(getValue(tree, root, 'image'), 'name');
  forEachMap(tree, root, (map) => {
    const step = asMap(tree, getValue(tree, map, 'step'));
    if (step === undefined) return;
    ci.addImageValue(getValue(tree, step, 'image'), 'name');
    // Script items that are maps (`- pipe: atlassian/aws-s3-deploy:1.1.0`) are skipped by addScript.
    ci.addScript(getValue(tree, step, 'script'));
    ci.addScript(getValue(tree, step, 'after-script'));
  });
}
