import { describe, expect, it } from 'vitest';
import { gitattributesExtractor } from '../../../src/facts/dvc/gitattributes.js';

function extract(path: string, ...lines: string[]) {
  return gitattributesExtractor.extract({ path, text: lines.join('\n') });
}

describe('gitattributesExtractor.claims', () => {
  it.each([
    ['.gitattributes', true],
    ['models/.gitattributes', true],
    ['.gitattributes.bak', false],
    ['.gitignore', false],
  ])('%s → %s', (path, expected) => {
    expect(gitattributesExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1))).toBe(expected);
  });
});

describe('gitattributesExtractor.extract', () => {
  it('emits one lfs-filter signal per pattern stored by Git LFS', () => {
    const path = 'models/.gitattributes';
    const result = extract(
      path,
      '# Git LFS',
      '*.onnx filter=lfs diff=lfs merge=lfs -text',
      '*.pt\tfilter=lfs diff=lfs merge=lfs -text',
      '"checkpoints/best model.ckpt" filter=lfs diff=lfs merge=lfs -text',
      '*.py text eol=lf',
    );
    expect(result).toEqual({
      facts: [
        { kind: 'signal', path, line: 2, signal: 'lfs-filter', detail: '*.onnx' },
        { kind: 'signal', path, line: 3, signal: 'lfs-filter', detail: '*.pt' },
        { kind: 'signal', path, line: 4, signal: 'lfs-filter', detail: 'checkpoints/best model.ckpt' },
      ],
      diagnostics: [],
    });
  });

  it('follows a macro that sets filter=lfs', () => {
    const result = extract(
      '.gitattributes',
      '[attr]lfs filter=lfs diff=lfs merge=lfs -text',
      'data/*.parquet lfs',
    );
    expect(result.facts).toEqual([
      { kind: 'signal', path: '.gitattributes', line: 2, signal: 'lfs-filter', detail: 'data/*.parquet' },
    ]);
  });

  it('ignores commented-out, unset and other filters', () => {
    const result = extract(
      '.gitattributes',
      '# *.csv filter=lfs diff=lfs merge=lfs -text',
      '  #*.h5 filter=lfs',
      '*.pkl -filter',
      'secrets/** filter=git-crypt diff=git-crypt',
      'dist/** linguist-generated',
    );
    expect(result).toEqual({ facts: [], diagnostics: [] });
  });
});
