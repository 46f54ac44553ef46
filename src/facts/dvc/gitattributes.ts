// .gitattributes: which paths Git LFS stores. https://git-scm.com/docs/gitattributes

import type { Extraction, Extractor, SignalFact, SourceFile } from '../model.js';

const LFS_FILTER = 'filter=lfs';
const MACRO_PREFIX = '[attr]';
const WHITESPACE = /\s+/;
const ESCAPED_CHAR = /\\(.)/g;

export const gitattributesExtractor: Extractor = {
  name: 'gitattributes',
  claims: (_path, baseName) => baseName === '.gitattributes',
  extensions: [''],
  extract: extractGitattributes,
};

/**
 * One `lfs-filter` signal per pattern whose attributes set `filter=lfs`, directly or through a macro
 * defined earlier in the file (`[attr]lfs filter=lfs diff=lfs merge=lfs`, then `*.onnx lfs`). Never throws.
 */
function extractGitattributes({ path, text }: SourceFile): Extraction {
  const facts: SignalFact[] = [];
  const lfsMacros = new Set<string>();
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const { pattern, attributes } = splitLine(line);
    const isLfs = attributes.some((attribute) => attribute === LFS_FILTER || lfsMacros.has(attribute));
    if (!isLfs) continue;
    if (pattern.startsWith(MACRO_PREFIX)) lfsMacros.add(pattern.slice(MACRO_PREFIX.length));
    else facts.push({ kind: 'signal', path, line: index + 1, signal: 'lfs-filter', detail: pattern });
  }
  return { facts, diagnostics: [] };
}

/** A pattern may be quoted C-style (`"data/raw files/*.csv" filter=lfs`); the quotes are removed. */
function splitLine(line: string): { pattern: string; attributes: string[] } {
  let end: number;
  let pattern: string;
  if (line.startsWith('"')) {
    end = 1;
    while (end < line.length && line[end] !== '"') end += line[end] === '\\' ? 2 : 1;
    pattern = line.slice(1, end).replace(ESCAPED_CHAR, '$1');
    end++;
  } else {
    const space = line.search(WHITESPACE);
    end = space === -1 ? line.length : space;
    pattern = line.slice(0, end);
  }
  const attributes = line
    .slice(end)
    .split(WHITESPACE)
    .filter((attribute) => attribute !== '');
  return { pattern, attributes };
}
