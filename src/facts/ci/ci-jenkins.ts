// Jenkinsfiles (Groovy): the pipeline and the shell steps it runs. Only string literals count as
// commands; a step built from a variable is not seen. https://www.jenkins.io/doc/pipeline/steps/workflow-durable-task-step/

import type { Diagnostic, Extraction, Fact, SourceFile } from '../model.js';
import { splitShellLines } from './shell-lines.js';

// Steps whose argument (or `script:` argument) is a script.
const SCRIPT_STEPS = new Set(['sh', 'bat', 'powershell', 'pwsh']);
const NO_JOBS = 'has no jobs. It is not counted as a CI pipeline.';
// `\'`, `\"`, `\\` and `\$` escapes.
const ESCAPED_QUOTE = /\\(['"\\$])/g;

interface StringLiteral {
  /** Offset of the first character inside the quotes. */
  contentStart: number;
  /** Offset after the closing quotes, or the text length when the literal is never closed. */
  end: number;
  value: string;
  isClosed: boolean;
}

/** Facts of one Jenkinsfile. Never throws: an unterminated string or comment ends the scan with a diagnostic. */
export function extractJenkinsfile({ path, text }: SourceFile): Extraction {
  const lineAt = lineLocator(text);
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  const commandFacts: Fact[] = [];
  let hasCode = false;
  const fail = (offset: number, what: string): void => {
    diagnostics.push({
      path,
      line: lineAt(offset),
      message: `has ${what} that is never closed. Steps after it are not counted.`,
      blocks: ['command'],
    });
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '/' && text[i + 1] === '/') {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
    } else if (char === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) {
        fail(i, 'a /* comment');
        break;
      }
      i = close + 2;
    } else if (char === "'" || char === '"') {
      hasCode = true;
      const literal = readStringLiteral(text, i);
      if (!literal.isClosed) {
        fail(i, 'a string');
        break;
      }
      i = literal.end;
    } else if (isIdentifierStart(char) && !isIdentifierPart(text[i - 1])) {
      hasCode = true;
      let end = i + 1;
      while (end < text.length && isIdentifierPart(text[end])) end++;
      const name = text.slice(i, end);
      i = end;
      if (!SCRIPT_STEPS.has(name)) continue;
      const literal = findScriptArgument(text, end);
      if (literal === undefined) continue;
      if (!literal.isClosed) {
        fail(literal.contentStart, 'a string');
        break;
      }
      const firstLine = lineAt(literal.contentStart);
      for (const { command, offset } of splitShellLines(literal.value)) {
        commandFacts.push({ kind: 'command', path, line: firstLine + offset, command, source: 'ci' });
      }
      i = literal.end;
    } else {
      if (char.trim() !== '') hasCode = true;
      i++;
    }
  }
  if (!hasCode) {
    // Read fine but empty of steps: nothing is hidden, so nothing is blocked.
    diagnostics.push({ path, line: 1, message: NO_JOBS });
    return { facts, diagnostics };
  }
  facts.push({ kind: 'ci', path, line: 1, system: 'jenkins' }, ...commandFacts);
  return { facts, diagnostics };
}

/**
 * The script literal of a step call starting at `start` (just after the step name): `sh 'make'`,
 * `sh("make")`, `sh script: 'make', label: 'Build'`, `sh(returnStdout: true, script: """...""")`.
 */
function findScriptArgument(text: string, start: number): StringLiteral | undefined {
  let i = skipSpaces(text, start, false);
  const hasParen = text[i] === '(';
  if (hasParen) i = skipSpaces(text, i + 1, true);
  if (text[i] === "'" || text[i] === '"') return readStringLiteral(text, i);
  // Named arguments: look for `script:` before the call ends (`)`, or the line end without parentheses).
  while (i < text.length) {
    const char = text[i]!;
    if (char === ')' || (char === '\n' && !hasParen)) return undefined;
    if (char === "'" || char === '"') {
      const literal = readStringLiteral(text, i);
      if (!literal.isClosed) return literal;
      i = literal.end;
    } else if (
      text.startsWith('script', i) &&
      !isIdentifierPart(text[i - 1]) &&
      !isIdentifierPart(text[i + 6])
    ) {
      i = skipSpaces(text, i + 6, true);
      if (text[i] !== ':') continue;
      i = skipSpaces(text, i + 1, true);
      return text[i] === "'" || text[i] === '"' ? readStringLiteral(text, i) : undefined;
    } else {
      i++;
    }
  }
  return undefined;
}

/**
 * Reads a Groovy string literal at `start`: `'...'`, `"..."`, `'''...'''` or `"""..."""`. Quote and
 * backslash escapes are undone; `\n`-style escapes are kept as written so the value keeps the literal's
 * line structure. A `${...}` interpolation may hold quotes of its own.
 */
function readStringLiteral(text: string, start: number): StringLiteral {
  const quote = text[start]!;
  const isTriple = text.startsWith(quote.repeat(3), start);
  const delimiter = isTriple ? quote.repeat(3) : quote;
  const contentStart = start + delimiter.length;
  let i = contentStart;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\') {
      i += 2;
    } else if (char === '$' && quote === '"' && text[i + 1] === '{') {
      i = skipInterpolation(text, i + 2);
    } else if (text.startsWith(delimiter, i)) {
      const raw = text.slice(contentStart, i);
      return { contentStart, end: i + delimiter.length, value: unescapeGroovyString(raw), isClosed: true };
    } else if (char === '\n' && !isTriple) {
      break;
    } else {
      i++;
    }
  }
  return { contentStart, end: text.length, value: '', isClosed: false };
}

/** Offset after the `}` closing an interpolation whose body starts at `start`. */
function skipInterpolation(text: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < text.length && depth > 0) {
    const char = text[i];
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === '\n') return i;
    i++;
  }
  return i;
}

function unescapeGroovyString(raw: string): string {
  return raw.includes('\\') ? raw.replace(ESCAPED_QUOTE, '$1') : raw;
}

function skipSpaces(text: string, start: number, crossesLines: boolean): number {
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === ' ' || char === '\t' || char === '\r' || (crossesLines && char === '\n')) i++;
    else break;
  }
  return i;
}

function isIdentifierStart(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_';
}

function isIdentifierPart(char: string | undefined): boolean {
  return char !== undefined && (isIdentifierStart(char) || (char >= '0' && char <= '9') || char === '$');
}

/** Maps an offset to its 1-based line with a binary search over the line starts. */
function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
