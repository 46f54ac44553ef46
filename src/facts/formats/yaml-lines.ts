// YAML reading shared by the manifest extractors: plain JS values that still know the line of every key.
// Also the parse and syntax-error wording every YAML reader (yaml-nodes.ts, conda) builds on.

import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type YAMLError,
} from 'yaml';
import type { BlockedFact, Diagnostic } from '../model.js';
import { assertNestingWithin } from './nesting-depth.js';
import { readPlainYaml, toPlainValue } from './yaml-plain.js';

/** The first syntax error of a YAML text: its 1-based line and a one-line reason without position. */
export interface YamlError {
  line: number;
  reason: string;
}

export interface ParsedYaml {
  /**
   * Plain value of each well-formed, non-empty document, in order. Maps become null-prototype objects,
   * aliases share the anchored value and `<<` merge keys are applied (Compose and Kubernetes use them).
   */
  documents: unknown[];
  /** Set when any document has a syntax error; that document is left out of `documents`. */
  error?: YamlError;
}

/** Every document of a YAML text as the parser left it, with what maps its offsets back to lines. */
export interface YamlDocuments {
  text: string;
  /** Each document keeps its own `errors`; a text without documents gives an empty list. */
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

/** How `firstYamlError` places and words an error; the defaults suit a reason inside a sentence. */
export interface YamlErrorStyle {
  /** Keep the parser's capital letter instead of lowercasing the reason. */
  keepCase?: boolean;
}

interface LineTable {
  start: number;
  keys: Map<string | number, number>;
}

// Keyed by the converted objects and arrays, so the table lives exactly as long as the value.
const lineTables = new WeakMap<object, LineTable>();

/**
 * Far deeper than any real manifest; the parser and the readers recurse, and overflow near 1,000 levels.
 * A deeper text throws NestingTooDeep, which the scan words as the file's diagnostic.
 */
const MAX_YAML_NESTING = 256;

/**
 * Parses every document of a YAML text. Never throws: syntax errors end up in `error`
 * and the other documents are still returned. Duplicate keys are accepted (the last wins),
 * as the tools reading these files mostly do.
 */
export function parseYaml(text: string): ParsedYaml {
  assertNestingWithin(text, MAX_YAML_NESTING);
  // Plain block YAML, as most manifests are, is read by a quicker reader that gives the same values.
  const plain = readPlainYaml(text);
  return plain
    ? { documents: plain.map((document) => toPlainValue(document, recordLines)) }
    : parseYamlFully(text);
}

/** parseYaml() by the full parser alone (the quick reader's tests compare the two). */
export function parseYamlFully(text: string): ParsedYaml {
  const parsed = parseYamlDocuments(text);
  const lineAt = (offset: number): number => parsed.lineCounter.linePos(offset).line;
  const result: ParsedYaml = { documents: [] };
  const error = firstYamlError(parsed);
  if (error) result.error = error;
  for (const doc of parsed.documents) {
    if (doc.errors.length > 0) continue;
    const value = convertNode(doc.contents, new Map(), lineAt);
    if (value !== null && value !== undefined) result.documents.push(value);
  }
  return result;
}

/** Each key's or item's line in a value parseYaml() returned, with the container's own line; for tests. */
export function linesOf(
  container: object,
): { start: number; keys: Map<string | number, number> } | undefined {
  return lineTables.get(container);
}

function recordLines(container: object, start: number, keys: Map<string | number, number>): void {
  lineTables.set(container, { start, keys });
}

/**
 * Parses every document of a YAML text into syntax trees, for readers that need nodes rather than plain
 * values. Never throws: syntax errors stay in each document's `errors` (see `firstYamlError`).
 * Duplicate keys are accepted, as the tools reading these files mostly do.
 */
export function parseYamlDocuments(text: string): YamlDocuments {
  assertNestingWithin(text, MAX_YAML_NESTING);
  const lineCounter = new LineCounter();
  const documents: Document.Parsed[] = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: false,
    // Prettifying quotes the line for each error: quadratic on one long line of them.
    prettyErrors: false,
  });
  return { text, documents, lineCounter };
}

/**
 * The first syntax error of the parsed documents, as its 1-based line and the first line of the parser's
 * message (`missing closing "quote`). Undefined when every document is well-formed.
 */
export function firstYamlError(parsed: YamlDocuments, style: YamlErrorStyle = {}): YamlError | undefined {
  for (const document of parsed.documents) {
    const [error] = document.errors;
    if (error !== undefined) return describeYamlError(error, parsed, style);
  }
  return undefined;
}

function describeYamlError(error: YAMLError, parsed: YamlDocuments, style: YamlErrorStyle): YamlError {
  const firstLine = error.message.split('\n', 1)[0] ?? error.message;
  const reason = style.keepCase ? firstLine : firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
  return { line: yamlErrorLine(parsed.text, parsed.lineCounter, error.pos[0]), reason };
}

/**
 * The 1-based line of a parse error at `offset`. One found at the end of the text (an unclosed quote or
 * bracket) points at the text's last line with content.
 */
export function yamlErrorLine(text: string, lineCounter: LineCounter, offset: number): number {
  return lineCounter.linePos(Math.min(offset, Math.max(0, text.trimEnd().length - 1))).line;
}

/**
 * 1-based line of `key` in a map or of item `key` in a sequence returned by `parseYaml`; without
 * `key`, the line where the map or sequence starts. Falls back to the container's own line when the
 * key is absent, and to 1 for values that did not come from `parseYaml`.
 */
export function lineOf(container: object, key?: string | number): number {
  const table = lineTables.get(container);
  if (!table) return 1;
  if (key === undefined) return table.start;
  return table.keys.get(key) ?? table.start;
}

/** True for a YAML map (a plain object), false for sequences, scalars and null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The one diagnostic for a file that is not valid YAML; `consequence` is a full sentence. */
export function yamlErrorDiagnostic(
  path: string,
  error: YamlError,
  consequence: string,
  blocks: BlockedFact[],
): Diagnostic {
  return { path, line: error.line, message: `not valid YAML (${error.reason}). ${consequence}`, blocks };
}

function convertNode(
  node: Node | null | undefined,
  anchors: Map<string, unknown>,
  lineAt: (offset: number) => number,
): unknown {
  if (!node) return null;
  if (isAlias(node)) return anchors.get(node.source) ?? null;
  if (isScalar(node)) {
    const value = node.value;
    if (node.anchor) anchors.set(node.anchor, value);
    return value;
  }
  const start = node.range ? lineAt(node.range[0]) : 1;
  if (isSeq(node)) {
    const items: unknown[] = [];
    const table: LineTable = { start, keys: new Map() };
    lineTables.set(items, table);
    // Registered before the children so an alias inside its own anchor resolves instead of recursing.
    if (node.anchor) anchors.set(node.anchor, items);
    for (const item of node.items) {
      const itemNode = isPair(item) ? null : (item as Node | null);
      if (itemNode?.range) table.keys.set(items.length, lineAt(itemNode.range[0]));
      items.push(convertNode(itemNode, anchors, lineAt));
    }
    return items;
  }
  if (isMap(node)) {
    const record: Record<string, unknown> = Object.create(null);
    const table: LineTable = { start, keys: new Map() };
    lineTables.set(record, table);
    if (node.anchor) anchors.set(node.anchor, record);
    const mergeSources: unknown[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      // Collection keys (`? [a, b]`) have no useful string form; none of our formats use them.
      if (keyNode !== null && !isScalar(keyNode)) continue;
      const key = keyNode === null || keyNode.value === null ? '' : String(keyNode.value);
      const value = convertNode(pair.value as Node | null, anchors, lineAt);
      if (key === '<<' && keyNode?.type === 'PLAIN') {
        mergeSources.push(...(Array.isArray(value) ? value : [value]));
        continue;
      }
      record[key] = value;
      table.keys.set(key, keyNode?.range ? lineAt(keyNode.range[0]) : start);
    }
    // YAML 1.1 merge: explicit keys win, then earlier sources win over later ones.
    for (const source of mergeSources) {
      if (!isRecord(source)) continue;
      const sourceTable = lineTables.get(source);
      for (const key of Object.keys(source)) {
        if (key in record) continue;
        record[key] = source[key];
        table.keys.set(key, sourceTable?.keys.get(key) ?? start);
      }
    }
    return record;
  }
  return null;
}
