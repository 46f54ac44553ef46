// Decides from a cheap pass whether a Python source (or a notebook's JSON) may hold evidence, so the ~95%
// of files that import only ordinary libraries are never tokenized. One hand-written scan, not regular
// expressions: it runs on every Python file of the tree, before decoding, and must cost little more than
// reading it. It reads a string, so each search is a V8 built-in (a `Buffer.indexOf` call costs a trip
// into C++ per import line, which doubled its time). Undecoded bytes are looked at as Latin-1, one
// character per byte. Text inside strings and comments can match too; that only costs a full parse,
// never a missed fact.
import type { ExtractionContext } from '../model.js';
import { ROUTE_CALLEES } from './python-routes.js';

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
const BACKSLASH = 0x5c;
const CR = 0x0d;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const LETTER_I = 0x69;
const LETTER_N = 0x6e;

interface Interest {
  modules: ReadonlySet<string>;
  /** ML-library roots with the words that make them matter to a rule, route frameworks left out. */
  mlOnly: ReadonlyMap<string, readonly string[]>;
  /** Per narrowed root, the words one of which must appear for it to matter (see ExtractionContext). */
  moduleWords: ReadonlyMap<string, readonly string[]>;
  /** Route words as they follow a slash (`/health`), by their first character's code. */
  afterByFirst: (string[] | undefined)[];
  /** Route words as they precede a slash (`health/`), by their last character's code. */
  beforeByLast: (string[] | undefined)[];
  /** Words given with no slash, looked for anywhere. */
  anywhere: string[];
  /** See extensibleTest. */
  isExtensible: (target: string) => boolean;
}

const interests = new WeakMap<ExtractionContext, Interest>();

/**
 * A source may hold evidence when it imports a module of interest or names a route word
 * (`@router.get("/health")`). Characters beyond ASCII count as spaces, so Unicode spaces before a name
 * are skipped as `\s` would.
 */
export function mayMatter(text: string, context: ExtractionContext | undefined): boolean {
  if (!context?.modules) return true;
  return screenOnce(text, context).mayMatter;
}

/** What one pass over a source's imports tells both mayMatter() and mlImportsOnly(). */
interface Screening {
  mayMatter: boolean;
  mlRoots: string[] | undefined;
}

// Both questions are asked of every file, one after the other: answered in one pass, kept for the last text.
let lastScreened: { text: string; context: ExtractionContext; screening: Screening } | undefined;

function screenOnce(text: string, context: ExtractionContext): Screening {
  if (lastScreened?.text !== text || lastScreened.context !== context) {
    lastScreened = { text, context, screening: screen(text, context) };
  }
  return lastScreened.screening;
}

/**
 * One pass over the imports: whether one makes the source matter (a root of interest, spelling one of
 * its narrowing words when it has some), and the ML-only roots when those are all its imports of interest.
 */
function screen(text: string, context: ExtractionContext): Screening {
  const interest = interestOf(context);
  const spells = spellingTest(text);
  const wantsRoots = context.mlOnlyModules !== undefined && interest.mlOnly.size > 0;
  const roots: string[] = [];
  let matters = false;
  // Something beyond ML-only imports may matter, or the pass may not see every name.
  let isOther = !wantsRoots;
  const visit = (name: string) => {
    if (!interest.modules.has(name)) return false;
    if (!matters) {
      const words = interest.moduleWords.get(name);
      matters = words === undefined || words.some(spells);
    }
    if (!isOther) {
      const ruleWords = interest.mlOnly.get(name);
      if (ruleWords === undefined || ruleWords.some(spells)) isOther = true;
      else if (!roots.includes(name)) roots.push(name);
    }
    // Going on to see every import; stopping once neither answer can change.
    return matters && isOther;
  };
  // An import this pass may misread is read in full: it may name anything.
  const onHidden = () => {
    isOther = true;
    matters = true;
    return true;
  };
  importsAny(text, visit, onHidden);
  const namesRouteWord = (!matters || !isOther) && namesRoute(text, interest);
  return {
    mayMatter: matters || namesRouteWord,
    mlRoots: isOther || roots.length === 0 || namesRouteWord ? undefined : roots.sort(),
  };
}

/**
 * Whether one notebook cell can add a fact or change what a name of interest stands for, given the names
 * the earlier cells bound (`aliases`, local name to dotted name): it imports a module of interest, names
 * a route word, or spells a name bound to something a call pattern can extend. A cell that does neither
 * (most of a notebook: plotting, data wrangling, prints) is not tokenized. A name of interest it rebinds
 * is spelt in it, and a name bound to anything else can only resolve calls no rule reads.
 */
export function cellMayMatter(
  code: string,
  aliases: ReadonlyMap<string, string>,
  context: ExtractionContext | undefined,
): boolean {
  if (!context?.modules || !context.callNames) return true;
  const interest = interestOf(context);
  // Imports judged without the words that narrow a root: `import gradio as gr` matters to the cell that
  // calls `gr.Interface` later.
  const isOfInterest = (name: string) => interest.modules.has(name);
  if (importsAny(code, isOfInterest, () => true) || namesRoute(code, interest)) return true;
  for (const [name, target] of aliases) {
    if (interest.isExtensible(target) && spellsName(code, name)) return true;
  }
  return false;
}

/**
 * Whether a call through a name bound to `target` (`aiplatform` to `google.cloud.aiplatform`) can be one
 * a call pattern or a route declaration names (some starts with its segments), or a web framework's.
 */
function extensibleTest(context: ExtractionContext): (target: string) => boolean {
  const patterns = [...(context.callNames ?? []), ...ROUTE_CALLEES].map((name) => name.split('.'));
  const known = new Map<string, boolean>();
  return (target) => {
    let found = known.get(target);
    if (found === undefined) {
      const segments = target.split('.');
      found =
        ROUTE_FRAMEWORKS.includes(segments[0]!) ||
        patterns.some(
          (pattern) =>
            pattern.length >= segments.length &&
            segments.every((segment, index) => pattern[index] === '*' || pattern[index] === segment),
        );
      known.set(target, found);
    }
    return found;
  };
}

/** `name` appears as a whole word: `f` bound by `with tf.io.gfile.GFile(...) as f` is in every cell. */
function spellsName(code: string, name: string): boolean {
  for (let at = code.indexOf(name); at !== -1; at = code.indexOf(name, at + 1)) {
    if (!isWordCode(code.charCodeAt(at - 1)) && !isWordCode(code.charCodeAt(at + name.length))) return true;
  }
  return false;
}

/**
 * The roots a source may import when only ML libraries can make it matter: every import of interest
 * names a root of `mlOnlyModules` and no route word appears. Then its only evidence is those imports,
 * and a scan that already holds one for each root needs nothing from it. Undefined when anything else
 * may matter, or when an import is written so the cheap pass may not see its names (a `\` continuation,
 * a form feed after the keyword): such a source is read in full.
 */
export function mlImportsOnly(text: string, context: ExtractionContext | undefined): string[] | undefined {
  if (!context?.modules || !context.mlOnlyModules) return undefined;
  return screenOnce(text, context).mlRoots;
}

/** mlImportsOnly() on a file's undecoded bytes. */
export function mlImportsOnlyBytes(
  bytes: Buffer,
  context: ExtractionContext | undefined,
): string[] | undefined {
  return mlImportsOnly(latin1Once(bytes), context);
}

/** mayMatter() on a file's undecoded bytes (UTF-8 or any ASCII-compatible encoding). */
export function mayMatterBytes(bytes: Buffer, context: ExtractionContext | undefined): boolean {
  return mayMatter(latin1Once(bytes), context);
}

// Both checks of one read look at the same text: one copy, kept for the last bytes seen.
let lastBytes: Buffer | undefined;
let lastText = '';

function latin1Once(bytes: Buffer): string {
  if (bytes !== lastBytes) {
    lastText = bytes.toString('latin1');
    lastBytes = bytes;
  }
  return lastText;
}

/**
 * True when an import statement names one of `modules` at its root: `import a, b as c` gives a and b,
 * `from a.b import c` gives a. Matches what `\b(from|import)[ \t]+([^\n;]+)` finds, notebook JSON
 * (`"import x\n"`) included.
 */
export function mayImportAny(text: string, modules: ReadonlySet<string>): boolean {
  return importsAny(text, (name) => modules.has(name));
}

/**
 * Whether `text` holds a word, each word searched once: a notebook imports torch in cell after cell, and
 * searching all of it again for each import took most of a scan.
 */
function spellingTest(text: string): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) {
      found = text.includes(word);
      known.set(word, found);
    }
    return found;
  };
}

function interestOf(context: ExtractionContext): Interest {
  let interest = interests.get(context);
  if (!interest) {
    const words = context.routeWords ?? [];
    interest = {
      modules: new Set([...(context.modules ?? []), ...ROUTE_FRAMEWORKS]),
      mlOnly: new Map(
        [...(context.mlOnlyModules ?? [])].filter(([name]) => !ROUTE_FRAMEWORKS.includes(name)),
      ),
      moduleWords: context.moduleWords ?? new Map(),
      afterByFirst: byCharacter(
        words.filter((word) => word.length > 1 && word.startsWith('/')).map((word) => word.slice(1)),
        (word) => word.charCodeAt(0),
      ),
      beforeByLast: byCharacter(
        words.filter((word) => word.length > 1 && word.endsWith('/')).map((word) => word.slice(0, -1)),
        (word) => word.charCodeAt(word.length - 1),
      ),
      anywhere: words.filter((word) => !word.includes('/')),
      isExtensible: extensibleTest(context),
    };
    interests.set(context, interest);
  }
  return interest;
}

/**
 * True once `isOfInterest` is true of an imported name. With `onHidden`, an import that may hide names
 * from this pass (see mlImportsOnly) is told to it, and the pass stops when it returns true.
 *
 * One search, for `mport`: every import statement holds the keyword `import`, `from a import b` too, and
 * its `from` is found by looking back over the statement. Searching `from` and `import` apart went over
 * every file twice, and `mport` starts with a rarer letter than `import` (a third faster on real code).
 * A `from` with no `import` after it in its statement (`yield from gen`) imports nothing and is not read.
 * A statement this cannot read backwards (a `\` line continuation before its `import`, or `import\`) is
 * left to importsByEachKeyword(), which reads forwards.
 */
export function importsAny(
  text: string,
  isOfInterest: (name: string) => boolean,
  onHidden?: () => boolean,
): boolean {
  const length = text.length;
  // Where the statement read last ended: no statement looks back past it, so each byte is seen once.
  let readUpTo = 0;
  // Where the last `import` that ended no statement was (`"import"` in a string): its statement holds no
  // `from` before it, so a later `import` of the same statement looks back only that far.
  let searchedUpTo = 0;
  for (let found = text.indexOf('mport', 1); found !== -1; found = text.indexOf('mport', found + 1)) {
    const at = found - 1;
    if (text.charCodeAt(at) !== LETTER_I) continue;
    const isInWord = at > 0 && isWordCode(text.charCodeAt(at - 1)) && !isEscapedNewline(text, at - 2);
    const keywordEnd = at + 6;
    if (isInWord || at < readUpTo) continue;
    const after = text.charCodeAt(keywordEnd);
    if (isHidingCode(after)) return importsByEachKeyword(text, isOfInterest, onHidden);
    // `import a` takes a blank; the `import` of `from a import(b)` or `from a import*` need not.
    const isBlankAfter = isBlankCode(after);
    if (!isBlankAfter && isWordCode(after)) continue;
    const floor = Math.max(readUpTo, searchedUpTo);
    const statementStart = statementStartBefore(text, at, floor);
    if (statementStart === CONTINUED) return importsByEachKeyword(text, isOfInterest, onHidden);
    // The statement's first keyword decides what it names, as importsByEachKeyword() reads it.
    const from = firstFromBefore(text, statementStart === NO_BOUNDARY ? floor : statementStart, at, onHidden);
    if (from === true) return true;
    if (from === -1 && !isBlankAfter) {
      searchedUpTo = at;
      continue;
    }
    let end = keywordEnd;
    while (end < length && !isStatementEnd(text.charCodeAt(end)) && !isEscapedNewline(text, end)) end += 1;
    const keywordAt = from === -1 ? at : from;
    let start = keywordAt + (from === -1 ? 6 : 4);
    while (start < length && isBlankCode(text.charCodeAt(start))) start += 1;
    if (onHidden && isCutShort(text, start, end, from !== -1) && onHidden()) return true;
    if (end > start && namesAny(text, start, end, from === -1, isOfInterest)) return true;
    readUpTo = end;
    found = Math.max(found, end - 1);
  }
  return false;
}

const CONTINUED = -1;
const NO_BOUNDARY = -2;

/**
 * Where the statement holding `at` starts: after the line end (LF, CR, or `\n` in notebook JSON) or `;`
 * before it. NO_BOUNDARY when there is none down to `floor`; CONTINUED when the line before goes on into
 * this one (`from a \` then `import b`), which only a forward read gets right.
 */
function statementStartBefore(text: string, at: number, floor: number): number {
  for (let index = at - 1; index >= floor; index -= 1) {
    const code = text.charCodeAt(index);
    if (code === SEMICOLON) return index + 1;
    if (code === NEWLINE || code === CR) return continuesLine(text, index) ? CONTINUED : index + 1;
    if (code === LETTER_N && isEscapedNewline(text, index - 1)) {
      return endsContinued(text, index - 1) ? CONTINUED : index + 1;
    }
  }
  return NO_BOUNDARY;
}

/**
 * A `\` ends the line that ends at `newline` (LF, CR or CR LF), in source or in a notebook's JSON, where
 * the line is a string of a source list: `"from a \\\n",` then the next line.
 */
function continuesLine(text: string, newline: number): boolean {
  if (endsContinued(text, newline)) return true;
  let before = newline - 1;
  if (text.charCodeAt(newline) === NEWLINE && text.charCodeAt(before) === CR) before -= 1;
  if (text.charCodeAt(before) === COMMA) before -= 1;
  // The line is a string of the list: it ends with the `\n` its text ends with.
  return (
    text.charCodeAt(before) === DOUBLE_QUOTE &&
    isEscapedNewline(text, before - 2) &&
    endsContinued(text, before - 2)
  );
}

const isFromAt = (text: string, at: number) =>
  text.charCodeAt(at) === 0x66 &&
  text.charCodeAt(at + 1) === 0x72 &&
  text.charCodeAt(at + 2) === 0x6f &&
  text.charCodeAt(at + 3) === 0x6d;

/**
 * The first `from` keyword in `text[start, end)`, or -1; true when `onHidden` ends the pass (a `from`
 * followed by a character that hides names, as importsByEachKeyword() tells it).
 */
function firstFromBefore(
  text: string,
  start: number,
  end: number,
  onHidden: (() => boolean) | undefined,
): number | true {
  // A loop over the statement, not indexOf: that would search on past it, to the end of the file.
  for (let at = start; at + 4 <= end; at += 1) {
    if (!isFromAt(text, at)) continue;
    const isInWord = at > 0 && isWordCode(text.charCodeAt(at - 1)) && !isEscapedNewline(text, at - 2);
    if (isInWord) continue;
    const after = text.charCodeAt(at + 4);
    if (isBlankCode(after)) return at;
    if (onHidden && isHidingCode(after) && onHidden()) return true;
  }
  return -1;
}

/**
 * importsAny() read forwards, each keyword searched on its own: the reading every other one agrees with,
 * kept for statements that continue over lines.
 */
export function importsByEachKeyword(
  text: string,
  isOfInterest: (name: string) => boolean,
  onHidden?: () => boolean,
): boolean {
  const length = text.length;
  let position = 0;
  // The next `from` and `import` at or after `position`, each searched again only once passed.
  let from = text.indexOf('from');
  let imp = text.indexOf('import');
  for (;;) {
    if (from !== -1 && from < position) from = text.indexOf('from', position);
    if (imp !== -1 && imp < position) imp = text.indexOf('import', position);
    if (from === -1 && imp === -1) return false;
    const isFrom = imp === -1 || (from !== -1 && from < imp);
    const at = isFrom ? from : imp;
    const keywordEnd = at + (isFrom ? 4 : 6);
    const isInWord = at > 0 && isWordCode(text.charCodeAt(at - 1)) && !isEscapedNewline(text, at - 2);
    if (isInWord || !isBlankCode(text.charCodeAt(keywordEnd))) {
      if (onHidden && !isInWord && isHidingCode(text.charCodeAt(keywordEnd)) && onHidden()) return true;
      position = at + 1;
      continue;
    }
    let start = keywordEnd;
    while (start < length && isBlankCode(text.charCodeAt(start))) start += 1;
    let end = start;
    while (end < length && !isStatementEnd(text.charCodeAt(end)) && !isEscapedNewline(text, end)) end += 1;
    if (onHidden && isCutShort(text, start, end, isFrom) && onHidden()) return true;
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
): boolean {
  let index = start;
  for (;;) {
    while (index < end && isSpaceOrBeyondAscii(text.charCodeAt(index))) index += 1;
    const nameStart = index;
    if (index < end && isNameStartCode(text.charCodeAt(index))) {
      while (index < end && isWordCode(text.charCodeAt(index))) index += 1;
      if (isOfInterest(text.slice(nameStart, index))) return true;
    }
    if (!eachPart) return false;
    // Looked for in the statement only: indexOf would search on to the file's end for every import of a
    // line such as `import a; import b; ...`, which made the pass quadratic.
    while (index < end && text.charCodeAt(index) !== COMMA) index += 1;
    if (index >= end) return false;
    index += 1;
  }
}

/** True when a route word follows or precedes a slash somewhere (`"/health"`, `"health/"`). */
function namesRoute(text: string, interest: Interest): boolean {
  if (interest.anywhere.some((word) => text.includes(word))) return true;
  // One pass over the slashes, each looked at only when a route word can start after it or end before
  // it: a search per word went over every file twenty times.
  const { afterByFirst, beforeByLast } = interest;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    const after = afterByFirst[text.charCodeAt(slash + 1)];
    if (after?.some((word) => text.startsWith(word, slash + 1))) return true;
    const before = slash > 0 ? beforeByLast[text.charCodeAt(slash - 1)] : undefined;
    if (before?.some((word) => slash >= word.length && text.startsWith(word, slash - word.length))) {
      return true;
    }
  }
  return false;
}

/** `words` grouped by the code of the character at `pick(word)`, for a look-up by that character. */
function byCharacter(words: readonly string[], pick: (word: string) => number): (string[] | undefined)[] {
  const groups: (string[] | undefined)[] = [];
  for (const word of words) {
    const code = pick(word);
    groups[code] = [...(groups[code] ?? []), word];
  }
  return groups;
}

const isBlankCode = (code: number) => code === 0x20 || code === 0x09;
// After `import`: a line continuation or a space the tokenizer skips but this pass does not.
const isHidingCode = (code: number) => code === 0x5c || code === 0x0c || code === 0x0b;

/**
 * Whether a statement's roots go on past this pass's reach: a `\` ends its line and what follows can
 * hold a root (`import os, \` then `mlflow`; `from \` then `mlflow import x`). The members a from-import
 * names after `import \` are no roots, and a backslash inside a string is no line's end.
 */
function isCutShort(text: string, start: number, end: number, isFrom: boolean): boolean {
  if (!endsContinued(text, end)) return false;
  return !isFrom || !isNameStartCode(text.charCodeAt(start));
}

/** The statement ending at `end` (a line end, or the `\` of notebook JSON's `\n`) ends with a `\`. */
function endsContinued(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (code === NEWLINE || code === CR) {
    const before = code === NEWLINE && text.charCodeAt(end - 1) === CR ? end - 2 : end - 1;
    return text.charCodeAt(before) === BACKSLASH;
  }
  // Notebook JSON writes a `\` ending a line as `\\` before the `\n`.
  return (
    code === BACKSLASH && text.charCodeAt(end - 1) === BACKSLASH && text.charCodeAt(end - 2) === BACKSLASH
  );
}
const isStatementEnd = (code: number) => code === NEWLINE || code === SEMICOLON || code === CR;
// A notebook's raw JSON writes each source line's end as `\n`: a `\` there is no line continuation.
const isEscapedNewline = (text: string, index: number) =>
  text.charCodeAt(index) === 0x5c && text.charCodeAt(index + 1) === 0x6e;
// `\s` in ASCII: space and the controls \t to \r (the Unicode spaces are beyond ASCII, skipped as such).
const isSpaceOrBeyondAscii = (code: number) =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code >= 0x80;
const isNameStartCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
const isWordCode = (code: number) => isNameStartCode(code) || (code >= 0x30 && code <= 0x39);
