import { describe, expect, it } from 'vitest';
import {
  beforeComment,
  hasLineTerminator,
  isSpaceOrTab,
  isWhitespace,
  withoutTrailingSlashes,
} from '../../../src/facts/formats/line-text.js';

describe('line-text', () => {
  it('cuts a line at its first comment as the expressions it replaces did', () => {
    const pip = (line: string) => beforeComment(line, isWhitespace, true).trim();
    expect(pip('# all comment')).toBe('');
    expect(pip('mlflow==2.1  # pinned')).toBe('mlflow==2.1');
    expect(pip('pkg @ https://host/x#egg=y')).toBe('pkg @ https://host/x#egg=y');
    expect(pip('pkg @ https://host/x#egg=y #note')).toBe('pkg @ https://host/x#egg=y');
    const yamlValue = (line: string) => beforeComment(line, isSpaceOrTab, false).trim();
    expect(yamlValue('#not-a-comment-here')).toBe('#not-a-comment-here');
    expect(yamlValue('Deployment\t# the app')).toBe('Deployment');
    expect(yamlValue('a#b # c')).toBe('a#b');
  });

  it('stays linear on a long run of blanks with no comment', () => {
    const line = `${' '.repeat(2_000_000)}x`;
    expect(beforeComment(line, isWhitespace, true)).toBe(line);
  });

  it('drops trailing slashes only', () => {
    expect(withoutTrailingSlashes('services/api///')).toBe('services/api');
    expect(withoutTrailingSlashes('/')).toBe('');
    expect(withoutTrailingSlashes('a/b')).toBe('a/b');
    expect(withoutTrailingSlashes('/'.repeat(1_000_000))).toBe('');
  });

  it('knows the characters `.` does not match', () => {
    expect(['a\rb', 'a\nb', 'a\u2028b', 'a\u2029b'].map(hasLineTerminator)).toEqual([true, true, true, true]);
    expect(hasLineTerminator('a\tb')).toBe(false);
  });
});
