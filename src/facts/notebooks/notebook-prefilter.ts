// The code a notebook's prefilter looks at: the raw JSON of its cells from each `"source"` key to the
// next cell, found in the undecoded bytes without parsing. Outputs (base64 images, HTML tables, logs) are
// most of a notebook's bytes and hold no evidence; copying them into a string to search them cost more
// than reading them, and they made most of a scan's garbage.
import type { ExtractionContext } from '../model.js';
import { mayMatter, mlImportsOnly } from '../python/python-prefilter.js';
import { shellMayMatter } from './notebook-shell.js';

const SOURCE_KEY = '"source"';
const CELL_KEY = '"cell_type"';

/**
 * The raw text from each `"source"` key up to the next `"cell_type"` key (or the end), still
 * JSON-escaped (`\n` written as two characters, which the import scan reads as a line end). Jupyter
 * writes `source` last in each cell, so that is the source alone; another writer's layout only adds
 * more to search. A notebook with no `"source"` key (nbformat 3 keeps `input` in worksheets) is given
 * whole. `"source"` can only be a key: quotes inside JSON strings are escaped.
 */
export function sourcesOf(bytes: Buffer): string {
  const parts: string[] = [];
  for (let at = bytes.indexOf(SOURCE_KEY); at !== -1; ) {
    const next = bytes.indexOf(CELL_KEY, at + SOURCE_KEY.length);
    const end = next === -1 ? bytes.length : next;
    parts.push(bytes.toString('latin1', at, end));
    at = next === -1 ? -1 : bytes.indexOf(SOURCE_KEY, next + CELL_KEY.length);
  }
  return parts.length === 0 ? bytes.toString('latin1') : parts.join('\n');
}

// Both checks of one read look at the same sources: kept for the last bytes seen.
let lastBytes: Buffer | undefined;
let lastSources = '';

function sourcesOnce(bytes: Buffer): string {
  if (bytes !== lastBytes) {
    lastSources = sourcesOf(bytes);
    lastBytes = bytes;
  }
  return lastSources;
}

/** The notebook's code cells may hold evidence (markdown sources are looked at too: a cheap superset). */
export function notebookMayMatterBytes(bytes: Buffer, context: ExtractionContext | undefined): boolean {
  const sources = sourcesOnce(bytes);
  return mayMatter(sources, context) || shellMayMatter(sources, context);
}

/** The ML roots the notebook's sources can only show (see mlImportsOnly), else undefined. */
export function notebookMlImportsOnlyBytes(
  bytes: Buffer,
  context: ExtractionContext | undefined,
): string[] | undefined {
  const sources = sourcesOnce(bytes);
  // A shell line naming a rule's command is evidence beyond the imports.
  return shellMayMatter(sources, context) ? undefined : mlImportsOnly(sources, context);
}
