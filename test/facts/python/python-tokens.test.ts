import { describe, expect, it } from 'vitest';
import { type PythonToken, tokenizePython } from '../../../src/facts/python/python-tokens.js';

/** Compact view: [type, text, line] plus the decoded value for strings. */
const compact = (text: string) =>
  tokenizePython(text).map((token) =>
    token.type === 'string'
      ? [token.type, token.text, token.line, token.value]
      : [token.type, token.text, token.line],
  );

const strings = (text: string) =>
  tokenizePython(text)
    .filter((token) => token.type === 'string')
    .map((token) => token.value);

describe('tokenizePython', () => {
  it('yields names, operators, numbers, strings and logical line ends with lines and indentation', () => {
    const tokens = tokenizePython('def health():\n    return {"status": 1.5e-3}\n');
    expect(tokens).toEqual<PythonToken[]>([
      { type: 'name', text: 'def', value: undefined, line: 1, indent: 0 },
      { type: 'name', text: 'health', value: undefined, line: 1, indent: 0 },
      { type: 'op', text: '(', value: undefined, line: 1, indent: 0 },
      { type: 'op', text: ')', value: undefined, line: 1, indent: 0 },
      { type: 'op', text: ':', value: undefined, line: 1, indent: 0 },
      { type: 'newline', text: '', value: undefined, line: 1, indent: 0 },
      { type: 'name', text: 'return', value: undefined, line: 2, indent: 4 },
      { type: 'op', text: '{', value: undefined, line: 2, indent: 4 },
      { type: 'string', text: '"status"', value: 'status', line: 2, indent: 4 },
      { type: 'op', text: ':', value: undefined, line: 2, indent: 4 },
      { type: 'number', text: '1.5e-3', value: undefined, line: 2, indent: 4 },
      { type: 'op', text: '}', value: undefined, line: 2, indent: 4 },
      { type: 'newline', text: '', value: undefined, line: 2, indent: 4 },
    ]);
  });

  it('skips comments, blank lines and comment-only lines without emitting line ends', () => {
    expect(compact('# import mlflow\n\nx = 1  # mlflow.log_metric("a")\n   # indented comment\ny\n')).toEqual(
      [
        ['name', 'x', 3],
        ['op', '=', 3],
        ['number', '1', 3],
        ['newline', '', 3],
        ['name', 'y', 5],
        ['newline', '', 5],
      ],
    );
  });

  it('continues a logical line inside brackets and after a backslash', () => {
    expect(compact('run(a,\n    b)\nx = 1 + \\\n    2\n')).toEqual([
      ['name', 'run', 1],
      ['op', '(', 1],
      ['name', 'a', 1],
      ['op', ',', 1],
      ['name', 'b', 2],
      ['op', ')', 2],
      ['newline', '', 2],
      ['name', 'x', 3],
      ['op', '=', 3],
      ['number', '1', 3],
      ['op', '+', 3],
      ['number', '2', 4],
      ['newline', '', 4],
    ]);
  });

  it('keeps the indentation of the logical line start on continuation lines and expands tabs to 8', () => {
    const tokens = tokenizePython('if ready:\n\tserve(app,\n  port=80)\n');
    expect(tokens.map((token) => [token.text, token.indent])).toEqual([
      ['if', 0],
      ['ready', 0],
      [':', 0],
      ['', 0],
      ['serve', 8],
      ['(', 8],
      ['app', 8],
      [',', 8],
      ['port', 8],
      ['=', 8],
      ['80', 8],
      [')', 8],
      ['', 8],
    ]);
  });

  it('reads multi-character operators by maximal munch', () => {
    const ops = tokenizePython('a == b != c ** d // e -> f := g ... h **= i <<= j >= k @= l')
      .filter((token) => token.type === 'op')
      .map((token) => token.text);
    expect(ops).toEqual(['==', '!=', '**', '//', '->', ':=', '...', '**=', '<<=', '>=', '@=']);
  });

  it('decodes escapes in plain literals and keeps raw literals as written', () => {
    expect(strings(String.raw`"a\tb\n" 'it\'s' r"^\d+/$" b"\x41\101" u"\u00e9" "\q" "\N{DASH}"`)).toEqual([
      'a\tb\n',
      "it's",
      String.raw`^\d+/$`,
      'AA',
      'é',
      String.raw`\q`,
      String.raw`\N{DASH}`,
    ]);
  });

  it('accepts every string prefix in any case and leaves f- and t-string values undefined', () => {
    expect(
      compact(`r'a' B'b' U'c' Rb'd' bR'e' BR'f' f'g' Fr'h' rF'i' t'j' ab'k'`).filter(
        (token) => token[0] !== 'newline',
      ),
    ).toEqual([
      ['string', "r'a'", 1, 'a'],
      ['string', "B'b'", 1, 'b'],
      ['string', "U'c'", 1, 'c'],
      ['string', "Rb'd'", 1, 'd'],
      ['string', "bR'e'", 1, 'e'],
      ['string', "BR'f'", 1, 'f'],
      ['string', "f'g'", 1, undefined],
      ['string', "Fr'h'", 1, undefined],
      ['string', "rF'i'", 1, undefined],
      ['string', "t'j'", 1, undefined],
      ['name', 'ab', 1],
      ['string', "'k'", 1, 'k'],
    ]);
  });

  it('counts the lines of a triple-quoted string so later tokens keep their line', () => {
    expect(compact('"""Train the model.\n\nimport mlflow\n"""\nimport wandb\n')).toEqual([
      ['string', '"""Train the model.\n\nimport mlflow\n"""', 1, 'Train the model.\n\nimport mlflow\n'],
      ['newline', '', 4],
      ['name', 'import', 5],
      ['name', 'wandb', 5],
      ['newline', '', 5],
    ]);
  });

  it('treats nested quotes in f-string replacement fields as part of the f-string (PEP 701)', () => {
    const source = `f"{row["id"]} {x:'>10} {'}'}" + f'''{a}\n{b}''' + done`;
    expect(compact(source).map((token) => token[1])).toEqual([
      `f"{row["id"]} {x:'>10} {'}'}"`,
      '+',
      `f'''{a}\n{b}'''`,
      '+',
      'done',
      '',
    ]);
  });

  it('ends an unterminated single-quoted string at its line and goes on with the next line', () => {
    expect(compact('x = "open\nimport mlflow\n')).toEqual([
      ['name', 'x', 1],
      ['op', '=', 1],
      ['string', '"open', 1, undefined],
      ['newline', '', 1],
      ['name', 'import', 2],
      ['name', 'mlflow', 2],
      ['newline', '', 2],
    ]);
  });

  it('ends an unterminated triple-quoted string, f-string or escape at the end of the file', () => {
    expect(compact('"""never closed\nimport mlflow')).toEqual([
      ['string', '"""never closed\nimport mlflow', 1, undefined],
      ['newline', '', 1],
    ]);
    expect(compact(`f'''{x`)).toEqual([
      ['string', `f'''{x`, 1, undefined],
      ['newline', '', 1],
    ]);
    expect(compact('"ends with \\')).toEqual([
      ['string', '"ends with \\', 1, undefined],
      ['newline', '', 1],
    ]);
  });

  it('reads a source that ends where a look-ahead would run past it', () => {
    // Each look-ahead past the end reads "no character": the same tokens as before it was bounded.
    const cases: [string, string[]][] = [
      ['x \\', ['name x', 'op \\', 'newline']],
      ["'\\", ["string '\\", 'newline']],
      ["'\\x4", ["string '\\x4", 'newline']],
      ["'\\u00e", ["string '\\u00e", 'newline']],
      ["'\\12", ["string '\\12", 'newline']],
      ['r', ['name r', 'newline']],
      ['rb', ['name rb', 'newline']],
      ["r'", ["string r'", 'newline']],
      ['0x', ['number 0x', 'newline']],
      ['1e', ['number 1e', 'newline']],
      ['1e+', ['number 1e+', 'newline']],
      ['.', ['op .', 'newline']],
      ['..', ['op .', 'op .', 'newline']],
      ['**', ['op **', 'newline']],
      ['->', ['op ->', 'newline']],
      ['# c', []],
      ["'''a''", ["string '''a''", 'newline']],
      ["f'{", ["string f'{", 'newline']],
      ['x\r', ['name x', 'newline']],
      ['\t', []],
    ];
    for (const [source, expected] of cases) {
      const got = tokenizePython(source).map((token) =>
        token.type === 'newline' ? 'newline' : `${token.type} ${token.text}`,
      );
      expect(got, JSON.stringify(source)).toEqual(expected);
    }
  });

  it('never throws or hangs on any prefix of a tricky source', () => {
    const source = `\uFEFF# -*- coding: utf-8 -*-\r\nx = f"{a["b"]:{w}}" + rb'\\'' + """doc\r\n"""\r\n(\\\r\n1.5j, 0x1F, ...)\r\n`;
    for (let length = 0; length <= source.length; length++) {
      expect(() => tokenizePython(source.slice(0, length))).not.toThrow();
    }
    expect(tokenizePython(source).at(-1)).toEqual({
      type: 'newline',
      text: '',
      value: undefined,
      line: 5,
      indent: 0,
    });
  });

  it('closes brackets left open when a statement keyword starts a line at column 0', () => {
    // A missing `)` must not hide every import below it.
    expect(compact('train(epochs=3\nimport mlflow\n')).toEqual([
      ['name', 'train', 1],
      ['op', '(', 1],
      ['name', 'epochs', 1],
      ['op', '=', 1],
      ['number', '3', 1],
      ['newline', '', 1],
      ['name', 'import', 2],
      ['name', 'mlflow', 2],
      ['newline', '', 2],
    ]);
  });

  it('counts CRLF and lone CR line ends once and skips a byte order mark', () => {
    expect(compact('\uFEFFa\r\nb\rc').map((token) => [token[1], token[2]])).toEqual([
      ['a', 1],
      ['', 1],
      ['b', 2],
      ['', 2],
      ['c', 3],
      ['', 3],
    ]);
  });
});
