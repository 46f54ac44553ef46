// Runs the extractors over a repository source: each claimed file read once (or reused from the other
// scan of a delta when unchanged since), its extractions gathered with the diagnostics of files that could
// not be read.

import { EXTRACTORS } from '../facts/extractors.js';
import type { Diagnostic, ExtractionContext, Fact } from '../facts/model.js';
import type { RepoSource } from '../repo/repo-source.js';
import { claimsOf } from './claims.js';
import {
  type ClaimedFile,
  extractFile,
  extractListedFile,
  type FileOutcome,
  maxBytesOf,
} from './extract-file.js';
import type { ExtractionWorkers } from './extraction-workers.js';
import type { FileOutcomes } from './file-outcomes.js';
import { ListedLater, mergeListings } from './listed-later.js';
import { MlImportCoverage } from './ml-import-coverage.js';

/** The other scan's outcomes, reused for the files `isUnchanged` says are the same in both. */
export interface ExtractionReuse {
  outcomes: FileOutcomes;
  isUnchanged: (path: string) => boolean;
}

export interface CollectOptions {
  onProgress?: (done: number, total: number) => void;
  /** Filled with every file's outcome (the head scan of a delta). */
  keep?: FileOutcomes;
  /** Outcomes of the other scan to reuse (the base scan of a delta). */
  reuse?: ExtractionReuse;
  /** Worker threads to share the reading with; only for a working tree at `root`. */
  workers?: { pool: ExtractionWorkers; root: string; chunkSize?: number };
  /** The rest of a listing given in two steps (RepoSource.listRest), listed while workers read `paths`. */
  listRest?: () => readonly string[];
}

/**
 * Reads every claimed file once and runs the extractors that claim it; includes (`-r base.txt`) come after.
 * Also returns the whole listing (`paths`): `listedFirst` with what `listRest()` gives merged in.
 */
export function collectFacts(
  listedFirst: readonly string[],
  source: RepoSource,
  context: ExtractionContext,
  options: CollectOptions = {},
): { facts: Fact[]; diagnostics: Diagnostic[]; paths: readonly string[] } {
  const { onProgress, keep, reuse, workers, listRest } = options;
  let paths = listedFirst;
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  const includes: ClaimedFile[] = [];

  // This thread's files in path order (read here, or reused), and apart those listed later.
  const coverage = new MlImportCoverage(context);
  if (keep) keep.source = source;

  const recordListed = (index: number, outcome: FileOutcome) => {
    keep?.keepListed(index, outcome);
    record(outcome);
  };
  const record = (outcome: FileOutcome) => {
    if (outcome === null || 'covered' in outcome) return;
    if ('skipped' in outcome) {
      if (outcome.skipped) diagnostics.push(outcome.skipped);
      return;
    }
    for (const extraction of outcome.extractions) {
      for (const fact of extraction.facts) facts.push(fact);
      for (const diagnostic of extraction.diagnostics) diagnostics.push(diagnostic);
      for (const include of extraction.includes ?? []) {
        const target = EXTRACTORS.find((extractor) => extractor.name === include.extractor);
        if (target) includes.push({ path: include.path, extractors: [target] });
      }
    }
  };
  /** The other scan's outcome for an included file unchanged since; undefined when it must be read. */
  const reusedInclude = (file: ClaimedFile) =>
    reuse?.isUnchanged(file.path) ? reuse.outcomes.includedOutcome(includeKey(file)) : undefined;
  const extractHere = (file: ClaimedFile) => extractFile(source, file, context);
  /**
   * A reused outcome, in path order. A file the other scan passed over as covered is covered here too,
   * or read again (from the other scan's source: it is unchanged) now that its imports may be first.
   */
  const reusedOutcome = (path: string, outcome: FileOutcome): FileOutcome => {
    const rereader = reuse?.outcomes.source;
    if (outcome !== null && 'covered' in outcome && !coverage.isCovered(path, outcome.covered) && rereader) {
      return extractListedFile(rereader, path, context, coverage) ?? null;
    }
    coverage.note(path, outcome);
    return outcome;
  };

  // What progress counts: listed files when threads claim their own, else the files to read.
  let total = paths.length;
  if (workers && !reuse) {
    // Each thread claims, reads and extracts the listed files of the chunks it takes. Files listed later
    // are done here while the workers start, and recorded in their place.
    let later: ListedLater | undefined;
    workers.pool.run(
      listedFirst,
      workers.root,
      context,
      {
        extractHere: (path, isInOrder) =>
          extractListedFile(source, path, context, isInOrder ? coverage : undefined),
        meanwhile: () => {
          const rest = listRest?.();
          const laterCoverage = new MlImportCoverage(context);
          const extractLater = (path: string) => extractListedFile(source, path, context, laterCoverage);
          if (rest && rest.length > 0) later = new ListedLater(listedFirst, rest, extractLater);
          paths = later?.listing ?? listedFirst;
          total = paths.length;
          keep?.startListing(paths, rest);
        },
        visit: (firstIndex, outcome) => {
          const index = later ? later.placeOf(firstIndex, recordListed) : firstIndex;
          recordListed(index, outcome);
          if (onProgress && index % 256 === 0) onProgress(index, total);
        },
      },
      workers.chunkSize,
    );
    later?.placeOf(listedFirst.length, recordListed);
  } else {
    const rest = listRest?.();
    if (rest) paths = mergeListings(listedFirst, rest);
    keep?.startListing(paths, rest);
    readInPathOrder();
  }

  function readInPathOrder(): void {
    // The other scan's outcome of each file unchanged since (claims follow from the path alone, so it
    // was claimed the same), else the claimed files to read, by their index in `paths`.
    const reusedAt: (FileOutcome | undefined)[] = reuse ? new Array(paths.length) : [];
    const toRead: ClaimedFile[] = [];
    const readAt: number[] = [];
    const previousOf = reuse?.outcomes.listedLookup();
    paths.forEach((path, index) => {
      const previous = reuse?.isUnchanged(path) ? previousOf?.(path) : undefined;
      if (previous !== undefined) {
        reusedAt[index] = previous;
        return;
      }
      const extractors = claimsOf(path);
      if (extractors.length === 0) return;
      toRead.push({ path, extractors });
      readAt.push(index);
    });
    total = toRead.length;
    source.prefetch?.(toRead.map(({ path, extractors }) => ({ path, maxBytes: maxBytesOf(extractors) })));
    // Reused outcomes are recorded in their place in path order, so facts come out the same.
    let nextReused = 0;
    const recordReusedBefore = (end: number) => {
      for (; nextReused < end; nextReused += 1) {
        const outcome = reusedAt[nextReused];
        if (outcome !== undefined) recordListed(nextReused, reusedOutcome(paths[nextReused]!, outcome));
      }
    };
    toRead.forEach((file, index) => {
      if (reuse) recordReusedBefore(readAt[index]!);
      recordListed(readAt[index]!, extractFile(source, file, context, coverage));
      if (onProgress && index % 256 === 0) onProgress(index, total);
    });
    if (reuse) recordReusedBefore(paths.length);
  }

  // Included files (`-r base.txt`) that no extractor claimed already are read last, once each.
  const done = new Set<string>();
  let listed: Set<string> | undefined;
  const isDone = (file: ClaimedFile) => {
    const key = includeKey(file);
    if (done.has(key)) return true;
    done.add(key);
    const name = file.extractors[0]!.name;
    listed ??= new Set(paths);
    return listed.has(file.path) && claimsOf(file.path).some((extractor) => extractor.name === name);
  };
  for (let next = includes.shift(); next; next = includes.shift()) {
    if (isDone(next)) continue;
    const reused = reusedInclude(next);
    const outcome = reused !== undefined ? reused : extractHere(next);
    keep?.keepIncluded(includeKey(next), outcome);
    record(outcome);
  }
  onProgress?.(total, total);
  return { facts, diagnostics, paths };
}

/** An included file is read by one extractor, named: it is kept by path and that name. */
function includeKey(file: ClaimedFile): string {
  return `${file.path}\0${file.extractors[0]!.name}`;
}
