// YAML syntax-tree reading for extractors that need more than key lines: the line of every value and
// the style of block scalars, so a multi-line `run: |` script gives one line per command.

import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Scalar,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { splitShellLines } from '../ci/shell-lines.js';
import { firstYamlError, parseYamlDocuments, type YamlError } from './yaml-lines.js';
import { readPlainYaml, toYamlNode } from './yaml-plain.js';

/** The parsed documents of one YAML text with what is needed to map nodes back to lines. */
export interface YamlTree {
  documents: readonly { contents: unknown }[];
  /** Maps the full parser's node offsets to lines. */
  lineCounter?: LineCounter;
  /** The line of each node the quick reader built (it keeps no offsets). */
  quickLines?: WeakMap<Node, number>;
  text: string;
  /** Each alias with the node it stands for, found in one pass instead of one document walk per alias. */
  aliasTargets: Map<Alias, Node>;
}

/** One key of a map. `value` has its aliases resolved. */
export interface YamlEntry {
  key: string;
  keyLine: number;
  value: Node | undefined;
}

/** A command found in a script value and the line it is on. */
export interface ScriptLine {
  command: string;
  line: number;
}

/**
 * Parses every document of `text`. Never throws: on a syntax error it returns the first one (line and a
 * one-line reason without position) and no tree. Duplicate keys are accepted, as CI systems mostly do.
 */
export function parseYamlTree(text: string): { tree: YamlTree } | { error: YamlError } {
  // Plain block YAML, as most workflows are, is read by a quicker reader that builds the same nodes.
  const plain = readPlainYaml(text);
  if (plain) {
    const quickLines = new WeakMap<Node, number>();
    const documents = plain.map((document) => ({ contents: toYamlNode(document, quickLines) }));
    return { tree: { documents, quickLines, text, aliasTargets: new Map() } };
  }
  return parseYamlTreeFully(text);
}

/** parseYamlTree() by the full parser alone (the quick reader's tests compare the two). */
export function parseYamlTreeFully(text: string): { tree: YamlTree } | { error: YamlError } {
  const parsed = parseYamlDocuments(text);
  // CI diagnostics keep the parser's own line, even when it is the blank line after an unclosed quote.
  const error = firstYamlError(parsed);
  if (error) return { error };
  const { documents, lineCounter } = parsed;
  return { tree: { documents, lineCounter, text, aliasTargets: findAliasTargets(documents) } };
}

// YAML semantics: an alias stands for the last node with its anchor before it in the same document.
function findAliasTargets(documents: readonly Document.Parsed[]): Map<Alias, Node> {
  const targets = new Map<Alias, Node>();
  for (const document of documents) {
    const anchors = new Map<string, Node>();
    visit(document, {
      Alias(_key, alias) {
        const target = anchors.get(alias.source);
        if (target !== undefined) targets.set(alias, target);
      },
      Node(_key, node) {
        if (!isAlias(node) && node.anchor !== undefined) anchors.set(node.anchor, node);
      },
    });
  }
  return targets;
}

/** 1-based line where `node` starts; 1 when the node has no position. */
export function lineOfNode(tree: YamlTree, node: Node): number {
  const quick = tree.quickLines?.get(node);
  if (quick !== undefined) return quick;
  return node.range && tree.lineCounter ? tree.lineCounter.linePos(node.range[0]).line : 1;
}

/** `node` with an alias followed to its anchored node; undefined for a missing value or a dangling alias. */
export function resolveNode(tree: YamlTree, node: unknown): Node | undefined {
  if (isAlias(node)) return tree.aliasTargets.get(node);
  return isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
}

/** The map `node` is (through an alias), or undefined. */
export function asMap(tree: YamlTree, node: unknown): YAMLMap | undefined {
  const resolved = resolveNode(tree, node);
  return isMap(resolved) ? resolved : undefined;
}

/** The sequence `node` is (through an alias), or undefined. */
export function asSeq(tree: YamlTree, node: unknown): YAMLSeq | undefined {
  const resolved = resolveNode(tree, node);
  return isSeq(resolved) ? resolved : undefined;
}

/** The scalar-keyed entries of a map, in order. `<<` merge keys are left out: their source is read where it is written. */
export function entriesOf(tree: YamlTree, map: YAMLMap): YamlEntry[] {
  const entries: YamlEntry[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key) || pair.key.value === null) continue;
    const key = String(pair.key.value);
    if (key === '<<') continue;
    entries.push({ key, keyLine: lineOfNode(tree, pair.key), value: resolveNode(tree, pair.value) });
  }
  return entries;
}

/** The value of `key` in `map`, aliases resolved. */
export function getValue(tree: YamlTree, map: YAMLMap, key: string): Node | undefined {
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return resolveNode(tree, pair.value);
  }
  return undefined;
}

/** The line of `key` in `map`, or undefined when the key is absent. */
export function keyLineOf(tree: YamlTree, map: YAMLMap, key: string): number | undefined {
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return lineOfNode(tree, pair.key);
  }
  return undefined;
}

/** The text of a string or number scalar, trimmed; undefined for anything else or a blank string. */
export function textOf(node: Node | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const { value } = node;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/**
 * The commands of a script value: a scalar, or a sequence of scalars and nested sequences (GitLab
 * flattens those). Each command gets its own line: a literal block scalar (`|`) maps line for line onto
 * the source, a folded one (`>`) is matched back to the source lines it was folded from, and a flow
 * scalar puts every command on the scalar's line. Mappings inside sequences are skipped, and so are
 * nodes already in `seen` (an alias repeats its anchor's node; the caller may share `seen` across calls).
 */
export function scriptLinesOf(tree: YamlTree, node: Node | undefined, seen = new Set<Node>()): ScriptLine[] {
  if (node === undefined || seen.has(node)) return [];
  seen.add(node);
  if (isSeq(node)) {
    // GitLab's `!reference [.setup, script]` names another job's script rather than holding commands.
    if (node.tag === '!reference') return [];
    return node.items.flatMap((item) => scriptLinesOf(tree, resolveNode(tree, item), seen));
  }
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const text = node.value;
  const line = lineOfNode(tree, node);
  const split = splitShellLines(text);
  if (node.type === 'BLOCK_LITERAL') {
    // Content starts on the line after the `|` header.
    return split.map(({ command, offset }) => ({ command, line: line + 1 + offset }));
  }
  if (node.type === 'BLOCK_FOLDED') {
    const lineOfOffset = foldedLineTable(tree, node, text);
    return split.map(({ command, offset }) => ({ command, line: lineOfOffset[offset] ?? line }));
  }
  return split.map(({ command }) => ({ command, line }));
}

/**
 * For each line of a folded scalar's value, the source line it starts on. Folding joins source lines
 * with one space, so the value line is rebuilt from consecutive non-blank source lines until it is
 * as long as the value line.
 */
function foldedLineTable(tree: YamlTree, node: Scalar, value: string): number[] {
  const headerLine = lineOfNode(tree, node);
  const [start = 0, end = 0] = node.range ?? [];
  const sources: { line: number; text: string }[] = [];
  tree.text
    .slice(start, end)
    .split('\n')
    .forEach((sourceLine, index) => {
      const trimmed = sourceLine.trim();
      if (index > 0 && trimmed !== '') sources.push({ line: headerLine + index, text: trimmed });
    });
  const table: number[] = [];
  let next = 0;
  for (const valueLine of value.split('\n')) {
    const wanted = valueLine.trim().length;
    const source = sources[next];
    if (wanted === 0 || source === undefined) {
      table.push(source?.line ?? headerLine);
      continue;
    }
    table.push(source.line);
    let length = source.text.length;
    next++;
    while (length < wanted && next < sources.length) {
      length += 1 + sources[next]!.text.length;
      next++;
    }
  }
  return table;
}

/** Calls `onMap` on every map under `node` (itself included), each once even when aliased many times. */
export function forEachMap(tree: YamlTree, node: Node | undefined, onMap: (map: YAMLMap) => void): void {
  const seen = new Set<Node>();
  const pending: (Node | undefined)[] = [node];
  while (pending.length > 0) {
    const current = resolveNode(tree, pending.pop());
    if (current === undefined || seen.has(current)) continue;
    seen.add(current);
    if (isMap(current)) {
      onMap(current);
      // Pushed last to first so maps are visited in document order.
      for (let i = current.items.length - 1; i >= 0; i--) {
        pending.push(current.items[i]!.value as Node | undefined);
      }
    } else if (isSeq(current)) {
      for (let i = current.items.length - 1; i >= 0; i--) pending.push(current.items[i] as Node | undefined);
    }
  }
}
