// Locates expressions, bracket contents and assignments in a setup.py token stream, without evaluating anything.
import type { PythonToken } from './python-tokens.js';

/** Token indices `[start, end)`; `depth` is the bracket depth of the tokens directly inside. */
export interface TokenRange {
  start: number;
  end: number;
  depth: number;
}

const CLOSERS = new Set([')', ']', '}']);
const OPENERS = new Set(['(', '[', '{']);

/**
 * The expression starting at `start`: it ends before a `,` or `;` at its own level, before the bracket
 * that closes its container, or (at module level) where a new line starts a new statement.
 */
export function expressionAt(tokens: PythonToken[], start: number): TokenRange {
  const first = tokens[start];
  if (!first) return { start, end: start, depth: 0 };
  const depth = first.depth;
  let index = start + 1;
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.depth < depth) break;
    if (token.depth === depth && token.type === 'op' && (token.value === ',' || token.value === ';')) break;
    const previous = tokens[index - 1]!;
    const isNewStatement =
      depth === 0 &&
      token.depth === 0 &&
      previous.depth === 0 &&
      !isOpener(previous) &&
      token.line > previous.endLine;
    if (isNewStatement) break;
  }
  return { start, end: index, depth };
}

/** The inside of `range` when the whole range is one bracket group opened by `opener`. */
export function bracketInner(
  tokens: PythonToken[],
  range: TokenRange,
  opener: string,
): TokenRange | undefined {
  const open = tokens[range.start];
  const close = tokens[range.end - 1];
  if (!open || !close || range.end - range.start < 2) return undefined;
  if (open.type !== 'op' || open.value !== opener || !CLOSERS.has(close.value) || close.type !== 'op')
    return undefined;
  // The closer matching `open` is the first closer back at the opener's depth.
  for (let index = range.start + 1; index < range.end; index++) {
    const token = tokens[index]!;
    if (token.type === 'op' && CLOSERS.has(token.value) && token.depth === open.depth) {
      return index === range.end - 1
        ? { start: range.start + 1, end: index, depth: open.depth + 1 }
        : undefined;
    }
  }
  return undefined;
}

/** Splits the inside of a bracket group at `separator` tokens on its own level; empty parts are dropped. */
export function splitAt(tokens: PythonToken[], inner: TokenRange, separator: string): TokenRange[] {
  const parts: TokenRange[] = [];
  let partStart = inner.start;
  for (let index = inner.start; index <= inner.end; index++) {
    const token = tokens[index];
    const isSeparator =
      index === inner.end ||
      (token?.type === 'op' && token.value === separator && token.depth === inner.depth);
    if (!isSeparator) continue;
    if (index > partStart) parts.push({ start: partStart, end: index, depth: inner.depth });
    partStart = index + 1;
  }
  return parts;
}

/** The value of the first statement-level `name = value` in the file, if any. */
export function assignedValue(tokens: PythonToken[], name: string): TokenRange | undefined {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type !== 'name' || token.value !== name || token.depth !== 0) continue;
    const next = tokens[index + 1]!;
    if (next.type !== 'op' || next.value !== '=') continue;
    const previous = tokens[index - 1];
    if (previous && previous.endLine === token.line && previous.value !== ';') continue;
    return expressionAt(tokens, index + 2);
  }
  return undefined;
}

function isOpener(token: PythonToken): boolean {
  return token.type === 'op' && OPENERS.has(token.value);
}
