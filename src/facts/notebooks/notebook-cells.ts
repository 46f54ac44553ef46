// A notebook's cells read without parsing the whole JSON: each cell's `cell_type` and `source`, taken
// where Jupyter writes them, from the undecoded bytes. A notebook is mostly outputs (images, tables, logs)
// that no rule reads: parsing them, or even decoding them into a string, cost more than reading the file.
// Only each cell's type and source are decoded. Any layout this does not recognise gives undefined, and
// the caller parses the notebook whole, which also reports a broken one.

export interface NotebookCell {
  type: string;
  /** A code cell's code: its `source` string, or its list of lines joined. */
  source: string;
}

const CELL_TYPE_KEY = '"cell_type"';
const SOURCE_KEY = '"source"';
const CELLS_KEY = '"cells"';
const NBFORMAT_KEY = '"nbformat"';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;

/**
 * The cells in order, when every `"cell_type"` key is followed by its cell's `"source"` before the next
 * one (Jupyter sorts a cell's keys, `source` last), the file is a complete JSON object and nbformat is 4
 * or later; else undefined. Keys are found by their quoted names, which can only be keys: quotes inside
 * JSON strings are escaped. The keys and string ends are searched in the bytes read as Latin-1, one
 * character per byte (a string search is a V8 built-in; each Buffer.indexOf call is a trip into C++), and
 * only the cells' values are decoded as UTF-8.
 */
export function cellsOf(bytes: Buffer): NotebookCell[] | undefined {
  const raw = bytes.toString('latin1');
  if (!isWholeObject(raw) || !isCurrentFormat(raw)) return undefined;
  // Jupyter and Colab write the notebook's own keys on lines of their own, `cells` first and `metadata`
  // after it, at one indent: the cells end there (notebook metadata can hold a cell of its own, as
  // PyCharm's `stem_cell`).
  const cellsEnd = notebookMetadataAt(raw);
  if (cellsEnd === -1) return undefined;
  const cells: NotebookCell[] = [];
  // One search finds both keys in order: each cell's `"cell_type"`, then its `"source"`, then the next
  // cell's `"cell_type"`. Any other order is a layout this does not know (a cell without a source, or a
  // nested object with either key, as an output showing a notebook as JSON).
  let key = keyAfter(raw, 0, cellsEnd);
  if (key?.isType !== true) return undefined;
  while (key?.isType) {
    const typeStart = valueStart(raw, key.at + CELL_TYPE_KEY.length);
    const typeEnd = typeStart === -1 ? -1 : stringEnd(raw, typeStart);
    if (typeEnd === -1) return undefined;
    const source = keyAfter(raw, typeEnd, cellsEnd);
    if (source === undefined || source.isType) return undefined;
    const sourceStart = valueStart(raw, source.at + SOURCE_KEY.length);
    // Markdown and raw cells are never read: their sources are neither scanned nor decoded (a key found
    // after the key is still a key: quotes inside the value are escaped).
    const isCode = raw.startsWith('"code"', typeStart);
    const sourceEnd = !isCode || sourceStart === -1 ? sourceStart : sourceValueEnd(raw, sourceStart);
    if (sourceEnd === -1) return undefined;
    // A second `"source"` before the next cell: a layout this does not know.
    key = keyAfter(raw, sourceEnd, cellsEnd);
    if (key !== undefined && !key.isType) return undefined;
    try {
      const type: unknown = isCode ? 'code' : JSON.parse(bytes.toString('utf8', typeStart, typeEnd));
      if (typeof type !== 'string') return undefined;
      const value: unknown = isCode ? JSON.parse(bytes.toString('utf8', sourceStart, sourceEnd)) : '';
      cells.push({ type, source: joined(value) });
    } catch {
      return undefined;
    }
  }
  return cells;
}

const KEY = /"(?:cell_type|source)"/g;

/** The first `"cell_type"` or `"source"` key at or after `from` and before `end`, else undefined. */
function keyAfter(raw: string, from: number, end: number): { at: number; isType: boolean } | undefined {
  KEY.lastIndex = from;
  const found = KEY.exec(raw);
  if (found === null || found.index >= end) return undefined;
  return { at: found.index, isType: found[0] === CELL_TYPE_KEY };
}

/** nbformat 4 or later, read from the notebook's own key (Jupyter writes it last but one). */
function isCurrentFormat(raw: string): boolean {
  const at = raw.lastIndexOf(NBFORMAT_KEY);
  if (at === -1) return false;
  let index = valueStart(raw, at + NBFORMAT_KEY.length);
  if (index === -1) return false;
  let version = 0;
  const digitsStart = index;
  for (; isDigit(raw.charCodeAt(index)); index++) version = version * 10 + raw.charCodeAt(index) - 0x30;
  return index > digitsStart && version >= 4;
}

/** After a key: blanks, a colon, blanks; where the value starts, or -1 without the colon. */
function valueStart(raw: string, index: number): number {
  while (isBlank(raw.charCodeAt(index))) index++;
  if (raw.charCodeAt(index) !== COLON) return -1;
  index++;
  while (isBlank(raw.charCodeAt(index))) index++;
  return index < raw.length ? index : -1;
}

/** The end (after its closing quote) of the JSON string opening at `start`, else -1. */
function stringEnd(raw: string, start: number): number {
  if (raw.charCodeAt(start) !== QUOTE) return -1;
  for (let quote = raw.indexOf('"', start + 1); quote !== -1; quote = raw.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (raw.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return -1;
}

/** The end of a source value: a string, or a list of strings. JSON.parse judges the rest. */
function sourceValueEnd(raw: string, start: number): number {
  if (raw.charCodeAt(start) !== OPEN_LIST) return stringEnd(raw, start);
  let index = start + 1;
  for (;;) {
    while (isBlank(raw.charCodeAt(index))) index++;
    const code = raw.charCodeAt(index);
    if (code === CLOSE_LIST) return index + 1;
    if (code === COMMA) {
      index++;
      continue;
    }
    index = stringEnd(raw, index);
    if (index === -1) return -1;
  }
}

/** Where the notebook's own `"metadata"` key is, written on its line at the indent of `"cells"`; else -1. */
function notebookMetadataAt(raw: string): number {
  const cellsAt = raw.indexOf(CELLS_KEY);
  const lineStart = cellsAt === -1 ? -1 : raw.lastIndexOf('\n', cellsAt);
  if (lineStart === -1) return -1;
  const indent = raw.slice(lineStart + 1, cellsAt);
  if (!/^[ \t]*$/.test(indent)) return -1;
  return raw.lastIndexOf(`\n${indent}"metadata"`);
}

function joined(value: unknown): string {
  if (typeof value === 'string') return value;
  let text = '';
  if (Array.isArray(value)) for (const line of value) if (typeof line === 'string') text += line;
  return text;
}

/** Starts with `{` and ends with `}`, blanks aside: a notebook cut short is parsed whole, to be reported. */
function isWholeObject(raw: string): boolean {
  let start = 0;
  while (isBlank(raw.charCodeAt(start))) start++;
  let end = raw.length - 1;
  while (end > start && isBlank(raw.charCodeAt(end))) end--;
  return raw.charCodeAt(start) === 0x7b && raw.charCodeAt(end) === 0x7d;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isBlank = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
