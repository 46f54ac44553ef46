// Jupyter notebooks (.ipynb): the code cells read as Python, IPython magics and shell escapes blanked out.
// https://nbformat.readthedocs.io/en/latest/format_description.html

import { lineAt, locateJsonError } from '../formats/json-errors.js';
import type {
  Diagnostic,
  Extraction,
  ExtractionContext,
  Extractor,
  Fact,
  FactKind,
  SourceFile,
} from '../model.js';
import { cellMayMatter, mayMatter } from '../python/python-prefilter.js';
import { extractPythonSource } from '../python/python-source.js';
import { cellsOf, type NotebookCell } from './notebook-cells.js';
import { notebookMayMatterBytes, notebookMlImportsOnlyBytes } from './notebook-prefilter.js';
import { commandsOfCell, shellMayMatter } from './notebook-shell.js';

const BLOCKS: FactKind[] = ['import', 'call', 'route'];

/** Cell magics whose body is Python (`%%time`); any other (`%%bash`, `%%sql`...) hides the whole cell. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'memit', 'mprun']);
/** Cell magics writing their body to a file: Python when the file is a `.py`. */
const FILE_CELL_MAGICS = new Set(['writefile', 'file']);

/**
 * Facts of a notebook's code cells. Each fact's `cell` is the 0-based index among ALL cells of the
 * notebook, markdown and raw cells included (so cell 3 is the fourth cell shown), and its `line` is
 * 1-based within that cell. Markdown and raw cells are never read.
 */
export const notebookExtractor: Extractor = {
  name: 'notebook',
  claims: (_path, baseName) => baseName.endsWith('.ipynb'),
  extensions: ['ipynb'],
  claimsEvery: ['ipynb'],
  // Notebooks embed their outputs (base64 plots, HTML tables), so one with a page of code is often
  // megabytes; a cap sized for source files would skip most of them.
  maxBytes: 16 * 1024 * 1024,
  // Judged on the raw JSON of the sources before any parse: most notebooks import only what every
  // notebook imports (numpy, pandas), and parsing them would cost more than reading them. A broken
  // notebook with nothing of interest in it then goes unreported, having nothing to lose.
  mayMatterBytes: notebookMayMatterBytes,
  mlImportsOnlyBytes: notebookMlImportsOnlyBytes,
  extract: extractNotebook,
  // Only the cells' types and sources are decoded; a layout the quick reader declines is decoded whole.
  extractBytes: (path, bytes, context) => {
    const cells = cellsOf(bytes);
    return cells && factsOfCells(path, cells, context);
  },
};

function extractNotebook({ path, text }: SourceFile, context?: ExtractionContext): Extraction {
  const invalid = (reason: string, line?: number, fix = ''): Extraction => {
    const diagnostic: Diagnostic = {
      path,
      ...(line === undefined ? {} : { line }),
      message: `not a valid notebook (${reason}). Its imports are not counted.${fix}`,
      blocks: BLOCKS,
    };
    return { facts: [], diagnostics: [diagnostic] };
  };
  // Reached when the quick reader of extractBytes declined the layout (or for UTF-16): parsed whole.
  const cells = parsedCells(text);
  if ('reason' in cells) return invalid(cells.reason, cells.line, cells.fix);
  return factsOfCells(path, cells, context);
}

function factsOfCells(path: string, cells: NotebookCell[], context?: ExtractionContext): Extraction {
  // Read whole to report a broken notebook; its code cells are read only when their sources may matter.
  const sources = cells
    .filter((cell) => cell.type === 'code')
    .map((cell) => cell.source)
    .join('\n');
  const isPythonOfInterest = mayMatter(sources, context);
  const isShellOfInterest = shellMayMatter(sources, context);
  if (!isPythonOfInterest && !isShellOfInterest) return { facts: [], diagnostics: [] };
  const facts: Fact[] = [];
  // The cells share one namespace: `import pandas as pd` in one cell resolves `pd.read_csv` in the next.
  const aliases = new Map<string, string>();
  cells.forEach((cell, index) => {
    if (cell.type !== 'code') return;
    if (isShellOfInterest) {
      for (const { command, line } of commandsOfCell(cell.source)) {
        facts.push({ kind: 'command', path, line, cell: index, command, source: 'notebook' });
      }
    }
    const code = isPythonOfInterest ? pythonOfCell(cell.source) : undefined;
    if (code === undefined || !cellMayMatter(code, aliases, context)) return;
    for (const fact of extractPythonSource(code, path, index, aliases)) facts.push(fact);
  });
  return { facts, diagnostics: [] };
}

/** The cells of a notebook parsed whole, or why it is not a notebook this reads. */
function parsedCells(text: string): NotebookCell[] | { reason: string; line?: number; fix?: string } {
  let notebook: unknown;
  try {
    notebook = JSON.parse(text);
  } catch {
    const error = locateJsonError(text);
    return {
      reason: error?.reason ?? 'not JSON',
      ...(error?.line === undefined ? {} : { line: error.line }),
    };
  }
  if (!isObject(notebook)) return { reason: 'the top level is not a JSON object', line: 1 };
  const { nbformat, cells } = notebook;
  if (typeof nbformat === 'number' && nbformat < 4) {
    const at = text.lastIndexOf('"nbformat"');
    const line = at === -1 ? undefined : lineAt(text, at);
    return {
      reason: `nbformat ${nbformat}, only 4 and later are read`,
      ...(line === undefined ? {} : { line }),
      fix: ' Saving it in a current Jupyter upgrades it.',
    };
  }
  if (!Array.isArray(cells)) return { reason: 'no "cells" list' };
  return cells.map((cell: unknown) =>
    isObject(cell) && typeof cell.cell_type === 'string'
      ? { type: cell.cell_type, source: sourceOf(cell.source) }
      : { type: '', source: '' },
  );
}

/** A cell's `source`: one string, or a list of lines each keeping its own `\n`. */
function sourceOf(source: unknown): string {
  if (typeof source === 'string') return source;
  if (!Array.isArray(source)) return '';
  let text = '';
  for (const line of source) if (typeof line === 'string') text += line;
  return text;
}

/**
 * The Python of a code cell: line magics (`%pip`), shell escapes (`!pip`) and help lines (`?obj`) become
 * blank lines so line numbers stay right; undefined when a cell magic makes the body something else.
 */
function pythonOfCell(source: string): string | undefined {
  let result = '';
  let copiedUpTo = 0;
  let hasBlanked = false;
  let isFirstCode = true;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    let first = start;
    while (first < end && (source[first] === ' ' || source[first] === '\t')) first++;
    const marker = source[first];
    if (first < end && isFirstCode && source.startsWith('%%', first)) {
      if (!isPythonCellMagic(source.slice(first + 2, end))) return undefined;
    }
    if (first < end) isFirstCode = false;
    if (first < end && (marker === '%' || marker === '!' || marker === '?')) {
      result += source.slice(copiedUpTo, start);
      copiedUpTo = end;
      hasBlanked = true;
    }
    start = end + 1;
  }
  return hasBlanked ? result + source.slice(copiedUpTo) : source;
}

/** True for `%%time`, `%%writefile train.py`...: cell magics whose body is still Python. */
function isPythonCellMagic(header: string): boolean {
  const words = header.trim().split(/\s+/);
  const name = words[0] ?? '';
  if (PYTHON_CELL_MAGICS.has(name)) return true;
  return FILE_CELL_MAGICS.has(name) && (words[words.length - 1] ?? '').endsWith('.py');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
