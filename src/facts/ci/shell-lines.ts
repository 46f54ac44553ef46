// Splits a shell script into the commands it runs, one per logical line, so every command keeps its own line.

/** One command of a script. `offset` is the 0-based index of the line it starts on within the script text. */
export interface ShellLine {
  command: string;
  offset: number;
}

// `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`; not the here-string `<<<`.
const HEREDOC = /(?<!<)<<(-?)\s*(['"]?)([A-Za-z_][\w.-]*)\2/g;
// `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -e`.
const SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:ba|da|a|z)?sh(?:\s|$)/;
const TRAILING_CR = /\r$/;
const LEADING_TABS = /^\t+/;

// Lines that are only shell grammar; they run nothing by themselves.
const SYNTAX_ONLY = new Set(['then', 'fi', 'do', 'done', 'else', 'esac', '{', '}', ';;', '(', ')']);

/**
 * The commands of a shell script: blank lines, comment lines, trailing comments and lines that are only
 * shell grammar (`fi`, `done`...) are dropped, `\` continuations are joined with one space, and heredoc
 * bodies are skipped (they are data for the command that opens them). Never throws; an unterminated
 * heredoc swallows the rest of the script, as the shell would.
 */
export function splitShellLines(text: string): ShellLine[] {
  const lines = text.split('\n');
  const result: ShellLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const offset = i;
    const parts: string[] = [];
    let current = stripShellComment(lines[i]!.trim());
    i++;
    while (endsWithContinuation(current)) {
      parts.push(current.slice(0, -1).trimEnd());
      if (i >= lines.length) {
        current = '';
        break;
      }
      current = stripShellComment(lines[i]!.trim());
      i++;
    }
    parts.push(current);
    const command = parts.join(' ').trim();
    if (command === '' || SYNTAX_ONLY.has(command)) continue;
    result.push({ command, offset });
    if (command.includes('<<')) i = findHeredocBodies(lines, i, command).next;
  }
  return result;
}

/** True when a line ends with a `\` that joins it to the next (not an escaped `\\`). */
export function endsWithContinuation(line: string): boolean {
  return line.endsWith('\\') && !line.endsWith('\\\\');
}

/** True for a shebang line naming a POSIX-like shell, whose script is shell commands. */
export function isShellShebang(line: string): boolean {
  return SHELL_SHEBANG.test(line);
}

/** Where the heredoc bodies a command opens lie, as 0-based line indices (`end` exclusive, terminator excluded). */
export interface HeredocBodies {
  bodies: { start: number; end: number }[];
  /** Index of the first line after the last terminator (or `lines.length`). */
  next: number;
  /** False when a terminator is missing and the bodies ran to the end of the text. */
  isClosed: boolean;
}

/** Finds the bodies of the heredocs `command` opens; they follow each other from line `start` on, in order. */
export function findHeredocBodies(lines: readonly string[], start: number, command: string): HeredocBodies {
  const bodies: { start: number; end: number }[] = [];
  let i = start;
  let isClosed = true;
  const quotes = quoteTracker(command);
  for (const match of command.matchAll(HEREDOC)) {
    // `echo "a << b"` only prints.
    if (quotes.isInsideAt(match.index)) continue;
    const stripsTabs = match[1] === '-';
    const terminator = match[3]!;
    const bodyStart = i;
    let bodyEnd = -1;
    while (i < lines.length) {
      const line = lines[i]!.replace(TRAILING_CR, '');
      i++;
      if ((stripsTabs ? line.replace(LEADING_TABS, '') : line) === terminator) {
        bodyEnd = i - 1;
        break;
      }
    }
    if (bodyEnd === -1) {
      isClosed = false;
      bodyEnd = lines.length;
    }
    bodies.push({ start: bodyStart, end: bodyEnd });
  }
  return { bodies, next: i, isClosed };
}

/** Answers "is this offset inside quotes?" for increasing offsets, scanning `text` once in total. */
function quoteTracker(text: string): { isInsideAt(index: number): boolean } {
  let quote = '';
  let i = 0;
  return {
    isInsideAt(index) {
      for (; i < index; i++) {
        const char = text[i];
        if (quote !== '') {
          if (char === '\\' && quote === '"') i++;
          else if (char === quote) quote = '';
        } else if (char === '\\') i++;
        else if (char === "'" || char === '"') quote = char;
      }
      return quote !== '';
    },
  };
}

/**
 * `line` without a trailing shell comment. A `#` starts a comment only at the start of a word and outside
 * quotes, so `$#`, `${#x}` and `http://host/#anchor` are kept.
 */
export function stripShellComment(line: string): string {
  if (!line.includes('#')) return line;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote !== '') {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = '';
      continue;
    }
    if (char === '\\') i++;
    else if (char === "'" || char === '"') quote = char;
    else if (char === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return line.slice(0, i).trimEnd();
    }
  }
  return line;
}
