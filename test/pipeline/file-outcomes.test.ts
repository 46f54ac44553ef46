import { describe, expect, it } from 'vitest';
import { FileOutcomes } from '../../src/pipeline/file-outcomes.js';

describe('FileOutcomes', () => {
  const kept = new FileOutcomes();
  kept.startListing(['a.py', 'b/requirements.txt', 'c.py', 'untracked.py']);
  kept.keepListed(0, null);
  kept.keepListed(1, { skipped: undefined });
  kept.keepListed(3, { extractions: [] });

  it('finds listed outcomes for another sorted listing, which may add and lack paths', () => {
    const lookup = kept.listedLookup();
    expect(['0.py', 'a.py', 'b/requirements.txt', 'b/zz.py', 'c.py', 'd.py'].map(lookup)).toEqual([
      undefined,
      null,
      { skipped: undefined },
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps included files by path and extractor apart from listed files', () => {
    kept.keepIncluded('base.txt\0python-deps', null);
    expect(kept.includedOutcome('base.txt\0python-deps')).toBeNull();
    expect(kept.includedOutcome('a.py\0python-deps')).toBeUndefined();
  });

  it('tells the tracked files of a listing given with its untracked ones, and nothing when not told', () => {
    const outcomes = new FileOutcomes();
    outcomes.startListing(['a.py', 'b/new.py', 'b/x.py', 'c.py', 'z.py'], ['b/new.py', 'z.py']);
    expect(outcomes.trackedPaths()).toEqual(['a.py', 'b/x.py', 'c.py']);
    outcomes.startListing(['a.py'], []);
    expect(outcomes.trackedPaths()).toEqual(['a.py']);
    outcomes.startListing(['a.py']);
    expect(outcomes.trackedPaths()).toBeUndefined();
  });
});
