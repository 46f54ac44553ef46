// Python tokenizer for fact extraction: names, punctuation, literals and logical line ends, comments dropped.
// A hand-written char-code scanner because it runs over every .py file of large monorepos. It follows
// https://docs.python.org/3/reference/lexical_analysis.html closely enough for imports, calls and routes,
// and never throws: broken input yields odd tokens, never an error or a loop that does not end.

export type PythonTokenType = 'name' | 'op' | 'string' | 'number' | 'newline';

export interface PythonToken {
  type: PythonTokenType;
  /** Source text: the whole literal (prefix and quotes included) for a string, '' for a newline. */
  text: string;
  /**
   * Decoded value of a string literal (escapes applied unless raw). Undefined for f-/t-strings, whose value
   * is only known at run time, for unterminated literals, and for every other token type.
   */
  value: string | undefined;
  /** 1-based line the token starts on (for a newline: the line the logical line ends on). */
  line: number;
  /** Indentation column of the logical line the token belongs to, tabs expanded to multiples of 8. */
  indent: number;
}

const TAB = 9;
const LF = 10;
const FORM_FEED = 12;
const CR = 13;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const DOT = 46;
const COLON = 58;
const EQUALS = 61;
const BACKSLASH = 92;
const LEFT_BRACE = 123;
const RIGHT_BRACE = 125;
const BOM = 0xfeff;

/**
 * Words that never continue a bracketed expression at column 0. Seeing one there means a bracket was left
 * open (a syntax error, or a template such as cookiecutter's), so the scanner closes the brackets instead
 * of swallowing the rest of the file into one logical line.
 */
const STATEMENT_KEYWORDS = new Set(['import', 'from', 'def', 'class']);

/** What codeAt() gives past the end: no character compares equal to it or falls in a range of them. */
const END = -1;

/**
 * The code unit at `index`, END past the end. Every look-ahead reads through this: an optimised
 * charCodeAt that reads past the end (NaN, not a small integer) is thrown away and compiled again, once
 * per place it happens, and most sources end with such a read (a comment or a name on the last line).
 */
const codeAt = (text: string, index: number): number => (index < text.length ? text.charCodeAt(index) : END);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
// Non-ASCII code units are accepted as identifier characters: Python allows Unicode identifiers.
const isNameStart = (c: number): boolean => isAsciiLetter(c) || c === 95 || (c >= 128 && c !== BOM);
const isNameChar = (c: number): boolean => isNameStart(c) || isDigit(c);
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** Splits Python source into tokens. Never throws; an unterminated string ends at its line (or at EOF when triple-quoted). */
export function tokenizePython(text: string): PythonToken[] {
  const tokens: PythonToken[] = [];
  const end = text.length;
  let pos = 0;
  let line = 1;
  let depth = 0;
  let indent = 0;
  let isLogicalLineOpen = false;
  let isPhysicalLineStart = true;
  let isFirstOnPhysicalLine = true;
  let physicalColumn = 0;
  /** Set by scanString: the decoded value of the literal just scanned. */
  let stringValue: string | undefined;

  const push = (type: PythonTokenType, tokenText: string, value: string | undefined, tokenLine: number) => {
    tokens.push({ type, text: tokenText, value, line: tokenLine, indent });
    isLogicalLineOpen = true;
    isFirstOnPhysicalLine = false;
  };

  /** Length of the string prefix (`rb`, `f`...) at p when a quote follows it, else 0. */
  const stringPrefixLength = (p: number): number => {
    const first = text.charCodeAt(p) | 32;
    const second = codeAt(text, p + 1);
    const isSingle = first === 114 || first === 98 || first === 117 || first === 102 || first === 116;
    if (second === SINGLE_QUOTE || second === DOUBLE_QUOTE) return isSingle ? 1 : 0;
    const third = codeAt(text, p + 2);
    if ((third !== SINGLE_QUOTE && third !== DOUBLE_QUOTE) || !isAsciiLetter(second)) return 0;
    const secondLower = second | 32;
    // Valid pairs are r combined with b, f or t, in either order (rb, Br, fR, tr...).
    const isOther = (c: number) => c === 98 || c === 102 || c === 116;
    return (first === 114 && isOther(secondLower)) || (secondLower === 114 && isOther(first)) ? 2 : 0;
  };

  /** Skips a newline at p (CR LF counts once) and returns the position after it. */
  const skipNewline = (p: number): number => {
    line++;
    return text.charCodeAt(p) === CR && codeAt(text, p + 1) === LF ? p + 2 : p + 1;
  };

  let escapeValue = '';
  /** Decodes the escape sequence whose backslash is at p into escapeValue; returns the position after it. */
  const decodeEscape = (p: number): number => {
    const c = codeAt(text, p + 1);
    switch (c) {
      case 110: // n
        escapeValue = '\n';
        return p + 2;
      case 116: // t
        escapeValue = '\t';
        return p + 2;
      case 114: // r
        escapeValue = '\r';
        return p + 2;
      case BACKSLASH:
      case SINGLE_QUOTE:
      case DOUBLE_QUOTE:
        escapeValue = text[p + 1]!;
        return p + 2;
      case 97: // a
        escapeValue = '\x07';
        return p + 2;
      case 98: // b
        escapeValue = '\b';
        return p + 2;
      case 102: // f
        escapeValue = '\f';
        return p + 2;
      case 118: // v
        escapeValue = '\v';
        return p + 2;
      case 120: // x
        return decodeHex(p, 2);
      case 117: // u
        return decodeHex(p, 4);
      case 85: // U
        return decodeHex(p, 8);
    }
    if (c >= 48 && c <= 55) {
      let q = p + 1;
      let code = 0;
      while (q < p + 4 && codeAt(text, q) >= 48 && codeAt(text, q) <= 55) {
        code = code * 8 + codeAt(text, q) - 48;
        q++;
      }
      escapeValue = String.fromCharCode(code);
      return q;
    }
    // Unknown escapes (and \N{...}, which needs the Unicode name table) are kept as written, as Python does.
    if (c === END) {
      escapeValue = '\\';
      return p + 1;
    }
    escapeValue = text.slice(p, p + 2);
    return p + 2;
  };

  const decodeHex = (p: number, digits: number): number => {
    const from = p + 2;
    for (let q = from; q < from + digits; q++) {
      if (!isHexDigit(codeAt(text, q))) {
        escapeValue = text.slice(p, p + 2);
        return p + 2;
      }
    }
    const code = Number.parseInt(text.slice(from, from + digits), 16);
    escapeValue = code <= 0x10ffff ? String.fromCodePoint(code) : text.slice(p, from + digits);
    return from + digits;
  };

  /**
   * Scans the literal whose opening quote is at `start` and returns the position after it, leaving its
   * decoded value in stringValue. Interpolated (f/t) strings are walked brace by brace so that nested
   * quotes in replacement fields (allowed since Python 3.12, PEP 701) do not end the literal early.
   */
  const scanString = (start: number, isRaw: boolean, isInterpolated: boolean): number => {
    const quote = text.charCodeAt(start);
    const isTriple = codeAt(text, start + 1) === quote && codeAt(text, start + 2) === quote;
    let p = start + (isTriple ? 3 : 1);
    const bodyStart = p;
    let decoded = '';
    let segmentStart = p;
    let braces = 0;
    let isFormatSpec = false;
    let fieldBrackets = 0;
    while (p < end) {
      const c = text.charCodeAt(p);
      if (c === LF || c === CR) {
        if (!isTriple) break;
        p = skipNewline(p);
        continue;
      }
      if (braces > 0) {
        // Inside an f-string replacement field: code, with its own brackets and nested literals.
        if (c === LEFT_BRACE) braces++;
        else if (c === RIGHT_BRACE) {
          braces--;
          if (braces === 0) isFormatSpec = false;
        } else if (isFormatSpec && braces === 1) {
          // A format spec is text: `{x:'>10}` pads with quotes, it does not open a literal.
        } else if (c === 40 || c === 91) fieldBrackets++;
        else if (c === 41 || c === 93) fieldBrackets--;
        else if (c === COLON && braces === 1 && fieldBrackets <= 0) {
          isFormatSpec = true;
        } else if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
          p = scanString(p, false, false);
          continue;
        }
        p++;
        continue;
      }
      if (c === quote) {
        if (!isTriple || (codeAt(text, p + 1) === quote && codeAt(text, p + 2) === quote)) {
          if (isInterpolated) stringValue = undefined;
          else if (segmentStart === bodyStart) stringValue = text.slice(bodyStart, p);
          else stringValue = decoded + text.slice(segmentStart, p);
          return p + (isTriple ? 3 : 1);
        }
        p++;
        continue;
      }
      if (c === BACKSLASH) {
        const next = codeAt(text, p + 1);
        if (next === LF || next === CR) {
          // Backslash-newline continues the literal; a non-raw literal drops both characters.
          if (!isRaw && !isInterpolated) decoded += text.slice(segmentStart, p);
          p = skipNewline(p + 1);
          if (!isRaw && !isInterpolated) segmentStart = p;
          continue;
        }
        if (isRaw || isInterpolated) {
          p += 2;
          continue;
        }
        decoded += text.slice(segmentStart, p);
        p = decodeEscape(p);
        decoded += escapeValue;
        segmentStart = p;
        continue;
      }
      if (isInterpolated && c === LEFT_BRACE) {
        if (codeAt(text, p + 1) === LEFT_BRACE) p += 2;
        else {
          braces = 1;
          fieldBrackets = 0;
          p++;
        }
        continue;
      }
      p++;
    }
    stringValue = undefined;
    return Math.min(p, end);
  };

  if (text.charCodeAt(0) === BOM) pos = 1;
  while (pos < end) {
    let c = text.charCodeAt(pos);
    if (isPhysicalLineStart) {
      let column = 0;
      for (;;) {
        if (c === SPACE) column++;
        else if (c === TAB) column = column - (column % 8) + 8;
        else if (c === FORM_FEED) column = 0;
        else break;
        c = codeAt(text, ++pos);
      }
      isPhysicalLineStart = false;
      isFirstOnPhysicalLine = true;
      physicalColumn = column;
      if (!isLogicalLineOpen) indent = column;
      if (pos >= end) break;
    }
    if (c === LF || c === CR) {
      const endLine = line;
      pos = skipNewline(pos);
      isPhysicalLineStart = true;
      if (depth === 0 && isLogicalLineOpen) {
        tokens.push({ type: 'newline', text: '', value: undefined, line: endLine, indent });
        isLogicalLineOpen = false;
      }
      continue;
    }
    if (c === SPACE || c === TAB || c === FORM_FEED || c === BOM) {
      pos++;
      continue;
    }
    if (c === HASH) {
      while (pos < end && c !== LF && c !== CR) c = codeAt(text, ++pos);
      continue;
    }
    if (c === BACKSLASH) {
      const next = codeAt(text, pos + 1);
      if (next === LF || next === CR) {
        // Explicit line joining: the next physical line continues this logical line.
        pos = skipNewline(pos + 1);
        continue;
      }
      push('op', '\\', undefined, line);
      pos++;
      continue;
    }
    if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
      const startLine = line;
      const next = scanString(pos, false, false);
      push('string', text.slice(pos, next), stringValue, startLine);
      pos = next;
      continue;
    }
    if (isNameStart(c)) {
      const prefix = isAsciiLetter(c) ? stringPrefixLength(pos) : 0;
      if (prefix > 0) {
        let isRaw = false;
        let isInterpolated = false;
        for (let q = pos; q < pos + prefix; q++) {
          const letter = text.charCodeAt(q) | 32;
          if (letter === 114) isRaw = true;
          else if (letter === 102 || letter === 116) isInterpolated = true;
        }
        const startLine = line;
        const next = scanString(pos + prefix, isRaw, isInterpolated);
        push('string', text.slice(pos, next), stringValue, startLine);
        pos = next;
        continue;
      }
      let p = pos + 1;
      while (p < end && isNameChar(text.charCodeAt(p))) p++;
      const name = text.slice(pos, p);
      if (depth > 0 && isFirstOnPhysicalLine && physicalColumn === 0 && STATEMENT_KEYWORDS.has(name)) {
        const lastLine = tokens[tokens.length - 1]?.line ?? line;
        tokens.push({ type: 'newline', text: '', value: undefined, line: lastLine, indent });
        depth = 0;
        indent = 0;
      }
      push('name', name, undefined, line);
      pos = p;
      continue;
    }
    if (isDigit(c) || (c === DOT && isDigit(codeAt(text, pos + 1)))) {
      const isHex = c === 48 && (codeAt(text, pos + 1) | 32) === 120;
      let p = pos + 1;
      while (p < end) {
        const d = text.charCodeAt(p);
        if ((d | 32) === 101 && !isHex) {
          const sign = codeAt(text, p + 1);
          p += sign === 43 || sign === 45 ? 2 : 1;
        } else if (isNameChar(d) || d === DOT) p++;
        else break;
      }
      push('number', text.slice(pos, p), undefined, line);
      pos = p;
      continue;
    }
    const length = operatorLength(text, pos, c);
    if (length === 1) {
      if (c === 40 || c === 91 || c === LEFT_BRACE) depth++;
      else if ((c === 41 || c === 93 || c === RIGHT_BRACE) && depth > 0) depth--;
      push('op', text[pos]!, undefined, line);
    } else push('op', text.slice(pos, pos + length), undefined, line);
    pos += length;
  }
  if (isLogicalLineOpen) {
    const lastLine = tokens[tokens.length - 1]?.line ?? line;
    tokens.push({ type: 'newline', text: '', value: undefined, line: lastLine, indent });
  }
  return tokens;
}

/** Length of the operator at pos by maximal munch: `**=`, `...`, `->`, `==`, `:=`, `+=`... or 1. */
function operatorLength(text: string, pos: number, c: number): number {
  const next = codeAt(text, pos + 1);
  if (c === DOT) return next === DOT && codeAt(text, pos + 2) === DOT ? 3 : 1;
  // ** // << >> and their augmented forms
  if (next === c && (c === 42 || c === 47 || c === 60 || c === 62)) {
    return codeAt(text, pos + 2) === EQUALS ? 3 : 2;
  }
  if (c === 45 && next === 62) return 2; // ->
  if (next === EQUALS) {
    // = ! < > : + - * / % & | ^ @ followed by =
    switch (c) {
      case EQUALS:
      case 33:
      case 60:
      case 62:
      case COLON:
      case 43:
      case 45:
      case 42:
      case 47:
      case 37:
      case 38:
      case 124:
      case 94:
      case 64:
        return 2;
    }
  }
  return 1;
}
