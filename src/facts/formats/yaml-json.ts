// JSON saved as a .yaml file (ksonnet's parts.yaml, generated configs) read as the quick YAML reader
// reads block YAML: the same nodes, with the lines the full parser would give, at a fraction of its cost.
// YAML 1.2 reads JSON as JSON except where its own rules are stricter, and those texts are declined: a
// key whose colon is on a later line, or a key too long to be an implicit one. What YAML adds and
// generated files hold, a trailing comma and comments around the whole, is read too.
import type { PlainNode } from './yaml-plain.js';

/** Thrown to decline a text; caught in readJsonAsYaml() only. */
class Decline extends Error {}

// YAML implicit keys are at most 1024 characters; a little below, so escapes cannot push one over.
const MAX_KEY_LENGTH = 1000;
// Beyond this the full parser, with its own depth check, reads the text.
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

/**
 * The one document of a JSON text as PlainNode, or undefined when it is not JSON or YAML would read it
 * otherwise. `resolvePlain` gives a number, `true`, `false` or `null` the value the core schema gives it.
 */
export function readJsonAsYaml(text: string, resolvePlain: (raw: string) => unknown): PlainNode | undefined {
  try {
    const reader = new JsonReader(text, resolvePlain);
    // Comments before and after the JSON (a licence header) are YAML's; inside it, the full parser's.
    reader.skipComments();
    const node = reader.value(0);
    reader.expectEnd();
    return node;
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

class JsonReader {
  private at = 0;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly resolvePlain: (raw: string) => unknown,
  ) {}

  value(depth: number): PlainNode {
    if (depth > MAX_DEPTH) throw new Decline();
    this.skipBlanks();
    const { line } = this;
    const char = this.text.charCodeAt(this.at);
    if (char === 0x7b) return this.map(depth);
    if (char === 0x5b) return this.sequence(depth);
    if (char === 0x22) return { kind: 'scalar', line, value: this.string(), style: 'QUOTE_DOUBLE' };
    return { kind: 'scalar', line, value: this.literal(), style: 'PLAIN' };
  }

  expectEnd(): void {
    this.skipComments();
    if (this.at < this.text.length) throw new Decline();
  }

  private map(depth: number): PlainNode {
    const { line } = this;
    this.at += 1;
    const entries: { key: unknown; keyStyle: 'QUOTE_DOUBLE'; line: number; value: PlainNode }[] = [];
    this.skipBlanks();
    if (this.text.charCodeAt(this.at) === 0x7d) {
      this.at += 1;
      return { kind: 'map', line, entries };
    }
    for (;;) {
      this.skipBlanks();
      if (this.text.charCodeAt(this.at) !== 0x22) throw new Decline();
      const keyLine = this.line;
      const keyStart = this.at;
      const key = this.string();
      if (this.at - keyStart > MAX_KEY_LENGTH) throw new Decline();
      // An implicit key and its colon share a line in YAML.
      while (this.text.charCodeAt(this.at) === 0x20) this.at += 1;
      if (this.text.charCodeAt(this.at) !== 0x3a) throw new Decline();
      this.at += 1;
      entries.push({ key, keyStyle: 'QUOTE_DOUBLE', line: keyLine, value: this.value(depth + 1) });
      if (this.closes(0x7d)) return { kind: 'map', line, entries };
    }
  }

  private sequence(depth: number): PlainNode {
    const { line } = this;
    this.at += 1;
    const items: PlainNode[] = [];
    this.skipBlanks();
    if (this.text.charCodeAt(this.at) === 0x5d) {
      this.at += 1;
      return { kind: 'seq', line, items };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      if (this.closes(0x5d)) return { kind: 'seq', line, items };
    }
  }

  /** After an entry: true past the closing bracket, false past a comma; YAML allows a trailing comma. */
  private closes(close: number): boolean {
    this.skipBlanks();
    const char = this.text.charCodeAt(this.at);
    this.at += 1;
    if (char === close) return true;
    if (char !== 0x2c) throw new Decline();
    this.skipBlanks();
    if (this.text.charCodeAt(this.at) !== close) return false;
    this.at += 1;
    return true;
  }

  /** A JSON string at `at`, decoded; JSON's escapes are YAML's too. */
  private string(): string {
    const start = this.at;
    let hasEscape = false;
    for (let index = start + 1; index < this.text.length; index++) {
      const char = this.text.charCodeAt(index);
      if (char === 0x22) {
        this.at = index + 1;
        const raw = this.text.slice(start, this.at);
        if (!hasEscape) return raw.slice(1, -1);
        try {
          return JSON.parse(raw) as string;
        } catch {
          throw new Decline();
        }
      }
      if (char === 0x5c) {
        hasEscape = true;
        index += 1;
      } else if (char < 0x20) throw new Decline();
    }
    throw new Decline();
  }

  /** A number, `true`, `false` or `null`. */
  private literal(): unknown {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return this.resolvePlain(word);
      }
    }
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '') throw new Decline();
    this.at += match[0].length;
    return this.resolvePlain(match[0]);
  }

  /** Blanks and comments (a `#` after a blank or at the start of the text). */
  skipComments(): void {
    for (;;) {
      this.skipBlanks();
      const before = this.text.charCodeAt(this.at - 1);
      const isAfterBlank = this.at === 0 || before === 0x20 || before === 0x0a;
      if (!isAfterBlank || this.text.charCodeAt(this.at) !== 0x23) return;
      const end = this.text.indexOf('\n', this.at);
      this.at = end === -1 ? this.text.length : end;
    }
  }

  /** Spaces and line ends (the quick reader is never given tabs or carriage returns). */
  private skipBlanks(): void {
    for (;;) {
      const char = this.text.charCodeAt(this.at);
      if (char === 0x20) this.at += 1;
      else if (char === 0x0a) {
        this.at += 1;
        this.line += 1;
      } else return;
    }
  }
}
