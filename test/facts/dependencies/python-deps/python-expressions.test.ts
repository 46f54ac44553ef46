import { describe, expect, it } from 'vitest';
import { placeTokens } from '../../../../src/facts/dependencies/python-deps/python-expressions.js';
import { tokenizePython } from '../../../../src/facts/python/python-tokens.js';

const placed = (text: string) =>
  placeTokens(text, tokenizePython(text)).map((token) => [token.text, token.depth, token.start, token.end]);

describe('placeTokens', () => {
  it('gives each token its bracket depth and source offsets across comments and line joins', () => {
    const text = '\uFEFFdeps = f(a, [b])  # (c\nx = \\\n  "d"\n';
    expect(placed(text)).toEqual([
      ['deps', 0, 1, 5],
      ['=', 0, 6, 7],
      ['f', 0, 8, 9],
      ['(', 0, 9, 10],
      ['a', 1, 10, 11],
      [',', 1, 11, 12],
      ['[', 1, 13, 14],
      ['b', 2, 14, 15],
      [']', 1, 15, 16],
      [')', 0, 16, 17],
      ['', 0, 17, 17],
      ['x', 0, 24, 25],
      ['=', 0, 26, 27],
      ['"d"', 0, 32, 35],
      ['', 0, 35, 35],
    ]);
    for (const [tokenText, , start, end] of placed(text)) {
      expect(text.slice(start as number, end as number)).toBe(tokenText);
    }
  });

  it('resets the depth where the tokenizer closes brackets left open', () => {
    expect(placed('setup(name="churn"\nimport os\nx = ]').map((token) => [token[0], token[1]])).toEqual([
      ['setup', 0],
      ['(', 0],
      ['name', 1],
      ['=', 1],
      ['"churn"', 1],
      ['', 0],
      ['import', 0],
      ['os', 0],
      ['', 0],
      ['x', 0],
      ['=', 0],
      [']', 0],
      ['', 0],
    ]);
  });
});
