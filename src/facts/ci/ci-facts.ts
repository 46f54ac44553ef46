// Collects the facts of one CI configuration file, so each CI system's reader only says what it found where.

import { isMap, type Node } from 'yaml';
import { normalizeImageName } from '../containers/image-name.js';
import {
  getValue,
  lineOfNode,
  resolveNode,
  scriptLinesOf,
  textOf,
  type YamlTree,
} from '../formats/yaml-nodes.js';
import type { CiFact, Fact } from '../model.js';

export type CiSystem = CiFact['system'];

export class CiFacts {
  readonly facts: Fact[] = [];
  // Values reached twice through YAML aliases are counted once.
  private readonly seenValues = new Set<Node>();
  private isPipelineAdded = false;

  constructor(
    readonly path: string,
    readonly system: CiSystem,
    readonly tree: YamlTree,
  ) {}

  /**
   * Set for a workflow that never runs on a change (only issue and board events, or no trigger at all): not
   * a pipeline, and not a problem.
   */
  isHousekeeping = false;

  get hasPipeline(): boolean {
    return this.isPipelineAdded;
  }

  /** The pipeline itself; a file with several YAML documents is still one pipeline. */
  addPipeline(line: number): void {
    if (this.isPipelineAdded) return;
    this.isPipelineAdded = true;
    this.facts.push({ kind: 'ci', path: this.path, line, system: this.system });
  }

  /** A `uses:` reference; the `@ref` version is dropped. */
  addUses(reference: string, line: number): void {
    const at = reference.indexOf('@');
    const uses = at === -1 ? reference : reference.slice(0, at);
    this.facts.push({ kind: 'ci', path: this.path, line, system: this.system, uses });
  }

  /**
   * A container image. References built from variables (`$CI_REGISTRY_IMAGE`, `${{ matrix.image }}`)
   * name an image only known when the pipeline runs, so they are skipped.
   */
  addImage(reference: string, line: number): void {
    if (reference.includes('$')) return;
    const image = normalizeImageName(reference);
    if (image === '') return;
    this.facts.push({ kind: 'image', path: this.path, line, image, reference, source: 'ci' });
  }

  /** An image given as a string or as a map holding it under `imageKey` (`image:` on GitHub, `name:` on GitLab). */
  addImageValue(node: unknown, imageKey: 'image' | 'name'): void {
    const resolved = resolveNode(this.tree, node);
    const imageNode = isMap(resolved) ? getValue(this.tree, resolved, imageKey) : resolved;
    const reference = textOf(imageNode);
    if (imageNode === undefined || reference === undefined || this.isSeen(imageNode)) return;
    this.addImage(reference, lineOfNode(this.tree, imageNode));
  }

  /** Every command of a script value (see `scriptLinesOf`). */
  addScript(node: Node | undefined): void {
    for (const { command, line } of scriptLinesOf(this.tree, node, this.seenValues)) {
      this.addCommand(command, line);
    }
  }

  addCommand(command: string, line: number): void {
    this.facts.push({ kind: 'command', path: this.path, line, command, source: 'ci' });
  }

  private isSeen(node: Node): boolean {
    if (this.seenValues.has(node)) return true;
    this.seenValues.add(node);
    return false;
  }
}
