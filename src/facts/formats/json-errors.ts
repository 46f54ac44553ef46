// Locates the first syntax error of a JSON text: Node 20's JSON.parse often reports no position.

/** Where and why a JSON text is invalid: 1-based line and a short lower-case reason. */
export interface JsonError {
  line: number;
  reason: string;
}

type Expectation = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPABLE = '"\\/bfnrtu';
const LITERALS = ['true', 'false', 'null'];

/**
 * The first syntax error of `text` per RFC 8259, or undefined when it is valid JSON.
 * Meant for the failure path after JSON.parse threw; iterative, so deep nesting cannot overflow.
 */
export function locateJsonError(text: string): JsonError | undefined {
  const fail = (offset: number, reason: string): JsonError => ({ line: lineAt(text, offset), reason });
  const closers: string[] = [];
  let expectation: Expectation = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) {
      return expectation === 'comma-or-close' && closers.length === 0
        ? undefined
        : fail(text.trimEnd().length - 1, 'unexpected end of input');
    }
    const char = text[i]!;
    if ((expectation === 'value-or-close' || expectation === 'key-or-close') && char === closers.at(-1)) {
      closers.pop();
      expectation = 'comma-or-close';
      i++;
      continue;
    }
    if (expectation === 'value' || expectation === 'value-or-close') {
      if (char === '{' || char === '[') {
        closers.push(char === '{' ? '}' : ']');
        expectation = char === '{' ? 'key-or-close' : 'value-or-close';
        i++;
        continue;
      }
      const end = char === '"' ? scanString(text, i) : scanScalar(text, i);
      if (typeof end !== 'number') return fail(end.offset, end.reason);
      i = end;
      expectation = 'comma-or-close';
      continue;
    }
    if (expectation === 'key' || expectation === 'key-or-close') {
      if (char !== '"') return fail(i, 'expected a double-quoted property name');
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.offset, end.reason);
      i = end;
      expectation = 'colon';
      continue;
    }
    if (expectation === 'colon') {
      if (char !== ':') return fail(i, "expected ':' after a property name");
      expectation = 'value';
      i++;
      continue;
    }
    const closer = closers.at(-1);
    if (closer === undefined) return fail(i, 'unexpected text after the value');
    if (char === ',') expectation = closer === '}' ? 'key' : 'value';
    else if (char === closer) closers.pop();
    else return fail(i, `expected ',' or '${closer}'`);
    i++;
  }
}

interface ScanError {
  offset: number;
  reason: string;
}

/** Index after the closing quote of the string starting at `start`, or the error inside it. */
function scanString(text: string, start: number): number | ScanError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, reason: 'control character in a string' };
    if (code !== 0x5c) continue;
    const escaped = text[i + 1];
    if (escaped === undefined || !ESCAPABLE.includes(escaped))
      return { offset: i, reason: 'bad escape in a string' };
    if (escaped === 'u') {
      HEX4.lastIndex = i + 2;
      if (!HEX4.test(text)) return { offset: i, reason: 'bad escape in a string' };
      i += 4;
    }
    i++;
  }
  return { offset: start, reason: 'unterminated string' };
}

function scanScalar(text: string, start: number): number | ScanError {
  for (const literal of LITERALS) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  NUMBER.lastIndex = start;
  const number = NUMBER.exec(text);
  if (number) return start + number[0].length;
  return { offset: start, reason: `unexpected character '${text[start]}'` };
}

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
