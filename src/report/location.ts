// One way to write a piece of evidence's place, shared by every renderer: `path:line` or `path#cell3:line`.

export interface Place {
  path: string;
  line?: number;
  cell?: number;
}

export function formatPlace({ path, line, cell }: Place): string {
  const cellPart = cell === undefined ? '' : ` (cell ${cell + 1})`;
  return line === undefined ? path : `${path}:${line}${cellPart}`;
}
