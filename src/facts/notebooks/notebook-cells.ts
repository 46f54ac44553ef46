// The cells of a notebook read straight from its JSON text, without building its outputs: one pass that
// checks the whole text is JSON (as JSON.parse would) and keeps only each cell's type and source. Outputs
// (base64 images, HTML tables) are most of a notebook's bytes and are only stepped over.

/** A cell as the notebook extractor needs it: `cell_type` when it is a string, `source` as sourceOf() gives. */
export interface CellView {
  cellType: string | undefined;
  source: string;
}

/** Cells in order; `undefined` for a cell that is not a JSON object (it still counts in the numbering). */
export interface NotebookView {
  cells: (CellView | undefined)[];
}

// What an open container is, so the values inside it that matter are kept.
const OTHER = 0;
const ROOT = 1;
const CELLS = 2;
const CELL = 3;
const SOURCE = 4;

const SPACE = /[ \t\n\r]*/y;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The cells of a valid notebook whose top level is an object with a `cells` list and no `nbformat`
 * below 4, else undefined (not JSON, or any other shape): the caller then parses the text to say why.
 */
export function readNotebookCells(text: string): NotebookView | undefined {
  let at = 0;
  /** Open containers' roles, and for objects whether the next string is a key. */
  const roles: number[] = [];
  const isObject: boolean[] = [];
  let expectKey = false;
  let key = '';
  // The last `cells` of the top level wins, as in JSON.parse; likewise a cell's `cell_type` and `source`.
  let cells: (CellView | undefined)[] | undefined;
  let isOldFormat = false;
  let cell: CellView | undefined;
  let source = '';
  let isTopObject = false;

  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.test(text);
    at = SPACE.lastIndex;
  };
  /** Reads the string starting at `at` (a quote); its value, or undefined when not valid JSON. */
  const readString = (): string | undefined => {
    const start = at + 1;
    let hasEscape = false;
    at = start;
    for (;;) {
      PLAIN.lastIndex = at;
      PLAIN.test(text);
      at = PLAIN.lastIndex;
      const code = text.charCodeAt(at);
      if (code === 0x22) break;
      if (code !== 0x5c) return undefined;
      ESCAPE.lastIndex = at;
      if (!ESCAPE.test(text)) return undefined;
      at = ESCAPE.lastIndex;
      hasEscape = true;
    }
    const raw = text.slice(start, at);
    at += 1;
    return hasEscape ? (JSON.parse(`"${raw}"`) as string) : raw;
  };

  /** The role of a container opened as the value of `key` in a container of role `parent`. */
  const roleOf = (parent: number, isArrayItem: boolean): number => {
    if (roles.length === 0) return ROOT;
    if (parent === ROOT && !isArrayItem && key === 'cells') return CELLS;
    if (parent === CELLS && isArrayItem) return CELL;
    if (parent === CELL && !isArrayItem && key === 'source') return SOURCE;
    return OTHER;
  };

  /** A scalar value (already read) in the current container. */
  const takeScalar = (value: string | number | undefined, isString: boolean) => {
    const depth = roles.length;
    const parent = depth === 0 ? OTHER : roles[depth - 1]!;
    const isArrayItem = depth > 0 && !isObject[depth - 1];
    if (parent === ROOT && !isArrayItem) {
      if (key === 'cells') cells = undefined;
      else if (key === 'nbformat') isOldFormat = typeof value === 'number' && value < 4;
    } else if (parent === CELLS && isArrayItem) cells?.push(undefined);
    else if (parent === CELL && !isArrayItem && cell) {
      if (key === 'cell_type') cell.cellType = isString ? (value as string) : undefined;
      else if (key === 'source') cell.source = isString ? (value as string) : '';
    } else if (parent === SOURCE && isArrayItem && isString) source += value as string;
  };

  const open = (isArray: boolean) => {
    const depth = roles.length;
    const parent = depth === 0 ? OTHER : roles[depth - 1]!;
    const isArrayItem = depth > 0 && !isObject[depth - 1];
    const role = roleOf(parent, isArrayItem);
    // A container where a cell, the cells list or a source is expected but of the other kind is OTHER.
    const fitting =
      (role === ROOT && !isArray) ||
      (role === CELLS && isArray) ||
      (role === CELL && !isArray) ||
      (role === SOURCE && isArray)
        ? role
        : OTHER;
    if (depth === 0) isTopObject = !isArray;
    if (parent === ROOT && !isArrayItem && key === 'cells') cells = fitting === CELLS ? [] : undefined;
    if (parent === CELLS && isArrayItem) {
      if (fitting === CELL) {
        cell = { cellType: undefined, source: '' };
        cells?.push(cell);
      } else cells?.push(undefined);
    }
    if (parent === ROOT && !isArrayItem && key === 'nbformat') isOldFormat = false;
    if (parent === CELL && !isArrayItem && cell) {
      if (key === 'cell_type') cell.cellType = undefined;
      else if (key === 'source') {
        cell.source = '';
        source = '';
      }
    }
    roles.push(fitting);
    isObject.push(!isArray);
    expectKey = !isArray;
  };

  const close = () => {
    const role = roles.pop()!;
    isObject.pop();
    if (role === SOURCE && cell) cell.source = source;
    if (role === CELL) cell = undefined;
  };

  for (;;) {
    skipSpace();
    const depth = roles.length;
    const inObject = depth > 0 && isObject[depth - 1]!;
    let code = text.charCodeAt(at);
    if (inObject && expectKey) {
      if (code !== 0x22) return undefined;
      const name = readString();
      if (name === undefined) return undefined;
      key = name;
      skipSpace();
      if (text.charCodeAt(at) !== 0x3a) return undefined;
      at += 1;
      skipSpace();
      expectKey = false;
      code = text.charCodeAt(at);
    }
    if (code === 0x7b || code === 0x5b) {
      at += 1;
      open(code === 0x5b);
      skipSpace();
      // An empty container closes at once.
      const closer = code === 0x5b ? 0x5d : 0x7d;
      if (text.charCodeAt(at) === closer) {
        at += 1;
        close();
        if (!afterValue()) return undefined;
        if (roles.length === 0) break;
      }
      continue;
    }
    if (code === 0x22) {
      const value = readString();
      if (value === undefined) return undefined;
      takeScalar(value, true);
    } else if (code === 0x74 && text.startsWith('true', at)) {
      at += 4;
      takeScalar(undefined, false);
    } else if (code === 0x66 && text.startsWith('false', at)) {
      at += 5;
      takeScalar(undefined, false);
    } else if (code === 0x6e && text.startsWith('null', at)) {
      at += 4;
      takeScalar(undefined, false);
    } else {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) return undefined;
      const value = Number(text.slice(at, NUMBER.lastIndex));
      at = NUMBER.lastIndex;
      takeScalar(value, false);
    }
    if (roles.length === 0) break;
    if (!afterValue()) return undefined;
    if (roles.length === 0) break;
  }
  skipSpace();
  if (at !== text.length || !isTopObject || isOldFormat || cells === undefined) return undefined;
  return { cells };

  /** After a value: a comma (then the next key or item) or the closers of the containers that end here. */
  function afterValue(): boolean {
    for (;;) {
      if (roles.length === 0) return true;
      skipSpace();
      const code = text.charCodeAt(at);
      if (code === 0x2c) {
        at += 1;
        expectKey = isObject[roles.length - 1]!;
        return true;
      }
      const closer = isObject[roles.length - 1] ? 0x7d : 0x5d;
      if (code !== closer) return false;
      at += 1;
      close();
    }
  }
}
