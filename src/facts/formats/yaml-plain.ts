// A quick reader for the plain block YAML most manifests and configs are written in: block maps and
// sequences, plain and quoted scalars and flow collections (over several lines too), `|` and `>` block
// text, and JSON. It gives exactly what the full parser gives, as plain values with their lines
// (parseYaml()) or as syntax nodes (parseYamlTree()), at a fraction of its cost, most of which is the
// `yaml` library's cold code on a first few files. Anything else (anchors, tags, `|+`, tabs, CRLF,
// directives, odd indentation) makes it decline, and the full parser reads the text; so does every text
// with an error, since only the full parser words errors.
import { isScalar, type Node, Pair, Scalar, Schema, YAMLMap, YAMLSeq } from 'yaml';
import { readJsonAsYaml } from './yaml-json.js';

/** A container and the line it starts on, with the line of each key or item, as convertNode records them. */
export type LineRecorder = (container: object, start: number, keys: Map<string | number, number>) => void;

/** What the reader makes of a text: each node with the line it starts on, as the full parser places it. */
export type PlainNode =
  | { kind: 'map'; line: number; entries: PlainEntry[] }
  | { kind: 'seq'; line: number; items: PlainNode[] }
  | {
      kind: 'scalar';
      line: number;
      value: unknown;
      style: Scalar.Type;
      /** For a block scalar, its source from the start of its header's line to its last line's end. */
      source?: [number, number];
    };

interface PlainEntry {
  /** The key as the core schema resolves it (`1:` is the number 1). */
  key: unknown;
  keyStyle: Scalar.Type;
  line: number;
  value: PlainNode;
}

interface Line {
  /** 1-based. */
  number: number;
  /** Offset of the line's start in the text. */
  start: number;
  indent: number;
  /** The line after its indentation. */
  text: string;
}

/** Thrown to decline a text; caught in readPlainYaml() only. */
class Decline extends Error {}

const schema = new Schema({});
// The core schema's tests and resolvers, so plain scalars get exactly the full parser's types.
const PLAIN_TAGS = schema.tags.flatMap((tag) =>
  tag.default === true && tag.test && tag.resolve
    ? [
        {
          test: tag.test,
          resolve: tag.resolve as (value: string, onError: () => void, options: object) => unknown,
        },
      ]
    : [],
);
// Characters a plain scalar may not start with (YAML 1.2 c-indicator), checked where one would begin.
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
const FLOW_INDICATORS = new Set(',[]{}');
// YAML implicit keys are at most 1024 characters; a little below, so escapes cannot push one over.
const MAX_KEY_LENGTH = 1000;

/**
 * The non-empty documents of `text`, or undefined when the text is outside what this reader handles.
 * toPlainValue() and toYamlNode() make of them what parseYaml() and parseYamlTree() give.
 */
export function readPlainYaml(text: string): PlainNode[] | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  // The first character after blanks and comment lines.
  const first = /^(?:[ ]*(?:#[^\n]*)?\n)*[ ]*(\S)/.exec(text)?.[1];
  if (first === '{' || first === '[') {
    const json = readJsonAsYaml(text, resolvePlain);
    if (json) return [json];
  }
  try {
    return new PlainYamlReader(text).documents();
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

/** The plain value of a node, as parseYaml() gives it, with `record` told each container's lines. */
export function toPlainValue(node: PlainNode, record: LineRecorder): unknown {
  if (node.kind === 'scalar') return node.value;
  const lines = new Map<string | number, number>();
  if (node.kind === 'seq') {
    const items = node.items.map((item, index) => {
      lines.set(index, item.line);
      return toPlainValue(item, record);
    });
    record(items, node.line, lines);
    return items;
  }
  const map: Record<string, unknown> = Object.create(null);
  for (const entry of node.entries) {
    const key = entry.key === null ? '' : String(entry.key);
    map[key] = toPlainValue(entry.value, record);
    lines.set(key, entry.line);
  }
  record(map, node.line, lines);
  return map;
}

/**
 * The node as the `yaml` library would have built it, with its line in `lines`: nodes carry no source
 * offsets, but for block scalars, whose folded lines are matched back to the source.
 */
export function toYamlNode(node: PlainNode, lines: WeakMap<Node, number>): Node {
  let built: Node;
  if (node.kind === 'scalar') {
    const scalar = new Scalar(node.value);
    scalar.type = node.style;
    // Folded text is matched back to its source lines (yaml-nodes.ts), which the offsets give.
    if (node.source) scalar.range = [node.source[0], node.source[1], node.source[1]];
    built = scalar;
  } else if (node.kind === 'seq') {
    const seq = new YAMLSeq();
    for (const item of node.items) seq.items.push(toYamlNode(item, lines));
    built = seq;
  } else {
    const map = new YAMLMap();
    for (const entry of node.entries) {
      const key = new Scalar(entry.key);
      key.type = entry.keyStyle;
      lines.set(key, entry.line);
      map.items.push(new Pair(key, toYamlNode(entry.value, lines)));
    }
    built = map;
  }
  lines.set(built, node.line);
  return built;
}

class PlainYamlReader {
  private readonly lines: Line[];
  /** Index of the line being read. */
  private at = 0;
  /** Index past the current document's last line. */
  private end = 0;

  constructor(private readonly text: string) {
    let start = 0;
    this.lines = text.split('\n').map((raw, index) => {
      const content = raw.trimStart();
      const line = { number: index + 1, start, indent: raw.length - content.length, text: content };
      start += raw.length + 1;
      return line;
    });
  }

  documents(): PlainNode[] {
    const documents: PlainNode[] = [];
    for (let start = 0; start <= this.lines.length; ) {
      let end = start;
      while (end < this.lines.length && !isDocumentStart(this.lines[end]!)) end += 1;
      this.at = start;
      this.end = end;
      const document = this.document();
      if (document) documents.push(document);
      if (end < this.lines.length) checkDocumentStart(this.lines[end]!);
      start = end + 1;
    }
    return documents;
  }

  private document(): PlainNode | undefined {
    const first = this.nextContent();
    if (!first) return undefined;
    if (first.text.startsWith('%') || first.text.startsWith('...')) throw new Decline();
    const value = this.block(first.indent);
    if (this.nextContent()) throw new Decline();
    return value;
  }

  /** The first line from `at` on with content (not blank, not a comment), without moving past it. */
  private nextContent(): Line | undefined {
    while (this.at < this.end) {
      const line = this.lines[this.at]!;
      if (line.text !== '' && !line.text.startsWith('#')) return line;
      this.at += 1;
    }
    return undefined;
  }

  /** A block map or sequence whose first line is the next content line, at `indent`. */
  private block(indent: number): PlainNode {
    const line = this.nextContent()!;
    if (line.indent !== indent) throw new Decline();
    return isSequenceItem(line.text) ? this.sequence(indent) : this.map(indent);
  }

  private map(indent: number): PlainNode {
    const entries: PlainEntry[] = [];
    const start = this.nextContent()!.number;
    for (let line = this.nextContent(); line && line.indent === indent; line = this.nextContent()) {
      if (isSequenceItem(line.text)) break;
      const { key, keyStyle, rest } = splitKey(line.text);
      this.at += 1;
      entries.push({
        key,
        keyStyle,
        line: line.number,
        value: this.valueAfterIndicator(rest, line, indent, true),
      });
    }
    this.endOfBlock(indent);
    return { kind: 'map', line: start, entries };
  }

  private sequence(indent: number): PlainNode {
    const items: PlainNode[] = [];
    const start = this.nextContent()!.number;
    for (let line = this.nextContent(); line && line.indent === indent; line = this.nextContent()) {
      // A key at the indentation of an indentless sequence (`a:\n- x\nb: 1`) ends it.
      if (!isSequenceItem(line.text)) break;
      const rest = line.text.slice(1);
      const content = rest.trimStart();
      if (content !== '' && !content.startsWith('#') && looksLikeKey(content)) {
        // `- name: x` opens a map whose keys line up with `name`: read the rest of the line as its first line.
        const column = indent + 1 + (rest.length - content.length);
        this.lines[this.at] = { ...line, indent: column, text: content };
        items.push(this.map(column));
        continue;
      }
      this.at += 1;
      items.push(this.valueAfterIndicator(rest, line, indent, false));
    }
    this.endOfBlock(indent);
    return { kind: 'seq', line: start, items };
  }

  /** After a block at `indent`: the next content line must belong to an enclosing block. */
  private endOfBlock(indent: number): void {
    const next = this.nextContent();
    if (next && next.indent > indent) throw new Decline();
  }

  /**
   * The value after `key:` or `-` (`rest` is the line after the indicator) on `line`, in a block at
   * `indent`. A value on the next lines is a deeper block, or for a map key a sequence at `indent`.
   */
  private valueAfterIndicator(rest: string, line: Line, indent: number, isMapValue: boolean): PlainNode {
    if (rest !== '' && !rest.startsWith(' ')) throw new Decline();
    const content = rest.trimStart();
    const empty: PlainNode = { kind: 'scalar', line: line.number, value: null, style: 'PLAIN' };
    if (content === '' || content.startsWith('#')) {
      const next = this.nextContent();
      if (!next || next.indent < indent) return empty;
      if (next.indent === indent)
        return isMapValue && isSequenceItem(next.text) ? this.sequence(indent) : empty;
      return this.block(next.indent);
    }
    if (isBlockScalar(content))
      return { kind: 'scalar', line: line.number, ...this.blockScalar(content, indent, line) };
    const value = this.inlineValue(line, content, indent);
    const next = this.nextContent();
    // A more indented line would continue a multi-line scalar or be an error: the full parser decides.
    if (next && next.indent > indent) throw new Decline();
    return value;
  }

  /**
   * The value that starts with `content` (the end of `line`) under a key or item at `indent`: a plain
   * scalar on its line, or a quoted scalar or flow collection, which may go on over the next lines when
   * they are indented deeper than `indent`. Then `at` moves past the line it ends on.
   */
  private inlineValue(line: Line, content: string, indent: number): PlainNode {
    const first = content[0]!;
    if (first !== '[' && first !== '{' && first !== '"' && first !== "'") {
      return this.plainScalar(content, line.number, indent);
    }
    const start = line.start + line.indent + line.text.length - content.length;
    const limit = this.lines[this.end]?.start ?? this.text.length;
    const flow = new FlowReader(this.text, start, line.number, indent + 1, limit);
    const value = flow.value();
    flow.expectEnd();
    this.at = Math.max(this.at, flow.line);
    return value;
  }

  /**
   * A plain scalar starting with `content` on line `lineNumber`, under a key or item at `indent`, and
   * going on over the lines after it indented deeper (as YAML writers wrap long values), folded as the
   * full parser folds them: one line break is a space, each blank line a line break.
   */
  private plainScalar(content: string, lineNumber: number, indent: number): PlainNode {
    if (INDICATORS.has(content[0]!) && !isPlainStart(content)) throw new Decline();
    const comment = content.indexOf(' #');
    let value = (comment === -1 ? content : content.slice(0, comment)).trimEnd();
    if (value.includes(': ') || value.endsWith(':')) throw new Decline();
    // After a comment nothing goes on: a deeper line is then the caller's to decline.
    let blanks = 0;
    for (let index = this.at; comment === -1 && index < this.end; index += 1) {
      const next = this.lines[index]!;
      if (next.text === '') {
        blanks += 1;
        continue;
      }
      if (next.indent <= indent || next.text.startsWith('#')) break;
      const text = withoutTrailingSpaces(next.text);
      if (!isPlainContinuation(text)) throw new Decline();
      value += blanks === 0 ? ` ${text}` : `${'\n'.repeat(blanks)}${text}`;
      blanks = 0;
      this.at = index + 1;
    }
    return { kind: 'scalar', line: lineNumber, value: resolvePlain(value), style: 'PLAIN' };
  }

  /**
   * A block scalar (`|`, `|-`, `>`, `>-`) under a key or item at `indent`, from the line at `at`. `|+`,
   * `>+` (which keep trailing blank lines, hard to count against the text's own last line break) and
   * indentation indicators are declined.
   */
  private blockScalar(
    header: string,
    indent: number,
    headerLine: Line,
  ): { value: string; style: Scalar.Type; source: [number, number] } {
    const match = /^([|>])(-?)(?:[ ]+#.*)?[ ]*$/.exec(header);
    if (!match) throw new Decline();
    const isFolded = match[1] === '>';
    // Each line after the content's indentation; '' for an empty line.
    const body: string[] = [];
    let contentIndent: number | undefined;
    let end = headerLine.start;
    for (; this.at < this.end; this.at += 1) {
      const line = this.lines[this.at]!;
      if (line.text === '') {
        if (contentIndent === undefined) {
          // More spaces than the content will have would need an indentation indicator: an error.
          if (line.indent > indent + 1) throw new Decline();
          body.push('');
        } else if (line.indent > contentIndent) {
          // Spaces beyond the indentation are content: kept in literal text, left to the parser in folded.
          if (isFolded) throw new Decline();
          body.push(' '.repeat(line.indent - contentIndent));
        } else body.push('');
        continue;
      }
      if (line.indent < (contentIndent ?? indent + 1)) break;
      contentIndent ??= line.indent;
      body.push(`${' '.repeat(line.indent - contentIndent)}${line.text}`);
      end = line.start + line.indent + line.text.length;
    }
    // Trailing empty lines are not content: clipping keeps one line break after the text, `-` none.
    let contentEnd = body.length;
    while (contentEnd > 0 && body[contentEnd - 1] === '') contentEnd -= 1;
    if (contentEnd === 0) throw new Decline();
    const lines = body.slice(0, contentEnd);
    const text = isFolded ? fold(lines) : lines.join('\n');
    return {
      value: match[2] === '-' ? text : `${text}\n`,
      style: isFolded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL',
      source: [headerLine.start, end],
    };
  }
}

/**
 * Folded text from its lines (`''` for an empty one): a line break between two lines is a space, each
 * empty line between them a line break; next to a more-indented line every line break is kept.
 */
function fold(lines: readonly string[]): string {
  let text = '';
  let empties = 0;
  let previous: string | undefined;
  for (const line of lines) {
    if (line === '') {
      empties += 1;
      continue;
    }
    if (previous === undefined) text = '\n'.repeat(empties) + line;
    else if (isMoreIndented(previous) || isMoreIndented(line)) text += '\n'.repeat(empties + 1) + line;
    else text += (empties === 0 ? ' ' : '\n'.repeat(empties)) + line;
    previous = line;
    empties = 0;
  }
  return text;
}

function isMoreIndented(line: string): boolean {
  return line.startsWith(' ');
}

/** `---` alone or before a comment starts a document; `--- value` is declined. */
function isDocumentStart(line: Line): boolean {
  return line.indent === 0 && line.text.startsWith('---') && (line.text.length === 3 || line.text[3] === ' ');
}

function checkDocumentStart(line: Line): void {
  const after = line.text.slice(3).trimStart();
  if (after !== '' && !after.startsWith('#')) throw new Decline();
}

function isSequenceItem(text: string): boolean {
  return text.startsWith('-') && (text.length === 1 || text[1] === ' ');
}

function isBlockScalar(content: string): boolean {
  return content.startsWith('|') || content.startsWith('>');
}

/** Whether an item's content opens a map (`key:` or `key: value`, the key plain or quoted). */
function looksLikeKey(text: string): boolean {
  const first = text[0]!;
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, 1);
    return close !== -1 && text[close + 1] === ':';
  }
  if (first === '[' || first === '{') return false;
  const colon = plainKeyEnd(text);
  const comment = text.indexOf(' #');
  return colon !== -1 && (comment === -1 || comment > colon);
}

/** Index of the `:` that ends a plain key (followed by a space or the end), or -1. */
function plainKeyEnd(text: string): number {
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (colon === text.length - 1 || text[colon + 1] === ' ') return colon;
  }
  return -1;
}

/** A map line's key (as the core schema resolves it) and what follows its `:`. */
function splitKey(text: string): { key: unknown; keyStyle: Scalar.Type; rest: string } {
  const first = text[0]!;
  if (first === '"' || first === "'") {
    const { value, end } = quoted(text, 0);
    if (text[end] !== ':') throw new Decline();
    return {
      key: value,
      keyStyle: first === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE',
      rest: text.slice(end + 1),
    };
  }
  if (INDICATORS.has(first)) throw new Decline();
  const colon = plainKeyEnd(text);
  if (colon === -1) throw new Decline();
  const raw = text.slice(0, colon);
  if (raw.includes(' #') || raw !== raw.trimEnd() || raw === '<<') throw new Decline();
  return { key: resolvePlain(raw), keyStyle: 'PLAIN', rest: text.slice(colon + 1) };
}

/**
 * A line going on a plain scalar (indicators at its start are text there, `- x` too), unless it holds a
 * key or a comment: the full parser then rejects the text, and words why.
 */
function isPlainContinuation(text: string): boolean {
  return !text.includes(': ') && !text.endsWith(':') && !text.includes(' #');
}

/** `-`, `?` and `:` start a plain scalar when a non-space follows (`-1`, `--flag`). */
function isPlainStart(content: string): boolean {
  return (
    (content[0] === '-' || content[0] === '?' || content[0] === ':') &&
    content.length > 1 &&
    content[1] !== ' '
  );
}

function expectComment(after: string): void {
  const trimmed = after.trimStart();
  if (trimmed !== '' && !(trimmed.startsWith('#') && trimmed.length < after.length)) throw new Decline();
}

/**
 * The quoted scalar opening at `start` and closing before `limit`, its value as the full parser gives it:
 * escapes decoded, `''` read as `'`, and line breaks folded (one is a space, each more a line break,
 * a break after `\\` nothing; blanks around a break dropped). The caller checks the lines' indentation.
 */
function quoted(text: string, start: number, limit = text.length): { value: string; end: number } {
  return text[start] === '"' ? doubleQuoted(text, start, limit) : singleQuoted(text, start, limit);
}

function singleQuoted(text: string, start: number, limit: number): { value: string; end: number } {
  let close = text.indexOf("'", start + 1);
  while (close !== -1 && text[close + 1] === "'") close = text.indexOf("'", close + 2);
  if (close === -1 || close >= limit) throw new Decline();
  const raw = text.slice(start + 1, close);
  return { value: (raw.includes('\n') ? unfoldLines(raw) : raw).replaceAll("''", "'"), end: close + 1 };
}

/** A flow scalar's lines (plain or single-quoted) joined as the `yaml` library's unfoldLines() joins them. */
function unfoldLines(raw: string): string {
  const lines = raw.split('\n');
  let value = withoutTrailingSpaces(lines[0]!);
  let separator = ' ';
  for (const line of lines.slice(1, -1)) {
    const trimmed = withoutTrailingSpaces(withoutLeadingSpaces(line));
    if (trimmed === '') {
      if (separator === '\n') value += separator;
      else separator = '\n';
    } else {
      value += separator + trimmed;
      separator = ' ';
    }
  }
  return value + separator + withoutLeadingSpaces(lines[lines.length - 1]!);
}

// Loops, not / +$/: a regex tried at every space of a long run of them takes quadratic time.
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end -= 1;
  return text.slice(0, end);
}

function withoutLeadingSpaces(text: string): string {
  let start = 0;
  while (text.charCodeAt(start) === 0x20) start += 1;
  return text.slice(start);
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_LENGTHS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar, decoded as the `yaml` library's doubleQuotedValue(); a bad escape is declined. */
function doubleQuoted(text: string, start: number, limit: number): { value: string; end: number } {
  let value = '';
  let at = start + 1;
  for (;;) {
    if (at >= limit) throw new Decline();
    const char = text[at]!;
    if (char === '"') return { value, end: at + 1 };
    if (char === '\n') {
      // A line break and the blank lines after it: a space, or one break per blank line.
      let breaks = '';
      at += 1;
      while (text[at] === ' ' || text[at] === '\n') {
        if (text[at] === '\n') breaks += '\n';
        at += 1;
      }
      value += breaks || ' ';
    } else if (char === '\\') {
      const next = text[at + 1] ?? '';
      const escaped = ESCAPES[next];
      const hexLength = HEX_LENGTHS[next];
      if (escaped !== undefined) {
        value += escaped;
        at += 2;
      } else if (next === '\n') {
        // An escaped line break joins the lines; the next line's indentation is dropped.
        at += 2;
        while (text[at] === ' ') at += 1;
      } else if (hexLength !== undefined) {
        const hex = text.slice(at + 2, at + 2 + hexLength);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength) throw new Decline();
        const code = Number.parseInt(hex, 16);
        if (code > 0x10ffff) throw new Decline();
        value += String.fromCodePoint(code);
        at += 2 + hexLength;
      } else throw new Decline();
    } else if (char === ' ') {
      // Blanks before a line break are dropped.
      let end = at + 1;
      while (text[end] === ' ') end += 1;
      if (text[end] !== '\n') value += text.slice(at, end);
      at = end;
    } else {
      // A run of ordinary characters, copied at once.
      let end = at + 1;
      while (end < limit && !isDoubleQuotedSpecial(text.charCodeAt(end))) end += 1;
      value += text.slice(at, end);
      at = end;
    }
  }
}

/** `"`, `\\`, a line break or a space: what doubleQuoted() looks at one by one. */
const isDoubleQuotedSpecial = (code: number) =>
  code === 0x22 || code === 0x5c || code === 0x0a || code === 0x20;

/** The value the core schema gives a plain scalar: null, a boolean, a number or the string itself. */
function resolvePlain(raw: string): unknown {
  for (const { test, resolve } of PLAIN_TAGS) {
    if (!test.test(raw)) continue;
    const resolved = resolve(raw, () => {}, { intAsBigInt: false });
    return isScalar(resolved) ? resolved.value : resolved;
  }
  return raw;
}

/**
 * A quoted scalar or flow collection (`[a, "b"]`, `{x: 1, y: [2]}`) from `at` in the whole text, over
 * as many lines as it takes. Each line it goes on to must be indented at least `minIndent` (blank lines
 * aside) and start before `limit`, the end of the document; a plain scalar must end on its line.
 */
class FlowReader {
  /** The line `at` is on. */
  line: number;
  /** Collections open at `at`. */
  private depth = 0;
  /** Where a line indented one less than `minIndent` starts with a closing bracket, or -1. */
  private lowClose = -1;

  constructor(
    private readonly text: string,
    private at: number,
    line: number,
    private readonly minIndent: number,
    private readonly limit: number,
  ) {
    this.line = line;
  }

  value(): PlainNode {
    this.skipBlanks();
    const char = this.text[this.at];
    if (char === '[') return this.sequence();
    if (char === '{') return this.map();
    const { line } = this;
    if (char === '"' || char === "'") {
      const start = this.at;
      const { value, end } = quoted(this.text, start, this.limit);
      this.passLines(start, end);
      this.at = end;
      return { kind: 'scalar', line, value, style: char === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE' };
    }
    return { kind: 'scalar', line, value: this.plain(), style: 'PLAIN' };
  }

  /** After the value: nothing but a comment on the rest of its line. */
  expectEnd(): void {
    const lineEnd = this.text.indexOf('\n', this.at);
    expectComment(this.text.slice(this.at, lineEnd === -1 ? this.text.length : lineEnd));
  }

  private sequence(): PlainNode {
    const { line } = this;
    this.open();
    const items: PlainNode[] = [];
    for (;;) {
      this.skipBlanks();
      if (this.text[this.at] === ']') break;
      items.push(this.value());
      if (this.separator(']')) break;
    }
    this.close();
    return { kind: 'seq', line, items };
  }

  private map(): PlainNode {
    const { line } = this;
    this.open();
    const entries: PlainEntry[] = [];
    for (;;) {
      this.skipBlanks();
      if (this.text[this.at] === '}') break;
      const keyStart = this.at;
      const key = this.value();
      // An implicit key stays on one line and within YAML's 1024 characters.
      if (key.kind !== 'scalar' || key.line !== this.line || this.at - keyStart > MAX_KEY_LENGTH) {
        throw new Decline();
      }
      if (this.text[this.at] !== ':') throw new Decline();
      this.at += 1;
      if (this.text[this.at] !== ' ' && this.text[this.at] !== '\n') throw new Decline();
      entries.push({ key: key.value, keyStyle: key.style, line: key.line, value: this.value() });
      if (this.separator('}')) break;
    }
    this.close();
    return { kind: 'map', line, entries };
  }

  private open(): void {
    this.depth += 1;
    this.at += 1;
  }

  /** Past a closing bracket; only the outermost one may stand on a line indented less than `minIndent`. */
  private close(): void {
    if (this.lowClose !== -1 && (this.depth !== 1 || this.at !== this.lowClose)) throw new Decline();
    this.depth -= 1;
    this.at += 1;
  }

  /** After an item: `,` (true at the closing bracket after it) or the closing bracket itself (true). */
  private separator(close: string): boolean {
    this.skipBlanks();
    const char = this.text[this.at];
    if (char === close) return true;
    if (char !== ',') throw new Decline();
    this.at += 1;
    this.skipBlanks();
    return this.text[this.at] === close;
  }

  /** A plain scalar, over several lines when the next ones go on with it (folded as the full parser does). */
  private plain(): unknown {
    const start = this.at;
    const first = this.text[start];
    if (first === undefined || (INDICATORS.has(first) && !isPlainStart(this.text.slice(start, start + 2))))
      throw new Decline();
    this.plainLine();
    for (;;) {
      if (this.text[this.at] !== '\n') break;
      // The next line goes on with the scalar unless it starts with a flow indicator, `:` or a comment.
      let next = this.at;
      while (next < this.limit && (this.text[next] === '\n' || this.text[next] === ' ')) next += 1;
      const char = this.text[next];
      if (
        next >= this.limit ||
        char === undefined ||
        FLOW_INDICATORS.has(char) ||
        char === '#' ||
        char === ':'
      ) {
        break;
      }
      this.passLines(this.at, next);
      this.at = next;
      this.plainLine();
    }
    const raw = withoutTrailingSpaces(this.text.slice(start, this.at));
    if (raw === '') throw new Decline();
    return resolvePlain(raw.includes('\n') ? unfoldLines(raw) : raw);
  }

  /** Moves past the plain scalar's characters on this line, to a flow indicator, `: ` or the line end. */
  private plainLine(): void {
    while (this.at < this.limit) {
      const char = this.text[this.at]!;
      if (FLOW_INDICATORS.has(char) || char === '\n') return;
      if (char === ':') {
        const after = this.text[this.at + 1] ?? ',';
        if (after === ' ' || after === '\n' || FLOW_INDICATORS.has(after)) return;
      }
      if (char === '#' && this.text[this.at - 1] === ' ') throw new Decline();
      this.at += 1;
    }
  }

  /** Spaces, line breaks and comments (a `#` after a blank). */
  private skipBlanks(): void {
    for (;;) {
      const char = this.text[this.at];
      if (char === ' ') this.at += 1;
      else if (char === '\n') {
        this.at += 1;
        this.line += 1;
        this.checkIndent(this.at, true);
      } else if (char === '#' && (this.text[this.at - 1] === ' ' || this.text[this.at - 1] === '\n')) {
        const lineEnd = this.text.indexOf('\n', this.at);
        this.at = lineEnd === -1 ? this.text.length : lineEnd;
      } else return;
    }
  }

  /** Counts and checks the lines a scalar (quoted, or plain going on) goes on to between `start` and `end`. */
  private passLines(start: number, end: number): void {
    for (let lineEnd = this.text.indexOf('\n', start); lineEnd !== -1 && lineEnd < end; ) {
      this.line += 1;
      this.checkIndent(lineEnd + 1, false);
      lineEnd = this.text.indexOf('\n', lineEnd + 1);
    }
  }

  /**
   * A line the value goes on to must be within the document, and blank or indented at least
   * `minIndent`; between tokens (`isBetweenTokens`) a comment line may be indented less, and the closing
   * bracket of the outermost collection one less, as the full parser allows.
   */
  private checkIndent(lineStart: number, isBetweenTokens: boolean): void {
    if (lineStart >= this.limit) throw new Decline();
    let column = lineStart;
    while (this.text[column] === ' ') column += 1;
    const next = this.text[column];
    const indent = column - lineStart;
    if (next === '\n' || next === undefined || indent >= this.minIndent) return;
    if (isBetweenTokens && next === '#') return;
    if (isBetweenTokens && indent === this.minIndent - 1 && (next === ']' || next === '}')) {
      this.lowClose = column;
      return;
    }
    throw new Decline();
  }
}
