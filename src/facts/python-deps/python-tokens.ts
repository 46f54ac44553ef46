// A small Python tokenizer for reading setup.py literals statically: comments dropped, strings kept whole.

export interface PythonToken {
  type: 'name' | 'string' | 'number' | 'op';
  /** Identifier, operator, number text, or the string's decoded contents. */
  value: string;
  /** 1-based line where the token starts and where it ends (strings may span lines). */
  line: number;
  endLine: number;
  /** Offsets into the source, end exclusive. */
  start: number;
  end: number;
  /** Bracket nesting depth around the token; an opening bracket carries the outer depth. */
  depth: number;
  /** True for f-strings, whose value is only known at run time. */
  isFormatted?: boolean;
}

const NAME_START_RE = /[A-Za-z_\u0080-\uffff]/;
const NAME_PART_RE = /[A-Za-z0-9_\u0080-\uffff]/;
const NUMBER_PART_RE = /[0-9A-Za-z_.]/;
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const AUGMENTABLE = '=!<>:+-*/%&|^@~';
const OPENERS = '([{';
const CLOSERS = ')]}';
const ESCAPED_QUOTE_RE = /\\(['"\\])/g;

/** Tokenizes Python source. Never throws: an unterminated string simply runs to the end of the text. */
export function tokenizePython(text: string): PythonToken[] {
  const tokens: PythonToken[] = [];
  let index = 0;
  let line = 1;
  let depth = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\n') {
      line++;
      index++;
    } else if (char === '#') {
      const newline = text.indexOf('\n', index);
      index = newline < 0 ? text.length : newline;
    } else if (char === ' ' || char === '\t' || char === '\r' || char === '\\' || char === '\f') {
      index++;
    } else if (char === '"' || char === "'") {
      const token = readString(text, index, line, '', depth);
      tokens.push(token);
      index = token.end;
      line = token.endLine;
    } else if (NAME_START_RE.test(char)) {
      let end = index + 1;
      while (end < text.length && NAME_PART_RE.test(text[end]!)) end++;
      const word = text.slice(index, end);
      const next = text[end];
      if ((next === '"' || next === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
        const token = readString(text, end, line, word.toLowerCase(), depth);
        token.start = index;
        tokens.push(token);
        index = token.end;
        line = token.endLine;
      } else {
        tokens.push({ type: 'name', value: word, line, endLine: line, start: index, end, depth });
        index = end;
      }
    } else if (char >= '0' && char <= '9') {
      let end = index + 1;
      while (end < text.length && NUMBER_PART_RE.test(text[end]!)) end++;
      tokens.push({
        type: 'number',
        value: text.slice(index, end),
        line,
        endLine: line,
        start: index,
        end,
        depth,
      });
      index = end;
    } else {
      const isAugmented = AUGMENTABLE.includes(char) && text[index + 1] === '=';
      const value = isAugmented ? `${char}=` : char;
      if (CLOSERS.includes(char)) depth = Math.max(0, depth - 1);
      const end = index + value.length;
      tokens.push({ type: 'op', value, line, endLine: line, start: index, end, depth });
      if (OPENERS.includes(char)) depth++;
      index = end;
    }
  }
  return tokens;
}

function readString(text: string, quoteAt: number, line: number, prefix: string, depth: number): PythonToken {
  const quote = text[quoteAt]!;
  const delimiter = text.startsWith(quote.repeat(3), quoteAt) ? quote.repeat(3) : quote;
  const contentStart = quoteAt + delimiter.length;
  let index = contentStart;
  let endLine = line;
  let contentEnd = -1;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\') {
      if (text[index + 1] === '\n') endLine++;
      index += 2;
      continue;
    }
    if (char === '\n') {
      // A newline ends a single-quoted string: Python would reject it, we just stop there.
      if (delimiter.length === 1) break;
      endLine++;
    } else if (text.startsWith(delimiter, index)) {
      contentEnd = index;
      index += delimiter.length;
      break;
    }
    index++;
  }
  const end = Math.min(index, text.length);
  const raw = text.slice(contentStart, contentEnd < 0 ? end : contentEnd);
  const token: PythonToken = {
    type: 'string',
    value: prefix.includes('r') ? raw : raw.replace(ESCAPED_QUOTE_RE, '$1'),
    line,
    endLine,
    start: quoteAt,
    end,
    depth,
  };
  if (prefix.includes('f')) token.isFormatted = true;
  return token;
}
