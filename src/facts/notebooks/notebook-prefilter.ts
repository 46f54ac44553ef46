// The code a notebook's prefilter looks at: the raw JSON of its cells from each `"source"` key to the
// next cell, found in the undecoded bytes without parsing. Outputs (base64 images, HTML tables, logs) are
// most of a notebook's bytes and hold no evidence; copying them into a string to search them cost more
// than reading them, and they made most of a scan's garbage.
import type { ExtractionContext } from '../model.js';
import { mayMatter, mlImportsOnly } from '../python/python-prefilter.js';
import { shellMayMatter } from './notebook-shell.js';

// Searched without their opening quote, which is checked after: a needle starting with `"` stops the
// search at every string of the JSON, and outputs hold thousands (a third of the time of sourcesOf()).
const SOURCE_KEY = Buffer.from('source"');
const CELL_KEY = Buffer.from('cell_type"');
const QUOTE = 0x22;
const MARKDOWN_VALUE = Buffer.from('"markdown"');
const RAW_VALUE = Buffer.from('"raw"');

/**
 * The raw text from each `"source"` key up to the next `"cell_type"` key (or the end), still
 * JSON-escaped (`\n` written as two characters, which the import scan reads as a line end). Jupyter
 * writes `source` last in each cell, so that is the source alone; another writer's layout only adds
 * more to search. When the first `"cell_type"` comes before the first `"source"` (Jupyter's order), a
 * source following a markdown or raw cell's type is that cell's and is left out: most of a notebook's
 * sources are prose. A notebook with no `"source"` key (nbformat 3 keeps `input` in worksheets) is given
 * whole. `"source"` can only be a key: quotes inside JSON strings are escaped.
 */
export function sourcesOf(bytes: Buffer): string {
  const parts: string[] = [];
  let at = keyAt(bytes, SOURCE_KEY, 0);
  let type = keyAt(bytes, CELL_KEY, 0);
  const isTypeFirst = type !== -1 && type < at;
  while (at !== -1) {
    const next = keyAt(bytes, CELL_KEY, at + SOURCE_KEY.length + 1);
    const end = next === -1 ? bytes.length : next;
    if (!isTypeFirst || isCodeType(bytes, type)) parts.push(bytes.toString('latin1', at, end));
    type = next;
    at = next === -1 ? -1 : keyAt(bytes, SOURCE_KEY, next + CELL_KEY.length + 1);
  }
  return parts.length === 0 && !isTypeFirst ? bytes.toString('latin1') : parts.join('\n');
}

/** The offset of the next `"key"` (its opening quote) at or after `from`, given `key"`; -1 when none. */
function keyAt(bytes: Buffer, keyAndQuote: Buffer, from: number): number {
  for (let at = bytes.indexOf(keyAndQuote, from + 1); at !== -1; at = bytes.indexOf(keyAndQuote, at + 1)) {
    if (bytes[at - 1] === QUOTE) return at - 1;
  }
  return -1;
}

/** Whether the `"cell_type"` key at `at` may be a code cell's: anything but `"markdown"` or `"raw"` is. */
function isCodeType(bytes: Buffer, at: number): boolean {
  let index = at + 1 + CELL_KEY.length;
  while (bytes[index] === 0x20 || bytes[index] === 0x3a) index++;
  return !hasAt(bytes, index, MARKDOWN_VALUE) && !hasAt(bytes, index, RAW_VALUE);
}

function hasAt(bytes: Buffer, index: number, needle: Buffer): boolean {
  for (let offset = 0; offset < needle.length; offset++) {
    if (bytes[index + offset] !== needle[offset]) return false;
  }
  return true;
}

// Both checks of one read look at the same sources: kept for the last bytes seen, with whether a shell
// line of them may matter (both checks ask it, and it costs a pass over the sources).
let lastBytes: Buffer | undefined;
let lastContext: ExtractionContext | undefined;
let lastSources = '';
let lastShellMayMatter = false;

function sourcesOnce(bytes: Buffer, context: ExtractionContext | undefined): string {
  if (bytes !== lastBytes || context !== lastContext) {
    lastSources = sourcesOf(bytes);
    lastShellMayMatter = shellMayMatter(lastSources, context);
    lastBytes = bytes;
    lastContext = context;
  }
  return lastSources;
}

/** The notebook's code cells may hold evidence (markdown sources are looked at too: a cheap superset). */
export function notebookMayMatterBytes(bytes: Buffer, context: ExtractionContext | undefined): boolean {
  const sources = sourcesOnce(bytes, context);
  return lastShellMayMatter || mayMatter(sources, context);
}

/** The ML roots the notebook's sources can only show (see mlImportsOnly), else undefined. */
export function notebookMlImportsOnlyBytes(
  bytes: Buffer,
  context: ExtractionContext | undefined,
): string[] | undefined {
  const sources = sourcesOnce(bytes, context);
  // A shell line naming a rule's command is evidence beyond the imports.
  return lastShellMayMatter ? undefined : mlImportsOnly(sources, context);
}
