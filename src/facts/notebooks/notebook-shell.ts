// The shell commands a notebook runs: `!cmd` escapes, `%system`/`%sx` line magics and `%%bash`, `%%sh` or
// `%%script bash` cells (https://ipython.readthedocs.io/en/stable/interactive/magics.html). A notebook that
// starts a model server or pulls DVC data does it here.

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
// A shell escape or shell magic at the start of a line, in decoded cells or in the notebook's raw JSON
// (`"!dvc pull\n"`, `"%%bash\n"`, or after an escaped `\n` inside one string).
const SHELL_MARKER = /(?:^|\n|"|\\n)[ \t]*(?:!|%%(?:bash|sh|script|system)\b|%%?(?:system|sx)\b)/;

/**
 * Whether a notebook's text may run a command some rule names: it has a shell line and spells the first
 * word of a rule's command. Words inside strings or outputs can match too; that only costs a parse.
 */
export function shellMayMatter(text: string, context: ExtractionContext | undefined): boolean {
  if (!context?.commandWords) return SHELL_MARKER.test(text);
  if (!SHELL_MARKER.test(text)) return false;
  for (const word of context.commandWords) if (text.includes(word)) return true;
  return false;
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
