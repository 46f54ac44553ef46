// Decides from a cheap pass whether a Python source (or a notebook's JSON) may hold evidence, so the ~95%
// of files that import only ordinary libraries are never tokenized. One hand-written scan over bytes, not
// regular expressions: it runs on every Python file of the tree, before decoding, and must cost little
// more than reading it. Text inside strings and comments can match too; that only costs a full parse,
// never a missed fact.
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
const COMMA = 0x2c;
const SLASH = 0x2f;
const FROM = Buffer.from('from');
const IMPORT = Buffer.from('import');

interface Interest {
  modules: ReadonlySet<string>;
  /** Per narrowed root, the words one of which must appear for it to matter (see ExtractionContext). */
  moduleWords: ReadonlyMap<string, readonly Buffer[]>;
  /** Route words as they follow a slash (`/health`) and as they precede one (`health/`). */
  afterSlash: Buffer[];
  beforeSlash: Buffer[];
  /** Words given with no slash, looked for anywhere. */
  anywhere: Buffer[];
}

const interests = new WeakMap<ExtractionContext, Interest>();

/** A source may hold evidence when it imports a module of interest or names a route word (`@router.get("/health")`). */
export function mayMatter(text: string, context: ExtractionContext | undefined): boolean {
  return mayMatterBytes(Buffer.from(text), context);
}

/**
 * mayMatter() on a file's undecoded bytes (UTF-8 or any ASCII-compatible encoding). Bytes of non-ASCII
 * characters count as spaces, so Unicode spaces before a name are skipped as `\s` would.
 */
export function mayMatterBytes(bytes: Buffer, context: ExtractionContext | undefined): boolean {
  if (!context?.modules) return true;
  const interest = interestOf(context);
  const isOfInterest = (name: string) => {
    if (!interest.modules.has(name)) return false;
    const words = interest.moduleWords.get(name);
    return words === undefined || words.some((word) => bytes.includes(word));
  };
  return importsAny(bytes, isOfInterest) || namesRoute(bytes, interest);
}

/**
 * True when an import statement names one of `modules` at its root: `import a, b as c` gives a and b,
 * `from a.b import c` gives a. Matches what `\b(from|import)[ \t]+([^\n;]+)` finds, notebook JSON
 * (`"import x\n"`) included.
 */
export function mayImportAny(text: string, modules: ReadonlySet<string>): boolean {
  return importsAny(Buffer.from(text), (name) => modules.has(name));
}

function interestOf(context: ExtractionContext): Interest {
  let interest = interests.get(context);
  if (!interest) {
    const words = context.routeWords ?? [];
    const toBytes = (list: readonly string[]) => list.map((word) => Buffer.from(word));
    interest = {
      modules: new Set([...(context.modules ?? []), ...ROUTE_FRAMEWORKS]),
      moduleWords: new Map([...(context.moduleWords ?? [])].map(([root, list]) => [root, toBytes(list)])),
      afterSlash: toBytes(words.filter((word) => word.startsWith('/')).map((word) => word.slice(1))),
      beforeSlash: toBytes(words.filter((word) => word.endsWith('/')).map((word) => word.slice(0, -1))),
      anywhere: toBytes(words.filter((word) => !word.includes('/'))),
    };
    interests.set(context, interest);
  }
  return interest;
}

function importsAny(bytes: Buffer, isOfInterest: (name: string) => boolean): boolean {
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
    if (end > start && namesAny(bytes, start, end, !isFrom, isOfInterest)) return true;
    position = end > start ? end : keywordEnd;
  }
}

/** The names leading `bytes[start, end)` (each comma-separated part when `eachPart`) include one of interest. */
function namesAny(
  bytes: Buffer,
  start: number,
  end: number,
  eachPart: boolean,
  isOfInterest: (name: string) => boolean,
): boolean {
  let index = start;
  for (;;) {
    while (index < end && (isSpaceCode(bytes[index]!) || bytes[index]! >= 0x80)) index += 1;
    const nameStart = index;
    if (index < end && isNameStartCode(bytes[index]!)) {
      while (index < end && isWordCode(bytes[index]!)) index += 1;
      if (isOfInterest(bytes.toString('latin1', nameStart, index))) return true;
    }
    if (!eachPart) return false;
    const comma = bytes.indexOf(COMMA, index);
    if (comma === -1 || comma >= end) return false;
    index = comma + 1;
  }
}

/** True when a route word follows or precedes a slash somewhere (`"/health"`, `"health/"`). */
function namesRoute(bytes: Buffer, interest: Interest): boolean {
  if (interest.anywhere.some((word) => bytes.includes(word))) return true;
  for (let slash = bytes.indexOf(SLASH); slash !== -1; slash = bytes.indexOf(SLASH, slash + 1)) {
    for (const word of interest.afterSlash) if (bytesAt(bytes, slash + 1, word)) return true;
    for (const word of interest.beforeSlash) if (bytesAt(bytes, slash - word.length, word)) return true;
  }
  return false;
}

function bytesAt(bytes: Buffer, at: number, word: Buffer): boolean {
  if (at < 0 || at + word.length > bytes.length) return false;
  for (let index = 0; index < word.length; index += 1) if (bytes[at + index] !== word[index]) return false;
  return true;
}

const isBlankCode = (code: number) => code === 0x20 || code === 0x09;
// `\s` in ASCII: space and the controls \t to \r (the Unicode spaces are non-ASCII bytes, skipped as such).
const isSpaceCode = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);
const isNameStartCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
const isWordCode = (code: number) => isNameStartCode(code) || (code >= 0x30 && code <= 0x39);
