// The shell commands a notebook runs: `!cmd` escapes, `%system`/`%sx` line magics and `%%bash`, `%%sh` or
// `%%script bash` cells (https://ipython.readthedocs.io/en/stable/interactive/magics.html). A notebook that
// starts a model server or pulls DVC data does it here.

import { pushTo } from '../../engine/push-to.js';
import { splitShellLines } from '../ci/shell-lines.js';
import type { ExtractionContext } from '../model.js';

/** One command of a cell; `line` is 1-based within the cell. */
export interface CellCommand {
  command: string;
  line: number;
}

const SHELL_CELL_MAGICS = new Set(['bash', 'sh', 'system']);
const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash']);
const SHELL_LINE_MAGICS = ['%system ', '%sx ', '%%sx '];
const SHELL_CELL_HEADERS = ['%%bash', '%%sh', '%%script', '%%system'];
// Longer than any command line a rule could name; bounds the search for a line's end.
const MAX_LINE = 400;
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LETTER_N = 0x6e;

/**
 * Whether a notebook's text may run a command some rule names: a shell line that spells one of the rules'
 * command patterns, or a shell cell in a text that spells one anywhere. Works on decoded cells and on the
 * notebook's raw JSON (`"!dvc pull\n"`), and looks only at shell lines: every pattern searched through
 * every notebook cost more than the rest of its reading, and a regular expression over it nearly as much.
 */
export function shellMayMatter(text: string, context: ExtractionContext | undefined): boolean {
  const phrases = context?.commandPhrases;
  for (const marker of ['!', '%']) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      if (!isAtLineStart(text, at)) continue;
      if (marker === '%') {
        if (SHELL_CELL_HEADERS.some((header) => startsWord(text, at, header))) {
          // A shell cell's commands are the lines below its header, not looked for one by one.
          return phrases === undefined || phrases.some((phrase) => text.includes(phrase));
        }
        if (!SHELL_LINE_MAGICS.some((magic) => text.startsWith(magic, at))) continue;
      }
      if (phrases === undefined) return true;
      if (spellsPhrase(lineAt(text, at + 1), phrases)) return true;
    }
  }
  return false;
}

const phraseGroups = new WeakMap<readonly string[], [string, string[]][]>();

/** Whether `line` holds one of `phrases`, looked for only when it holds the phrase's first word. */
function spellsPhrase(line: string, phrases: readonly string[]): boolean {
  let groups = phraseGroups.get(phrases);
  if (!groups) {
    const byWord = new Map<string, string[]>();
    for (const phrase of phrases) {
      const word = phrase.split(' ')[0]!;
      pushTo(byWord, word, phrase);
    }
    groups = [...byWord];
    phraseGroups.set(phrases, groups);
  }
  for (const [word, group] of groups) {
    if (line.includes(word) && group.some((phrase) => line.includes(phrase))) return true;
  }
  return false;
}

/** Only spaces or tabs between `at` and the line's start: a newline, an escaped `\n` or a JSON string's quote. */
function isAtLineStart(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text.charCodeAt(before) === SPACE || text.charCodeAt(before) === TAB)) before--;
  if (before < 0) return true;
  const code = text.charCodeAt(before);
  if (code === NEWLINE || code === QUOTE) return true;
  return code === LETTER_N && text.charCodeAt(before - 1) === BACKSLASH;
}

/** `header` at `at`, not followed by more of a word (`%%bash` but not `%%bashful`). */
function startsWord(text: string, at: number, header: string): boolean {
  if (!text.startsWith(header, at)) return false;
  const next = text.charCodeAt(at + header.length);
  return !(next >= 0x61 && next <= 0x7a) && !(next >= 0x41 && next <= 0x5a);
}

/**
 * The rest of the line from `start`, ended by a newline, an escaped `\n` or the JSON string's quote, and
 * at most MAX_LINE long: scanned forward to its end, so a notebook of a million short `!` lines costs one
 * pass.
 */
function lineAt(text: string, start: number): string {
  const limit = Math.min(text.length, start + MAX_LINE);
  let end = start;
  while (end < limit) {
    const code = text.charCodeAt(end);
    if (code === NEWLINE || code === QUOTE) break;
    if (code === BACKSLASH && text.charCodeAt(end + 1) === LETTER_N) break;
    end++;
  }
  return text.slice(start, end);
}

/** The commands of one code cell, in order. */
export function commandsOfCell(source: string): CellCommand[] {
  const lines = source.split('\n');
  const firstCode = lines.findIndex((line) => line.trim() !== '');
  if (firstCode === -1) return [];
  const header = lines[firstCode]!.trim();
  if (header.startsWith('%%')) {
    if (isShellCellMagic(header.slice(2))) {
      const body = lines.slice(firstCode + 1).join('\n');
      return splitShellLines(body).map(({ command, offset }) => ({ command, line: firstCode + offset + 2 }));
    }
    if (header.startsWith('%%sx ')) return [{ command: header.slice(5).trim(), line: firstCode + 1 }];
  }
  const commands: CellCommand[] = [];
  lines.forEach((line, index) => {
    const command = escapedCommandOf(line.trim());
    if (command) commands.push({ command, line: index + 1 });
  });
  return commands;
}

/** `%%bash`, `%%bash --bg`, `%%script bash`, `%%system`. */
function isShellCellMagic(header: string): boolean {
  const [name = '', program = ''] = header.trim().split(/\s+/);
  if (SHELL_CELL_MAGICS.has(name)) return true;
  return name === 'script' && SHELLS.has(program.slice(program.lastIndexOf('/') + 1));
}

/** The command of a `!cmd`, `!!cmd` or `%system cmd` line, else undefined. */
function escapedCommandOf(line: string): string | undefined {
  if (line.startsWith('!')) return line.replace(/^!!?/, '').trim() || undefined;
  const magic = SHELL_LINE_MAGICS.find((prefix) => line.startsWith(prefix));
  return magic ? line.slice(magic.length).trim() || undefined : undefined;
}
