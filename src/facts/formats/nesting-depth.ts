// A cheap bound on how deeply a YAML or JSON text nests, checked before a recursive parser meets it: the
// full YAML parser overflows the stack near 1,000 levels and takes seconds on the way.

/** Thrown for a text nested deeper than a reader accepts; the scan words it as a diagnostic. */
export class NestingTooDeep extends Error {
  constructor(readonly limit: number) {
    super(`nested more than ${limit} levels deep`);
  }
}

/**
 * Throws NestingTooDeep when `text` may nest deeper than `limit`: open flow brackets (`[`, `{`, outside
 * quotes) plus block indentation levels plus compact `- - ` items. It may over-count, never under-count.
 */
export function assertNestingWithin(text: string, limit: number): void {
  const indents: number[] = [];
  let flow = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let column = start;
    while (column < end && (text.charCodeAt(column) === 0x20 || text.charCodeAt(column) === 0x09))
      column += 1;
    const isBlank = column === end || text.charCodeAt(column) === 0x23 /* # */;
    if (!isBlank && flow === 0) {
      const indent = column - start;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let depth = indents.length;
      while (text.startsWith('- ', column)) {
        depth += 1;
        column += 2;
        while (text.charCodeAt(column) === 0x20) column += 1;
      }
      if (depth > limit) throw new NestingTooDeep(limit);
    }
    if (!isBlank) flow = countFlow(text, column, end, flow, indents.length, limit);
    start = end + 1;
  }
}

/**
 * The flow depth after the characters of one line, throwing when it and `blockDepth` pass `limit`. A quote
 * opens a quoted scalar only where YAML and JSON start one (after a bracket, comma, colon or space); one
 * anywhere else, as in `it's`, is a plain character. A quote left open at the line's end is closed, so
 * brackets are over-counted, never under-counted.
 */
function countFlow(
  text: string,
  from: number,
  end: number,
  depth: number,
  blockDepth: number,
  limit: number,
): number {
  let quote = 0;
  for (let index = from; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === 0x5c /* \ */ && quote === 0x22) index += 1;
      else if (code === quote) quote = 0;
    } else if ((code === 0x22 || code === 0x27) && opensScalar(text, from, index)) quote = code;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth + blockDepth > limit) throw new NestingTooDeep(limit);
    } else if ((code === 0x5d || code === 0x7d) && depth > 0) depth -= 1;
  }
  return depth;
}

/**
 * True where a quote starts a quoted scalar for certain: first on its line, right after `[`, `{` or `,`, or
 * after `: `, `- `, `? ` where those are indicators. Elsewhere (`it's`, `a '`) it may be a plain character.
 */
function opensScalar(text: string, lineStart: number, index: number): boolean {
  if (index === lineStart) return true;
  const before = text.charCodeAt(index - 1);
  if (before === 0x5b || before === 0x7b || before === 0x2c) return true;
  let at = index - 1;
  while (at >= lineStart && text.charCodeAt(at) === 0x20) at -= 1;
  if (at === index - 1 || at < lineStart) return at < lineStart;
  const indicator = text.charCodeAt(at);
  if (indicator === 0x3a /* : */) return true;
  if (indicator !== 0x2d /* - */ && indicator !== 0x3f /* ? */) return false;
  const beforeIndicator = at === lineStart ? 0x20 : text.charCodeAt(at - 1);
  return (
    beforeIndicator === 0x20 ||
    beforeIndicator === 0x5b ||
    beforeIndicator === 0x7b ||
    beforeIndicator === 0x2c
  );
}
