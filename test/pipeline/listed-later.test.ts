import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../src/pipeline/extract-file.js';
import { ListedLater, mergeListings } from '../../src/pipeline/listed-later.js';

const outcomeOf = (path: string): FileOutcome => ({ skipped: { path, message: 'marker' } });
const pathOf = (outcome: FileOutcome) =>
  outcome && 'skipped' in outcome ? outcome.skipped?.path : undefined;

describe('ListedLater', () => {
  it('places files listed later among the first ones, handing each on before the first file after it', () => {
    const first = ['a.py', 'c/x.py', 'e.py'];
    const later = ['b.py', 'c/a.py', 'd.py', 'z.py'];
    const extracted: string[] = [];
    const listedLater = new ListedLater(first, later, (path) => {
      extracted.push(path);
      return path === 'd.py' ? undefined : outcomeOf(path);
    });
    expect(extracted).toEqual(later);
    expect(listedLater.listing).toEqual(['a.py', 'b.py', 'c/a.py', 'c/x.py', 'd.py', 'e.py', 'z.py']);

    const visited: [number, string | undefined][] = [];
    const visit = (index: number, outcome: FileOutcome) => visited.push([index, pathOf(outcome)]);
    expect(listedLater.placeOf(0, visit)).toBe(0);
    expect(visited).toEqual([]);
    // e.py, the first file after b.py, c/a.py and d.py (unclaimed, so never visited).
    expect(listedLater.placeOf(2, visit)).toBe(5);
    expect(visited).toEqual([
      [1, 'b.py'],
      [2, 'c/a.py'],
    ]);
    expect(listedLater.placeOf(first.length, visit)).toBe(7);
    expect(visited.at(-1)).toEqual([6, 'z.py']);
  });

  it('merges two sorted listings in the order a one-step listing sorts them', () => {
    const first = ['B.py', 'a/b.py', 'a_b.py', 'é.py'];
    const later = ['A.py', 'a-b.py', 'a/a.py', 'z.py'];
    expect(mergeListings(first, later)).toEqual([...first, ...later].sort());
    expect(mergeListings(first, [])).toEqual(first);
    expect(mergeListings([], later)).toEqual(later);
  });
});
