// Finds the source line of a TOML entry. smol-toml gives values without positions, so we scan the text.

/** A position in the text: 0-based line index and the column where the next search starts. */
export interface TomlCursor {
  line: number;
  column: number;
}

const NEWLINE_RE = /\r?\n/;
const KEY_NOISE_RE = /["'\s]/g;
// `[table]` or `[[array]]`, optionally commented; the comma exclusion keeps `["a", "b"]` array rows out.
const HEADER_RE = /^\s*\[(\[?)([^[\],]+)\]\]?\s*(?:#.*)?$/;

/**
 * Line lookup over one TOML file. Headers are indexed once and each table's keys on first use; string
 * searches are linear in the lines searched. `findKey` never fails: it falls back to the closest
 * enclosing header, or to line 1.
 */
export class TomlLines {
  private readonly lines: string[];
  /** Normalised header name (`tool.poetry.dependencies`) to its 0-based line. */
  private readonly headers = new Map<string, number>();
  /** 0-based lines of every header, `[[...]]` included, in order. */
  private readonly headerLines: number[] = [];
  /** Lazily built `key =` index of each table, keyed by its header line (-1 for the root table). */
  private readonly keysByTable = new Map<number, Map<string, TomlCursor>>();

  constructor(text: string) {
    this.lines = text.split(NEWLINE_RE);
    this.lines.forEach((line, index) => {
      if (line.indexOf('[') < 0) return;
      const header = HEADER_RE.exec(line);
      if (!header) return;
      this.headerLines.push(index);
      if (header[1] === '') this.headers.set(normaliseKey(header[2]!), index);
    });
  }

  /**
   * Where the key at `path` is defined: its `[header]` line, or its `key =` line inside the nearest
   * enclosing table (dotted keys and inline tables included). The cursor column is just after the `=`.
   */
  findKey(path: string[]): TomlCursor {
    let fallback: TomlCursor | undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const headerLine = depth === 0 ? -1 : this.headers.get(path.slice(0, depth).join('.'));
      if (headerLine === undefined) continue;
      if (depth === path.length) return { line: headerLine, column: this.lines[headerLine]!.length };
      const rest = path.slice(depth);
      const found =
        this.findKeyInTable(headerLine, rest.join('.')) ??
        (rest.length > 1 ? this.findKeyInTable(headerLine, rest[0]!) : undefined);
      if (found) return found;
      fallback ??= {
        line: Math.max(headerLine, 0),
        column: headerLine < 0 ? 0 : this.lines[headerLine]!.length,
      };
    }
    return fallback ?? { line: 0, column: 0 };
  }

  /** The first occurrence of the quoted `value` at or after `from`, as a cursor just past it. */
  findString(from: TomlCursor, value: string): TomlCursor | undefined {
    const quotedForms = [JSON.stringify(value), `'${value}'`];
    for (let index = from.line; index < this.lines.length; index++) {
      const line = this.lines[index]!;
      const start = index === from.line ? from.column : 0;
      let best = -1;
      let bestLength = 0;
      for (const quoted of quotedForms) {
        const at = line.indexOf(quoted, start);
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
          bestLength = quoted.length;
        }
      }
      if (best >= 0) return { line: index, column: best + bestLength };
    }
    return undefined;
  }

  private findKeyInTable(headerLine: number, dottedKey: string): TomlCursor | undefined {
    let keys = this.keysByTable.get(headerLine);
    if (!keys) {
      keys = this.indexKeys(headerLine);
      this.keysByTable.set(headerLine, keys);
    }
    return keys.get(dottedKey);
  }

  // One pass per table, so a Poetry table of thousands of entries is not rescanned for each key.
  private indexKeys(headerLine: number): Map<string, TomlCursor> {
    const keys = new Map<string, TomlCursor>();
    const end = this.headerLines.find((line) => line > headerLine) ?? this.lines.length;
    for (let index = headerLine + 1; index < end; index++) {
      const line = this.lines[index]!;
      const equals = assignmentIndex(line);
      if (equals <= 0) continue;
      const key = normaliseKey(line.slice(0, equals));
      if (!keys.has(key)) keys.set(key, { line: index, column: equals + 1 });
    }
    return keys;
  }
}

/** Drops quotes and blanks, so `"ruamel.yaml"`, `tool . poetry` and `tool.poetry` compare equal. */
function normaliseKey(key: string): string {
  return key.replace(KEY_NOISE_RE, '');
}

// The `=` of `key = value`, ignoring `==`, `>=`, `~=`... inside requirement strings of multi-line arrays.
function assignmentIndex(line: string): number {
  const equals = line.indexOf('=');
  if (equals < 0 || line[equals + 1] === '=') return -1;
  const before = line[equals - 1];
  if (before === '<' || before === '>' || before === '!' || before === '~') return -1;
  return equals;
}
