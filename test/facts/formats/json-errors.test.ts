import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../src/facts/formats/json-errors.js';

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of [
      '{}',
      ' [1, -2.5e3, true, false, null, "a\\u00e9\\n"] ',
      '{"a": {"b": [[]]}}\n',
      '"x"',
    ]) {
      expect(locateJsonError(text), text).toBeUndefined();
    }
  });

  it('locates each kind of syntax error with a short reason', () => {
    const cases: [string, number, string][] = [
      ['', 1, 'unexpected end of input'],
      ['{\n  "panels": [\n', 2, 'unexpected end of input'],
      ['{\n  "title": "Churn\n}', 2, 'control character in a string'],
      ['{\n  "title": "Churn', 2, 'unterminated string'],
      ['{"title": "a\\x"}', 1, 'bad escape in a string'],
      ['{\n  title: 1}', 2, 'expected a double-quoted property name'],
      ['{"a" 1}', 1, "expected ':' after a property name"],
      ['{"a": 1\n "b": 2}', 2, "expected ',' or '}'"],
      ['[1,\n]', 2, "unexpected character ']'"],
      ['{"a": tru}', 1, "unexpected character 't'"],
      ['{}\n{}', 2, 'unexpected text after the value'],
      ['\ufeff{}', 1, "unexpected character '\ufeff'"],
    ];
    for (const [text, line, reason] of cases) {
      expect(locateJsonError(text), text).toEqual({ line, reason });
    }
  });

  it('handles deep nesting without recursion', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    expect(locateJsonError(text)).toEqual({ line: 1, reason: 'unexpected end of input' });
  });
});
