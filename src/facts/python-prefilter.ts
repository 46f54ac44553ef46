// Decides from a cheap pass whether a Python source (or a notebook's JSON) may hold evidence, so the ~95%
// of files that import only ordinary libraries are never tokenized. Hand-written scans rather than
// regular expressions: this runs on every Python file of the tree and must cost little more than reading it.
// Text inside strings and comments can match too; that only costs a full parse, never a missed fact.
import type { ExtractionContext } from './model.js';

// Web frameworks whose route declarations health checks are read from, whatever the rules name.
const ROUTE_FRAMEWORKS = [
  'fastapi',
  'flask',
  'starlette',
  'quart',
  'aiohttp',
  'django',
  'sanic',
  'litestar',
  'falcon',
];

const NEWLINE = 0x0a;
const SEMICOLON = 0x3b;

interface Interest {
  modules: ReadonlySet<string>;
  moduleWords: ReadonlyMap<string, readonly string[]>;
  moduleWordBytes: ReadonlyMap<string, readonly Buffer[]>;
  /** Route words as they follow a slash (`/health`) and as they precede one (`health/`). */
  afterSlash: string[];
  beforeSlash: string[];
  /** Words given with no slash, looked for anywhere. */
  anywhere: string[];
  /** The same words as bytes, for the check before decoding. */
  afterSlashBytes: Buffer[];
  beforeSlashBytes: Buffer[];
  anywhereBytes: Buffer[];
}

const FROM = Buffer.from('from');
const IMPORT = Buffer.from('import');

const interests = new WeakMap<ExtractionContext, Interest>();

/** A source may hold evidence when it imports a module of interest or names a route word (`@router.get("/health")`). */
export function mayMatter(text: string, context: ExtractionContext | undefined): boolean {
  if (!context?.modules) return true;
  const interest = interestOf(context);
  const isOfInterest = (name: string) => {
    if (!interest.modules.has(name)) return false;
    const words = interest.moduleWords.get(name);
    return words === undefined || words.some((word) => text.includes(word));
  };
  return importsAny(text, isOfInterest) || mayNameRoute(text, interest);
}

function interestOf(context: ExtractionContext): Interest {
  let interest = interests.get(context);
  if (!interest) {
    const words = context.routeWords ?? [];
    const afterSlash = words.filter((word) => word.startsWith('/')).map((word) => word.slice(1));
    const beforeSlash = words.filter((word) => word.endsWith('/')).map((word) => word.slice(0, -1));
    const anywhere = words.filter((word) => !word.includes('/'));
    const toBytes = (list: string[]) => list.map((word) => Buffer.from(word));
    interest = {
      modules: new Set([...(context.modules ?? []), ...ROUTE_FRAMEWORKS]),
      moduleWords: context.moduleWords ?? new Map(),
      moduleWordBytes: new Map(
        [...(context.moduleWords ?? [])].map(([root, list]) => [root, toBytes([...list])]),
      ),
      afterSlash,
      beforeSlash,
      anywhere,
      afterSlashBytes: toBytes(afterSlash),
      beforeSlashBytes: toBytes(beforeSlash),
      anywhereBytes: toBytes(anywhere),
    };
    interests.set(context, interest);
  }
  return interest;
}

/**
 * True when an import statement of `text` names one of `modules` at its root: `import a, b as c` gives
 * a and b, `from a.b import c` gives a. Matches what `\b(from|import)[ \t]+([^\n;]+)` finds, notebook
 * JSON (`"import x\n"`) included.
 */
export function mayImportAny(text: string, modules: ReadonlySet<string>): boolean {
  return importsAny(text, (name) => modules.has(name));
}

function importsAny(text: string, isOfInterest: (name: string) => boolean): boolean {
  let position = 0;
  for (;;) {
    const from = text.indexOf('from', position);
    const imp = text.indexOf('import', position);
    if (from === -1 && imp === -1) return false;
    const isFrom = imp === -1 || (from !== -1 && from < imp);
    const at = isFrom ? from : imp;
    const keywordEnd = at + (isFrom ? 4 : 6);
    if ((at > 0 && isWordCode(text.charCodeAt(at - 1))) || !isBlankCode(text.charCodeAt(keywordEnd))) {
      position = at + 1;
      continue;
    }
    let start = keywordEnd;
    while (isBlankCode(text.charCodeAt(start))) start += 1;
    let end = start;
    for (let code = text.charCodeAt(end); end < text.length && code !== NEWLINE && code !== SEMICOLON; ) {
      end += 1;
      code = text.charCodeAt(end);
    }
    if (end > start && namesAny(text, start, end, !isFrom, isOfInterest)) return true;
    position = end > start ? end : keywordEnd;
  }
}

/** The names leading `text[start, end)` (each comma-separated part when `eachPart`) include one of interest. */
function namesAny(
  text: string,
  start: number,
  end: number,
  eachPart: boolean,
  isOfInterest: (name: string) => boolean,
) {
  let index = start;
  for (;;) {
    while (index < end && isSpaceCode(text.charCodeAt(index))) index += 1;
    const nameStart = index;
    if (index < end && isNameStartCode(text.charCodeAt(index))) {
      while (index < end && isWordCode(text.charCodeAt(index))) index += 1;
      if (isOfInterest(text.slice(nameStart, index))) return true;
    }
    if (!eachPart) return false;
    const comma = text.indexOf(',', index);
    if (comma === -1 || comma >= end) return false;
    index = comma + 1;
  }
}

/** True when a route word follows or precedes a slash somewhere in `text` (`"/health"`, `"health/"`). */
function mayNameRoute(text: string, interest: Interest): boolean {
  if (interest.anywhere.some((word) => text.includes(word))) return true;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    for (const word of interest.afterSlash) if (text.startsWith(word, slash + 1)) return true;
    for (const word of interest.beforeSlash) if (text.endsWith(word, slash)) return true;
  }
  return false;
}

/**
 * mayMatter() on a file's undecoded bytes (UTF-8 or any ASCII-compatible encoding), never false where it
 * would be true: bytes of non-ASCII characters count as spaces, so Unicode spaces before a name are skipped
 * as in the text. Most Python files are ruled out here without being decoded.
 */
export function mayMatterBytes(bytes: Buffer, context: ExtractionContext | undefined): boolean {
  if (!context?.modules) return true;
  const interest = interestOf(context);
  const isOfInterest = (name: string) => {
    if (!interest.modules.has(name)) return false;
    const words = interest.moduleWordBytes.get(name);
    return words === undefined || words.some((word) => bytes.includes(word));
  };
  return mayImportAnyBytes(bytes, isOfInterest) || mayNameRouteBytes(bytes, interest);
}

function mayImportAnyBytes(bytes: Buffer, isOfInterest: (name: string) => boolean): boolean {
  const length = bytes.length;
  let position = 0;
  for (;;) {
    const from = bytes.indexOf(FROM, position);
    const imp = bytes.indexOf(IMPORT, position);
    if (from === -1 && imp === -1) return false;
    const isFrom = imp === -1 || (from !== -1 && from < imp);
    const at = isFrom ? from : imp;
    const keywordEnd = at + (isFrom ? 4 : 6);
    if ((at > 0 && isWordCode(bytes[at - 1]!)) || !isBlankCode(bytes[keywordEnd] ?? 0)) {
      position = at + 1;
      continue;
    }
    let start = keywordEnd;
    while (start < length && isBlankCode(bytes[start]!)) start += 1;
    let end = start;
    while (end < length && bytes[end] !== NEWLINE && bytes[end] !== SEMICOLON) end += 1;
    if (end > start && namesAnyBytes(bytes, start, end, !isFrom, isOfInterest)) return true;
    position = end > start ? end : keywordEnd;
  }
}

function namesAnyBytes(
  bytes: Buffer,
  start: number,
  end: number,
  eachPart: boolean,
  isOfInterest: (name: string) => boolean,
) {
  let index = start;
  for (;;) {
    while (index < end && (isSpaceCode(bytes[index]!) || bytes[index]! >= 0x80)) index += 1;
    const nameStart = index;
    if (index < end && isNameStartCode(bytes[index]!)) {
      while (index < end && isWordCode(bytes[index]!)) index += 1;
      if (isOfInterest(bytes.toString('latin1', nameStart, index))) return true;
    }
    if (!eachPart) return false;
    const comma = bytes.indexOf(0x2c, index);
    if (comma === -1 || comma >= end) return false;
    index = comma + 1;
  }
}

function mayNameRouteBytes(bytes: Buffer, interest: Interest): boolean {
  if (interest.anywhereBytes.some((word) => bytes.includes(word))) return true;
  for (let slash = bytes.indexOf(0x2f); slash !== -1; slash = bytes.indexOf(0x2f, slash + 1)) {
    for (const word of interest.afterSlashBytes) if (bytesAt(bytes, slash + 1, word)) return true;
    for (const word of interest.beforeSlashBytes) if (bytesAt(bytes, slash - word.length, word)) return true;
  }
  return false;
}

function bytesAt(bytes: Buffer, at: number, word: Buffer): boolean {
  if (at < 0 || at + word.length > bytes.length) return false;
  for (let index = 0; index < word.length; index += 1) if (bytes[at + index] !== word[index]) return false;
  return true;
}

const isBlankCode = (code: number) => code === 0x20 || code === 0x09;
// What `\s` matches: ASCII space and controls \t to \r, then the Unicode spaces (rare, checked last).
const isSpaceCode = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code >= 0xa0 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff));
const isNameStartCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
const isWordCode = (code: number) => isNameStartCode(code) || (code >= 0x30 && code <= 0x39);
