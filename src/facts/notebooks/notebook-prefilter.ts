// The code a notebook's prefilter looks at: the raw JSON of its cells' `source` lists, found without
// parsing the notebook. Outputs (base64 images, HTML tables, logs) are most of a notebook's bytes and
// hold no evidence, and a word search over them costs more than reading them.
import type { ExtractionContext } from '../model.js';
import { mayMatter, mayMatterBytes, mlImportsOnly } from '../python/python-prefilter.js';

// One `"source"` key and the string or list of strings after it, as JSON writes them. A string is
// `"..."` with `\` escapes; `"source"` can only be a key here, since quotes inside strings are escaped.
const SOURCE_KEY = '"source"';
const SOURCE_VALUE =
  /\s*:\s*(\[\s*(?:"(?:[^"\\]|\\.)*"\s*(?:,\s*"(?:[^"\\]|\\.)*"\s*)*)?\]|"(?:[^"\\]|\\.)*")/y;

/**
 * The raw text of every `"source"` value, one per line, still JSON-escaped (`\n` written as two
 * characters, which the import scan reads as a line end); undefined when the notebook is not laid out
 * so (nbformat 3 keeps `input` in worksheets, or the JSON is broken there), for a search of it all.
 */
export function sourcesOf(text: string): string | undefined {
  const parts: string[] = [];
  for (let at = text.indexOf(SOURCE_KEY); at !== -1; at = text.indexOf(SOURCE_KEY, at + 1)) {
    SOURCE_VALUE.lastIndex = at + SOURCE_KEY.length;
    const match = SOURCE_VALUE.exec(text);
    if (!match) return undefined;
    parts.push(match[1]!);
    at = SOURCE_VALUE.lastIndex - 1;
  }
  return parts.length === 0 ? undefined : parts.join('\n');
}

/** What the prefilter reads of a notebook's undecoded bytes: its sources, else all of it. */
function prefilterText(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  return sourcesOf(text) ?? text;
}

/** The notebook's code cells may hold evidence (markdown sources are looked at too: a cheap superset). */
export function notebookMayMatterBytes(bytes: Buffer, context: ExtractionContext | undefined): boolean {
  if (!context?.modules) return mayMatterBytes(bytes, context);
  return mayMatter(prefilterText(bytes), context);
}

/** The ML roots the notebook's sources can only show (see mlImportsOnly), else undefined. */
export function notebookMlImportsOnlyBytes(
  bytes: Buffer,
  context: ExtractionContext | undefined,
): string[] | undefined {
  return mlImportsOnly(prefilterText(bytes), context);
}
