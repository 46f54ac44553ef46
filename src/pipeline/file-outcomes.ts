// What the head scan of a delta keeps for the base scan: every claimed file's outcome. Listed files are
// kept by their place in the sorted listing and found again by walking both sorted listings side by side,
// so no map of 100,000 paths is built or looked up; included files (`-r base.txt`) by path and extractor.
import type { FileOutcome, FileSource } from './extract-file.js';

export class FileOutcomes {
  /** Where the files were read: a file passed over as covered is read again from it when needed. */
  source: FileSource | undefined;
  /** The repository's own packages whose imports and calls the kept outcomes leave out (see scan.ts). */
  ownPackages: ReadonlySet<string> = new Set();
  private paths: readonly string[] = [];
  private untracked: readonly string[] | undefined;
  private byIndex: (FileOutcome | undefined)[] = [];
  private readonly included = new Map<string, FileOutcome>();

  /**
   * The scan's sorted listing, given before any outcome of it is kept, and which of it git does not track
   * (sorted; undefined when the listing did not tell).
   */
  startListing(paths: readonly string[], untracked?: readonly string[]): void {
    this.paths = paths;
    this.untracked = untracked;
    this.byIndex = new Array(paths.length);
  }

  /** The listed files git tracks, sorted; undefined when the listing did not tell them apart. */
  trackedPaths(): string[] | undefined {
    const { untracked } = this;
    if (untracked === undefined) return undefined;
    if (untracked.length === 0) return [...this.paths];
    let next = 0;
    return this.paths.filter((path) => {
      while (next < untracked.length && untracked[next]! < path) next += 1;
      return untracked[next] !== path;
    });
  }

  keepListed(index: number, outcome: FileOutcome): void {
    this.byIndex[index] = outcome;
  }

  keepIncluded(key: string, outcome: FileOutcome): void {
    this.included.set(key, outcome);
  }

  includedOutcome(key: string): FileOutcome | undefined {
    return this.included.get(key);
  }

  /**
   * A look-up of listed files' outcomes for paths asked in ascending order (another sorted listing);
   * undefined for a path this scan did not list or claim.
   */
  listedLookup(): (path: string) => FileOutcome | undefined {
    let next = 0;
    return (path) => {
      while (next < this.paths.length && this.paths[next]! < path) next += 1;
      return this.paths[next] === path ? this.byIndex[next] : undefined;
    };
  }
}
