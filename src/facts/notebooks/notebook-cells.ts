// A notebook's cells read without parsing the whole JSON: each cell's `cell_type` and `source`, taken
// where Jupyter writes them. A notebook is mostly outputs (images, tables, logs) that no rule reads, and
// parsing them cost more than reading the file. Any layout this does not recognise gives undefined, and
// the caller parses the notebook whole, which also reports a broken one.

export interface NotebookCell {
  type: string;
  /** The cell's code: its `source` string, or its list of lines joined. */
  source: string;
}

const CELL_TYPE_KEY = '"cell_type"';
const SOURCE_KEY = '"source"';
const STRING = '"(?:[^"\\\\]|\\\\.)*"';
const CELL_TYPE_VALUE = new RegExp(`\\s*:\\s*(${STRING})`, 'y');
const SOURCE_VALUE = new RegExp(
  `\\s*:\\s*(\\[\\s*(?:${STRING}\\s*(?:,\\s*${STRING}\\s*)*)?\\]|${STRING})`,
  'y',
);
const NBFORMAT = /"nbformat"\s*:\s*(\d+)/;
const CELLS_KEY = '"cells"';

/**
 * The cells in order, when every `"cell_type"` key is followed by its cell's `"source"` before the next
 * one (Jupyter sorts a cell's keys, `source` last), the file is a complete JSON object and nbformat is 4
 * or later; else undefined. Keys are found by their quoted names, which can only be keys: quotes inside
 * JSON strings are escaped.
 */
export function cellsOf(text: string): NotebookCell[] | undefined {
  const format = NBFORMAT.exec(text);
  if (!format || Number(format[1]) < 4 || !isWholeObject(text)) return undefined;
  // Jupyter and Colab write the notebook's own keys on lines of their own, `cells` first and `metadata`
  // after it, at one indent: the cells end there (notebook metadata can hold a cell of its own, as
  // PyCharm's `stem_cell`).
  const cellsEnd = notebookMetadataAt(text);
  if (cellsEnd === -1) return undefined;
  const cells: NotebookCell[] = [];
  const before = (index: number) => (index !== -1 && index < cellsEnd ? index : -1);
  let at = before(text.indexOf(CELL_TYPE_KEY));
  if (at === -1 || text.indexOf(SOURCE_KEY) < at) return undefined;
  while (at !== -1) {
    CELL_TYPE_VALUE.lastIndex = at + CELL_TYPE_KEY.length;
    const type = CELL_TYPE_VALUE.exec(text);
    if (!type) return undefined;
    const sourceAt = text.indexOf(SOURCE_KEY, CELL_TYPE_VALUE.lastIndex);
    const next = before(text.indexOf(CELL_TYPE_KEY, CELL_TYPE_VALUE.lastIndex));
    if (sourceAt === -1 || sourceAt > cellsEnd || (next !== -1 && next < sourceAt)) return undefined;
    SOURCE_VALUE.lastIndex = sourceAt + SOURCE_KEY.length;
    const source = SOURCE_VALUE.exec(text);
    if (!source) return undefined;
    // A second `"source"` before the next cell: a layout this does not know (a nested object with one).
    const after = before(text.indexOf(SOURCE_KEY, SOURCE_VALUE.lastIndex));
    if (after !== -1 && (next === -1 || after < next)) return undefined;
    try {
      const value: unknown = JSON.parse(source[1]!);
      cells.push({ type: JSON.parse(type[1]!) as string, source: joined(value) });
    } catch {
      return undefined;
    }
    at = next;
  }
  return cells;
}

/** Where the notebook's own `"metadata"` key is, written on its line at the indent of `"cells"`; else -1. */
function notebookMetadataAt(text: string): number {
  const cellsAt = text.indexOf(CELLS_KEY);
  const lineStart = text.lastIndexOf('\n', cellsAt);
  if (cellsAt === -1 || lineStart === -1) return -1;
  const indent = text.slice(lineStart + 1, cellsAt);
  if (!/^[ \t]*$/.test(indent)) return -1;
  return text.lastIndexOf(`\n${indent}"metadata"`);
}

function joined(value: unknown): string {
  if (typeof value === 'string') return value;
  let text = '';
  for (const line of value as unknown[]) if (typeof line === 'string') text += line;
  return text;
}

/** Starts with `{` and ends with `}`, blanks aside: a notebook cut short is parsed whole, to be reported. */
function isWholeObject(text: string): boolean {
  let start = 0;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  let end = text.length - 1;
  while (end > start && isBlank(text.charCodeAt(end))) end--;
  return text.charCodeAt(start) === 0x7b && text.charCodeAt(end) === 0x7d;
}

const isBlank = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
