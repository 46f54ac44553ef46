// setup.cfg: [options] install_requires and [options.extras_require], read as setuptools reads them.
// https://setuptools.pypa.io/en/latest/userguide/declarative_config.html
import { beforeComment, hasLineTerminator, isWhitespace } from '../../formats/line-text.js';
import type { Extraction } from '../../model.js';
import {
  addFactOrDiagnostic,
  type DependencySite,
  type ExtractionDraft,
  finishExtraction,
  pep508Fact,
  startExtraction,
} from './dependency-fact.js';
import { addInclude } from './include-path.js';

/** One `key = value` of an INI section, with the line of each non-blank value line. */
interface IniEntry {
  section: string;
  key: string;
  values: { line: number; text: string }[];
  /** True when the value continues on indented lines, which changes how setuptools splits it. */
  isMultiline: boolean;
}

const NEWLINE_RE = /\r?\n/;
const SECTION_RE = /^\[([^\]]+)\]/;
const FILE_DIRECTIVE = 'file:';

export function extractSetupCfg(path: string, text: string): Extraction {
  const draft = startExtraction();
  for (const entry of readIni(text)) {
    if (entry.section === 'options' && entry.key === 'install_requires') {
      readRequirementList({ path, line: 0, manager: 'setup.cfg' }, entry, draft);
    } else if (entry.section === 'options.extras_require') {
      readRequirementList({ path, line: 0, manager: 'setup.cfg', group: entry.key }, entry, draft);
    }
  }
  return finishExtraction(draft);
}

// setuptools splits a multi-line value by line and a one-line value by `;`, and accepts `file: a.txt, b.txt`.
function readRequirementList(site: DependencySite, entry: IniEntry, draft: ExtractionDraft): void {
  const [first] = entry.values;
  if (!first) return;
  if (!entry.isMultiline && first.text.startsWith(FILE_DIRECTIVE)) {
    for (const target of first.text.slice(FILE_DIRECTIVE.length).split(',')) {
      if (target.trim() !== '') addInclude(draft, site.path, first.line, target.trim());
    }
    return;
  }
  const items = entry.isMultiline
    ? entry.values
    : first.text.split(';').map((text) => ({ line: first.line, text }));
  for (const item of items) {
    const text = beforeComment(item.text, isWhitespace, false).trim();
    if (text === '') continue;
    addFactOrDiagnostic(draft, pep508Fact({ ...site, line: item.line }, text));
  }
}

/** A forgiving INI reader in the spirit of Python's configparser (keys lower-cased, `#`/`;` comment lines). */
function readIni(text: string): IniEntry[] {
  const entries: IniEntry[] = [];
  let section = '';
  let current: IniEntry | undefined;
  text.split(NEWLINE_RE).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return;
    const isContinuation = raw.length > raw.trimStart().length;
    if (isContinuation && current) {
      current.values.push({ line: index + 1, text: trimmed });
      current.isMultiline = true;
      return;
    }
    current = undefined;
    const sectionMatch = SECTION_RE.exec(trimmed);
    if (sectionMatch) {
      section = sectionMatch[1]!.trim();
      return;
    }
    const keyValue = keyAndValue(trimmed);
    if (!keyValue) return;
    current = { section, key: keyValue.key.toLowerCase(), values: [], isMultiline: false };
    const value = keyValue.value;
    if (value !== '') current.values.push({ line: index + 1, text: value });
    entries.push(current);
  });
  return entries;
}

/**
 * `key = value` or `key: value` (the first `=` or `:` splits), both trimmed; undefined without a key, or
 * when the value holds a line break (as `/^([^=:]+?)\s*[=:]\s*(.*)$/` reads it, in linear time).
 */
function keyAndValue(line: string): { key: string; value: string } | undefined {
  const equals = line.indexOf('=');
  const colon = line.indexOf(':');
  const separator = equals === -1 ? colon : colon === -1 ? equals : Math.min(equals, colon);
  if (separator <= 0) return undefined;
  const key = line.slice(0, separator).trim();
  const value = line.slice(separator + 1);
  if (key === '' || hasLineTerminator(value)) return undefined;
  return { key, value: value.trim() };
}
