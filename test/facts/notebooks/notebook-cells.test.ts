import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotebookCells } from '../../../src/facts/notebooks/notebook-cells.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What JSON.parse makes of the text, in the shape readNotebookCells() gives. */
function parsed(text: string) {
  let notebook: unknown;
  try {
    notebook = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(notebook) || !Array.isArray(notebook.cells)) return undefined;
  if (typeof notebook.nbformat === 'number' && notebook.nbformat < 4) return undefined;
  return {
    cells: notebook.cells.map((cell: unknown) =>
      isObject(cell)
        ? {
            cellType: typeof cell.cell_type === 'string' ? cell.cell_type : undefined,
            source:
              typeof cell.source === 'string'
                ? cell.source
                : Array.isArray(cell.source)
                  ? cell.source.filter((line) => typeof line === 'string').join('')
                  : '',
          }
        : undefined,
    ),
  };
}

const NOTEBOOK = JSON.stringify(
  {
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# Title\n', 'import mlflow\n'] },
      {
        cell_type: 'code',
        execution_count: 1,
        metadata: { tags: ['x'], source: 'not this' },
        outputs: [
          { output_type: 'display_data', data: { 'image/png': 'iVBORw0KGgo='.repeat(50) }, metadata: {} },
          { output_type: 'stream', name: 'stdout', text: ['a\n', 'b "quoted" \\ \t\n'] },
        ],
        source: ['import torch\n', 'x = "\\u00e9\\n"\n', 'y = -1.5e3\n'],
      },
      { cell_type: 'code', source: 'import sklearn\nprint(1)', outputs: [], metadata: {} },
      'not a cell',
      { cell_type: 'raw', source: [] },
    ],
    metadata: { kernelspec: { name: 'python3' }, n: [true, false, null, 0, -0.5, 1e-7] },
    nbformat: 4,
    nbformat_minor: 5,
  },
  null,
  1,
);

const HOSTILE = [
  NOTEBOOK,
  '{"cells": []}',
  ' \n\t{ "cells" : [ ] , "nbformat" : 4 } \r\n',
  '{"cells": [{"cell\\u005ftype": "code", "sour\\u0063e": ["import a\\n"]}]}',
  '{"cells": [{"cell_type": "code", "source": "a", "source": ["b", 1, ["c"], {"d": "e"}, "f"]}]}',
  '{"cells": [{"cell_type": "code", "source": ["b"], "source": 5}]}',
  '{"cells": [{"cell_type": "code", "source": {"x": ["y"]}}]}',
  '{"cells": [{"cell_type": ["code"], "source": "a"}, {"cell_type": "code", "cell_type": 1, "source": "a"}]}',
  '{"cells": [[{"cell_type": "code", "source": "a"}], null, 1, "x", true, {}]}',
  '{"cells": [{"cell_type": "code", "source": "a"}], "cells": [{"cell_type": "code", "source": "b"}]}',
  '{"cells": [{"cell_type": "code", "source": "a"}], "cells": {}}',
  '{"cells": [], "cells": 5}',
  '{"cells": {}}',
  '{"cells": [], "nbformat": 3}',
  '{"cells": [], "nbformat": 3, "nbformat": 4}',
  '{"cells": [], "nbformat": 4, "nbformat": 3.9}',
  '{"cells": [], "nbformat": 3, "nbformat": {}}',
  '{"cells": [], "nbformat": "3"}',
  '{"cells": [], "nbformat": -1e400}',
  '{"nested": {"cells": [{"cell_type": "code", "source": "no"}]}, "cells": []}',
  '{"__proto__": {"cells": 1}, "cells": [{"__proto__": {"cell_type": "code"}, "source": "a"}]}',
  '{"cells": [{"cell_type": "code", "source": "\\ud800 lone \\udfff"}]}',
  '{"cells": [{"cell_type": "code", "source": "é ☃ 😀"}]}',
  '[]',
  '"cells"',
  '4',
  'null',
  '',
  ' ',
  '{',
  '{}',
  '{"cells": [],}',
  '{"cells": [1,]}',
  '{"cells": [1 2]}',
  '{"cells" []}',
  '{"cells": [], "a": "unterminated}',
  '{"cells": [], "a": "raw \n newline"}',
  '{"cells": [], "a": "tab\there"}',
  '{"cells": [], "a": "bad \\x escape"}',
  '{"cells": [], "a": "short \\u12"}',
  '{"cells": [], "a": 01}',
  '{"cells": [], "a": 1.}',
  '{"cells": [], "a": -}',
  '{"cells": [], "a": .5}',
  '{"cells": [], "a": +1}',
  '{"cells": [], "a": 1e}',
  '{"cells": [], "a": NaN}',
  '{"cells": [], "a": tru}',
  '{"cells": [], "a": truex}',
  '{"cells": []} x',
  '{"cells": []}}',
  '{"cells": [] // comment\n}',
  '\ufeff{"cells": []}',
  '{"cells": []\u00a0}',
  `{"cells": [], "deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  `{"cells": [], "deep": ${'['.repeat(1000)}${']'.repeat(999)}}`,
  `{"cells": [], "deep": ${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}}`,
];

describe('readNotebookCells', () => {
  it('reads what JSON.parse reads, and gives up where it fails, on hostile texts', () => {
    for (const text of HOSTILE) expect(readNotebookCells(text), text.slice(0, 80)).toEqual(parsed(text));
  });

  it('agrees with JSON.parse on thousands of damaged notebooks', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % below;
    };
    const pieces = [
      '"',
      '\\',
      ',',
      ':',
      '{',
      '}',
      '[',
      ']',
      ' ',
      '\n',
      '0',
      '-',
      'e',
      '.',
      'u',
      't',
      '\u0001',
    ];
    let valid = 0;
    for (let round = 0; round < 4000; round++) {
      let text = NOTEBOOK;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length);
        const kind = random(3);
        const piece = pieces[random(pieces.length)]!;
        text =
          kind === 0
            ? text.slice(0, at) + text.slice(at + 1)
            : kind === 1
              ? text.slice(0, at) + piece + text.slice(at)
              : text.slice(0, at) + piece + text.slice(at + 1);
      }
      const expected = parsed(text);
      if (expected) valid++;
      expect(readNotebookCells(text), text).toEqual(expected);
    }
    // Both sides of the line were tried.
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(3900);
  });

  it('reads every notebook of the fixtures as JSON.parse does', () => {
    const found: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ipynb')) found.push(path);
      }
    };
    walk(join(__dirname, '../../fixtures'));
    expect(found.length).toBeGreaterThan(2);
    for (const path of found) {
      const text = readFileSync(path, 'utf8');
      expect(readNotebookCells(text), path).toEqual(parsed(text));
    }
  });
});
