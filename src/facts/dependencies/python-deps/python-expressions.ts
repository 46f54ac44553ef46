// Locates expressions, bracket contents and assignments in a setup.py token stream, without evaluating anything.
import type { PythonToken } from '../../python/python-tokens.js';

/**
 * A token of the shared tokenizer placed in its source. Depth and offsets are computed here rather than
 * in the tokenizer because only setup.py reading needs them, and the tokenizer runs over every .py file.
 */
export interface PlacedToken extends PythonToken {
  /** Bracket nesting depth around the token; an opening bracket carries the outer depth. */
  depth: number;
  /** Offsets into the source, end exclusive; a newline token is an empty range. */
  start: number;
  end: number;
}

/** Token indices `[start, end)`; `depth` is the bracket depth of the tokens directly inside. */
export interface TokenRange {
  start: number;
  end: number;
  depth: number;
}

const CLOSERS = new Set([')', ']', '}']);
const OPENERS = new Set(['(', '[', '{']);
// What the tokenizer drops between tokens: whitespace, byte order marks, comments and backslash line joins.
const TRIVIA_RE = /(?:[ \t\f\r\n\uFEFF]+|#[^\r\n]*|\\(?=[\r\n]))*/y;

/**
 * A token with its place, written out field by field: an object spread (`{ ...token, depth }`) made each
 * one take 400 bytes instead of 80, and a 1 MB setup.py of brackets ran out of memory.
 */
function placedToken(token: PythonToken, depth: number, start: number, end: number): PlacedToken {
  const { type, text, value, line, indent } = token;
  return { type, text, value, line, indent, depth, start, end };
}

/** Adds depth and offsets to the tokens `tokenizePython` made of `text`. Linear; never throws. */
export function placeTokens(text: string, tokens: PythonToken[]): PlacedToken[] {
  const placed: PlacedToken[] = [];
  let depth = 0;
  let offset = 0;
  for (const token of tokens) {
    if (token.type === 'newline') {
      // The tokenizer ends a logical line only outside brackets, or where it closed brackets left open.
      depth = 0;
      placed.push(placedToken(token, depth, offset, offset));
      continue;
    }
    TRIVIA_RE.lastIndex = offset;
    TRIVIA_RE.test(text);
    const start = TRIVIA_RE.lastIndex;
    offset = start + token.text.length;
    const isOp = token.type === 'op';
    if (isOp && CLOSERS.has(token.text) && depth > 0) depth--;
    placed.push(placedToken(token, depth, start, offset));
    if (isOp && OPENERS.has(token.text)) depth++;
  }
  return placed;
}

/**
 * The expression starting at `start`: it ends before a `,` or `;` at its own level, before the bracket
 * that closes its container, or where its logical line ends.
 */
export function expressionAt(tokens: PlacedToken[], start: number): TokenRange {
  const first = tokens[start];
  if (!first || first.type === 'newline') return { start, end: start, depth: 0 };
  const depth = first.depth;
  let index = start + 1;
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'newline' || token.depth < depth) break;
    if (token.depth === depth && (isOp(token, ',') || isOp(token, ';'))) break;
  }
  return { start, end: index, depth };
}

/** The inside of `range` when the whole range is one bracket group opened by `opener`. */
export function bracketInner(
  tokens: PlacedToken[],
  range: TokenRange,
  opener: string,
): TokenRange | undefined {
  const open = tokens[range.start];
  const close = tokens[range.end - 1];
  if (!open || !close || range.end - range.start < 2) return undefined;
  if (!isOp(open, opener) || close.type !== 'op' || !CLOSERS.has(close.text)) return undefined;
  // The closer matching `open` is the first closer back at the opener's depth.
  for (let index = range.start + 1; index < range.end; index++) {
    const token = tokens[index]!;
    if (token.type === 'op' && CLOSERS.has(token.text) && token.depth === open.depth) {
      return index === range.end - 1
        ? { start: range.start + 1, end: index, depth: open.depth + 1 }
        : undefined;
    }
  }
  return undefined;
}

/** Splits the inside of a bracket group at `separator` tokens on its own level; empty parts are dropped. */
export function splitAt(tokens: PlacedToken[], inner: TokenRange, separator: string): TokenRange[] {
  const parts: TokenRange[] = [];
  let partStart = inner.start;
  for (let index = inner.start; index <= inner.end; index++) {
    const token = tokens[index];
    const isSeparator = index === inner.end || (isOp(token, separator) && token?.depth === inner.depth);
    if (!isSeparator) continue;
    if (index > partStart) parts.push({ start: partStart, end: index, depth: inner.depth });
    partStart = index + 1;
  }
  return parts;
}

/** The value of the first statement-level `name = value` in the file, if any. */
export function assignedValue(tokens: PlacedToken[], name: string): TokenRange | undefined {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type !== 'name' || token.text !== name || token.depth !== 0) continue;
    if (!isOp(tokens[index + 1], '=')) continue;
    const previous = tokens[index - 1];
    if (previous && previous.type !== 'newline' && !isOp(previous, ';')) continue;
    return expressionAt(tokens, index + 2);
  }
  return undefined;
}

export function isOp(token: PythonToken | undefined, text: string): boolean {
  return token?.type === 'op' && token.text === text;
}
