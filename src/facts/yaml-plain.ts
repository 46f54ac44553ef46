// A quick reader for the plain block YAML most manifests and configs are written in: block maps and
// sequences, one-line scalars, `|` literal text and one-line flow collections. It gives exactly what the
// full parser gives through parseYaml() (values and key lines) at a fraction of its cost, most of which is
// the `yaml` library's cold code on a first few files. Anything else (anchors, tags, folded or multi-line
// scalars, escapes, tabs, CRLF, directives, odd indentation) makes it decline, and the full parser reads
// the text; so does every text with an error, since only the full parser words errors.
import { isScalar, Schema } from 'yaml';

/** A container and the line it starts on, with the line of each key or item, as convertNode records them. */
export type LineRecorder = (container: object, start: number, keys: Map<string | number, number>) => void;

interface Line {
  /** 1-based. */
  number: number;
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
const INDICATORS = new Set([
  '-',
  '?',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
]);
const FLOW_INDICATORS = new Set([',', '[', ']', '{', '}']);

/**
 * The documents of `text` as parseYaml() would give them (empty documents left out), or undefined when
 * the text is outside what this reader handles.
 */
export function readPlainYaml(text: string, record: LineRecorder): unknown[] | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  try {
    return new PlainYamlReader(text, record).documents();
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

class PlainYamlReader {
  private readonly lines: Line[];
  /** Index of the line being read. */
  private at = 0;
  /** Index past the current document's last line. */
  private end = 0;
  /** Where each map or sequence read as a block on the lines after its key or dash starts. */
  private readonly startOf = new WeakMap<object, number>();

  constructor(
    text: string,
    private readonly record: LineRecorder,
  ) {
    this.lines = text.split('\n').map((raw, index) => {
      const content = raw.trimStart();
      return { number: index + 1, indent: raw.length - content.length, text: content };
    });
  }

  documents(): unknown[] {
    const documents: unknown[] = [];
    for (let start = 0; start <= this.lines.length; ) {
      let end = start;
      while (end < this.lines.length && !isDocumentStart(this.lines[end]!)) end += 1;
      this.at = start;
      this.end = end;
      const value = this.document();
      if (value !== null && value !== undefined) documents.push(value);
      if (end < this.lines.length) checkDocumentStart(this.lines[end]!);
      start = end + 1;
    }
    return documents;
  }

  private document(): unknown {
    const first = this.nextContent();
    if (!first) return null;
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
  private block(indent: number): unknown {
    const line = this.nextContent()!;
    if (line.indent !== indent) throw new Decline();
    return isSequenceItem(line.text) ? this.sequence(indent) : this.map(indent);
  }

  private map(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = Object.create(null);
    const keys = new Map<string | number, number>();
    const start = this.nextContent()!.number;
    for (let line = this.nextContent(); line && line.indent === indent; line = this.nextContent()) {
      if (isSequenceItem(line.text)) break;
      const { key, rest } = splitKey(line.text);
      this.at += 1;
      map[key] = this.valueAfterIndicator(rest, line, indent, true);
      keys.set(key, line.number);
    }
    this.endOfBlock(indent);
    this.record(map, start, keys);
    return map;
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    const lines = new Map<string | number, number>();
    const start = this.nextContent()!.number;
    for (let line = this.nextContent(); line && line.indent === indent; line = this.nextContent()) {
      // A key at the indentation of an indentless sequence (`a:\n- x\nb: 1`) ends it.
      if (!isSequenceItem(line.text)) break;
      const rest = line.text.slice(1);
      const content = rest.trimStart();
      if (content !== '' && !content.startsWith('#') && looksLikeKey(content)) {
        // `- name: x` opens a map whose keys line up with `name`: read the rest of the line as its first line.
        const column = indent + 1 + (rest.length - content.length);
        this.lines[this.at] = { number: line.number, indent: column, text: content };
        lines.set(items.length, line.number);
        items.push(this.map(column));
        continue;
      }
      this.at += 1;
      const item = this.valueAfterIndicator(rest, line, indent, false);
      lines.set(items.length, this.itemLine(item, line));
      items.push(item);
    }
    this.endOfBlock(indent);
    this.record(items, start, lines);
    return items;
  }

  /** The line of an item's node: its own line, or for a block on the next lines, where that starts. */
  private itemLine(item: unknown, line: Line): number {
    return typeof item === 'object' && item !== null ? (this.startOf.get(item) ?? line.number) : line.number;
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
  private valueAfterIndicator(rest: string, line: Line, indent: number, isMapValue: boolean): unknown {
    if (rest !== '' && !rest.startsWith(' ')) throw new Decline();
    const content = rest.trimStart();
    if (content === '' || content.startsWith('#')) {
      const next = this.nextContent();
      if (!next || next.indent < indent) return null;
      if (next.indent === indent) {
        return isMapValue && isSequenceItem(next.text) ? this.remember(this.sequence(indent), next) : null;
      }
      return this.remember(this.block(next.indent), next);
    }
    if (isBlockScalar(content)) return this.literal(content, indent);
    const value = inlineValue(content, line.number, this.record, this.startOf);
    const next = this.nextContent();
    // A more indented line would continue a multi-line scalar or be an error: the full parser decides.
    if (next && next.indent > indent) throw new Decline();
    return value;
  }

  private remember<T>(value: T, first: Line): T {
    if (typeof value === 'object' && value !== null) this.startOf.set(value, first.number);
    return value;
  }

  /** A `|` or `|-` literal block under a key or item at `indent`, from the line at `at`. */
  private literal(header: string, indent: number): string {
    // `|+` keeps trailing blank lines, which the text's own last line break makes hard to count: declined.
    const match = /^\|(-?)(?:[ ]+#.*)?[ ]*$/.exec(header);
    if (!match) throw new Decline();
    const body: string[] = [];
    let contentIndent: number | undefined;
    for (; this.at < this.end; this.at += 1) {
      const line = this.lines[this.at]!;
      if (line.text === '') {
        // Spaces beyond the content's indentation would be content of their own: left to the full parser.
        if (line.indent > (contentIndent ?? indent + 1)) throw new Decline();
        body.push('');
        continue;
      }
      if (line.indent < (contentIndent ?? indent + 1)) break;
      contentIndent ??= line.indent;
      body.push(`${' '.repeat(line.indent - contentIndent)}${line.text}`);
    }
    // Trailing blank lines are not content: `|` keeps one line break after the text, `|-` none.
    let contentEnd = body.length;
    while (contentEnd > 0 && body[contentEnd - 1] === '') contentEnd -= 1;
    if (contentEnd === 0) throw new Decline();
    const text = body.slice(0, contentEnd).join('\n');
    return match[1] === '-' ? text : `${text}\n`;
  }
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

/** A map line's key and what follows its `:`. */
function splitKey(text: string): { key: string; rest: string } {
  const first = text[0]!;
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, 1);
    if (close === -1 || text[close + 1] !== ':') throw new Decline();
    const key = text.slice(1, close);
    if (key.includes('\\') || (first === "'" && text[close + 1] === "'")) throw new Decline();
    const rest = text.slice(close + 2);
    return { key, rest };
  }
  if (INDICATORS.has(first)) throw new Decline();
  const colon = plainKeyEnd(text);
  if (colon === -1) throw new Decline();
  const raw = text.slice(0, colon);
  if (raw.includes(' #') || raw !== raw.trimEnd() || raw === '<<') throw new Decline();
  const value = resolvePlain(raw);
  return { key: value === null ? '' : String(value), rest: text.slice(colon + 1) };
}

/** A value that fits on its line: a quoted or plain scalar or a flow collection, then maybe a comment. */
function inlineValue(
  content: string,
  lineNumber: number,
  record: LineRecorder,
  startOf: WeakMap<object, number>,
): unknown {
  const first = content[0]!;
  if (first === '[' || first === '{') {
    const flow = new FlowReader(content, lineNumber, record);
    const value = flow.value();
    flow.expectEnd();
    startOf.set(value as object, lineNumber);
    return value;
  }
  if (first === '"' || first === "'") {
    const { value, end } = quoted(content, 0);
    expectComment(content.slice(end));
    return value;
  }
  if (INDICATORS.has(first) && !isPlainStart(content)) throw new Decline();
  const comment = content.indexOf(' #');
  const raw = (comment === -1 ? content : content.slice(0, comment)).trimEnd();
  if (raw.includes(': ') || raw.endsWith(':')) throw new Decline();
  return resolvePlain(raw);
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

/** A one-line quoted scalar starting at `start`; escapes and doubled quotes are declined. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start]!;
  const close = text.indexOf(quote, start + 1);
  if (close === -1) throw new Decline();
  const value = text.slice(start + 1, close);
  if (quote === '"' && value.includes('\\')) throw new Decline();
  if (quote === "'" && text[close + 1] === "'") throw new Decline();
  return { value, end: close + 1 };
}

/** The value the core schema gives a plain scalar: null, a boolean, a number or the string itself. */
function resolvePlain(raw: string): unknown {
  for (const { test, resolve } of PLAIN_TAGS) {
    if (!test.test(raw)) continue;
    const resolved = resolve(raw, () => {}, { intAsBigInt: false });
    return isScalar(resolved) ? resolved.value : resolved;
  }
  return raw;
}

/** A flow collection that opens and closes on one line: `[a, "b"]`, `{x: 1, y: [2]}`. */
class FlowReader {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly lineNumber: number,
    private readonly record: LineRecorder,
  ) {}

  value(): unknown {
    this.skipSpaces();
    const char = this.text[this.at];
    if (char === '[') return this.sequence();
    if (char === '{') return this.map();
    if (char === '"' || char === "'") {
      const { value, end } = quoted(this.text, this.at);
      this.at = end;
      return value;
    }
    return this.plain();
  }

  expectEnd(): void {
    expectComment(this.text.slice(this.at));
  }

  private sequence(): unknown[] {
    this.at += 1;
    const items: unknown[] = [];
    const lines = new Map<string | number, number>();
    for (;;) {
      this.skipSpaces();
      if (this.text[this.at] === ']') break;
      lines.set(items.length, this.lineNumber);
      items.push(this.value());
      if (this.separator(']')) break;
    }
    this.at += 1;
    this.record(items, this.lineNumber, lines);
    return items;
  }

  private map(): Record<string, unknown> {
    this.at += 1;
    const map: Record<string, unknown> = Object.create(null);
    const keys = new Map<string | number, number>();
    for (;;) {
      this.skipSpaces();
      if (this.text[this.at] === '}') break;
      const key = this.value();
      if (typeof key === 'object' && key !== null) throw new Decline();
      if (this.text[this.at] !== ':') throw new Decline();
      this.at += 1;
      if (this.text[this.at] !== ' ') throw new Decline();
      const name = key === null ? '' : String(key);
      map[name] = this.value();
      keys.set(name, this.lineNumber);
      if (this.separator('}')) break;
    }
    this.at += 1;
    this.record(map, this.lineNumber, keys);
    return map;
  }

  /** After an item: `,` (true at the closing bracket after it) or the closing bracket itself (true). */
  private separator(close: string): boolean {
    this.skipSpaces();
    const char = this.text[this.at];
    if (char === close) return true;
    if (char !== ',') throw new Decline();
    this.at += 1;
    this.skipSpaces();
    return this.text[this.at] === close;
  }

  private plain(): unknown {
    const start = this.at;
    const first = this.text[start];
    if (first === undefined || (INDICATORS.has(first) && !isPlainStart(this.text.slice(start))))
      throw new Decline();
    while (this.at < this.text.length) {
      const char = this.text[this.at]!;
      if (FLOW_INDICATORS.has(char)) break;
      if (
        char === ':' &&
        (this.text[this.at + 1] === ' ' || FLOW_INDICATORS.has(this.text[this.at + 1] ?? ','))
      )
        break;
      if (char === '#' && this.text[this.at - 1] === ' ') throw new Decline();
      this.at += 1;
    }
    const raw = this.text.slice(start, this.at).trimEnd();
    if (raw === '') throw new Decline();
    return resolvePlain(raw);
  }

  private skipSpaces(): void {
    while (this.text[this.at] === ' ') this.at += 1;
  }
}
