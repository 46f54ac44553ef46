// Parses TOML manifests (pyproject.toml, Pipfile) and reads their untyped contents without casting.
import { parse, TomlError } from 'smol-toml';
import type { Diagnostic } from '../../model.js';

export type TomlTable = Record<string, unknown>;

const TOML_ERROR_PREFIX = 'Invalid TOML document: ';
const BARE_KEY_RE = /^[A-Za-z0-9_-]+$/;

/** Parses `text`; a syntax error becomes one diagnostic on the error's line that blocks dependency facts. */
export function readToml(path: string, text: string): { table: TomlTable } | { diagnostic: Diagnostic } {
  try {
    return { table: parse(text) };
  } catch (error) {
    const diagnostic: Diagnostic = {
      path,
      message: `not valid TOML (${shortReason(error)}). Its dependencies are not counted.`,
      blocks: ['dependency'],
    };
    if (error instanceof TomlError) diagnostic.line = error.line;
    return { diagnostic };
  }
}

export function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The table at `keys` below `root`, or undefined when any step is missing or not a table. */
export function tableAt(root: TomlTable, ...keys: string[]): TomlTable | undefined {
  let current: unknown = root;
  for (const key of keys) {
    if (!isTable(current)) return undefined;
    current = current[key];
  }
  return isTable(current) ? current : undefined;
}

/** Writes a parsed value back as inline TOML, so table-style dependencies get a readable requirement text. */
export function inlineToml(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inlineToml).join(', ')}]`;
  if (value instanceof Date) return value.toISOString();
  if (isTable(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${tomlKey(key)} = ${inlineToml(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return String(value);
}

export function tomlKey(key: string): string {
  return BARE_KEY_RE.test(key) ? key : JSON.stringify(key);
}

// smol-toml appends a code frame to its message; the first line after the prefix is the reason.
function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n', 1)[0] ?? '';
  return firstLine.startsWith(TOML_ERROR_PREFIX) ? firstLine.slice(TOML_ERROR_PREFIX.length) : firstLine;
}
