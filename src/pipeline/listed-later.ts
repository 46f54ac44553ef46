// Files listed after the others: untracked ones, found by a walk of the tree while workers already read
// the tracked ones. They are done at once, and handed on in their place in the whole sorted listing, so
// facts come out in the same order as from a listing taken in one step.
import type { FileOutcome } from './extract-file.js';

export class ListedLater {
  /** The whole listing, sorted. */
  readonly listing: readonly string[];
  /** Place in `listing` of each file listed first, and of each file listed later. */
  private readonly firstAt: Int32Array;
  private readonly laterAt: Int32Array;
  private readonly outcomes: (FileOutcome | undefined)[];
  private handedOn = 0;

  constructor(
    first: readonly string[],
    later: readonly string[],
    extract: (path: string) => FileOutcome | undefined,
  ) {
    ({ listing: this.listing, firstAt: this.firstAt, laterAt: this.laterAt } = merge(first, later));
    this.outcomes = later.map(extract);
  }

  /**
   * The place in the whole listing of the file listed first at `firstIndex` (`first.length`: the end),
   * after handing on to `visit` the outcome of every file listed later that comes before it.
   */
  placeOf(firstIndex: number, visit: (index: number, outcome: FileOutcome) => void): number {
    const place = firstIndex < this.firstAt.length ? this.firstAt[firstIndex]! : this.listing.length;
    for (; this.handedOn < this.laterAt.length && this.laterAt[this.handedOn]! < place; this.handedOn += 1) {
      const outcome = this.outcomes[this.handedOn];
      this.outcomes[this.handedOn] = undefined;
      if (outcome !== undefined) visit(this.laterAt[this.handedOn]!, outcome);
    }
    return place;
  }
}

/** The two sorted listings as one sorted listing. */
export function mergeListings(first: readonly string[], later: readonly string[]): readonly string[] {
  return later.length === 0 ? first : merge(first, later).listing;
}

/** Both listings merged, with the place in the merged listing of each file of either. */
function merge(first: readonly string[], later: readonly string[]) {
  const listing: string[] = [];
  const firstAt = new Int32Array(first.length);
  const laterAt = new Int32Array(later.length);
  let firstIndex = 0;
  let laterIndex = 0;
  while (firstIndex < first.length || laterIndex < later.length) {
    const isFirst =
      laterIndex === later.length || (firstIndex < first.length && first[firstIndex]! < later[laterIndex]!);
    if (isFirst) firstAt[firstIndex] = listing.push(first[firstIndex++]!) - 1;
    else laterAt[laterIndex] = listing.push(later[laterIndex++]!) - 1;
  }
  return { listing, firstAt, laterAt };
}
