// Runs the extractors over a repository source: each claimed file read once (or reused from a delta's
// other scan by blob id), its extractions gathered with the diagnostics of files that could not be read.
import type { ReadResult } from '../repo/file-reader.js';
import { DEFAULT_MAX_BYTES } from '../repo/file-reader.js';
import type { RepoSource } from '../repo/repo-source.js';
import { EXTRACTORS } from './extractors.js';
import type { Diagnostic, Extraction, ExtractionContext, Extractor, Fact } from './model.js';

/**
 * Extractions by blob id, shared by the two scans of a delta: a file unchanged between base and head is
 * read and parsed once. Filled and used only when the source knows blob ids.
 */
export type ExtractionCache = Map<string, Extraction>;

/** Reads every claimed file once and runs the extractors that claim it; includes (`-r base.txt`) come after. */
export function collectFacts(
  paths: readonly string[],
  reader: RepoSource,
  context: ExtractionContext,
  onProgress: ((done: number, total: number) => void) | undefined,
  cache: ExtractionCache | undefined,
): { facts: Fact[]; diagnostics: Diagnostic[] } {
  const facts: Fact[] = [];
  const diagnostics: Diagnostic[] = [];
  const byName = new Map(EXTRACTORS.map((extractor) => [extractor.name, extractor]));
  const done = new Set<string>();
  const pending: { path: string; extractor: Extractor }[] = [];

  const record = (extractor: Extractor, path: string, extraction: Extraction) => {
    done.add(`${extractor.name}\0${path}`);
    facts.push(...extraction.facts);
    diagnostics.push(...extraction.diagnostics);
    for (const include of extraction.includes ?? []) {
      const target = byName.get(include.extractor);
      if (target && !done.has(`${target.name}\0${include.path}`))
        pending.push({ path: include.path, extractor: target });
    }
  };
  /** What the other scan of a delta extracted from the same blob, moved to this path; undefined when unknown. */
  const cachedFor = (path: string, extractors: readonly Extractor[]) => {
    const blobId = cache && reader.blobIdOf?.(path);
    if (!blobId) return undefined;
    const extractions = extractors.map((extractor) => cache!.get(`${blobId}\0${extractor.name}`));
    if (!extractions.every(Boolean)) return undefined;
    return extractions.map((extraction) => relocate(extraction!, path));
  };

  const run = (path: string, extractors: readonly Extractor[]) => {
    const cached = cachedFor(path, extractors);
    if (cached) {
      for (const [index, extractor] of extractors.entries()) record(extractor, path, cached[index]!);
      return;
    }
    const maxBytes = maxBytesOf(extractors);
    const result = reader.read(path, maxBytes);
    if (result.status !== 'text') {
      const diagnostic = describeSkippedRead(path, result, maxBytes);
      if (diagnostic) diagnostics.push(diagnostic);
      return;
    }
    const blobId = cache && reader.blobIdOf?.(path);
    for (const extractor of extractors) {
      const extraction = safeExtract(extractor, path, result.text, context);
      if (blobId) cache!.set(`${blobId}\0${extractor.name}`, extraction);
      record(extractor, path, extraction);
    }
  };

  const claimed = paths.flatMap((path) => {
    const baseName = path.slice(path.lastIndexOf('/') + 1);
    const extractors = EXTRACTORS.filter((extractor) => extractor.claims(path, baseName));
    return extractors.length > 0 ? [{ path, extractors }] : [];
  });
  // Files a delta's other scan already extracted are not fetched at all.
  const toRead = claimed.filter(({ path, extractors }) => cachedFor(path, extractors) === undefined);
  reader.prefetch?.(toRead.map(({ path, extractors }) => ({ path, maxBytes: maxBytesOf(extractors) })));
  claimed.forEach(({ path, extractors }, position) => {
    run(path, extractors);
    if (onProgress && position % 200 === 0) onProgress(position, claimed.length);
  });
  for (let next = pending.shift(); next; next = pending.shift()) {
    if (!done.has(`${next.extractor.name}\0${next.path}`)) run(next.path, [next.extractor]);
  }
  onProgress?.(claimed.length, claimed.length);
  return { facts, diagnostics };
}

/** An extraction made from the same blob at another path, with its facts and diagnostics moved to `path`. */
function relocate(extraction: Extraction, path: string): Extraction {
  const first = extraction.facts[0]?.path ?? extraction.diagnostics[0]?.path;
  if (first === undefined || first === path) return extraction;
  return {
    ...extraction,
    facts: extraction.facts.map((fact) => ({ ...fact, path })),
    diagnostics: extraction.diagnostics.map((diagnostic) => ({ ...diagnostic, path })),
  };
}

function maxBytesOf(extractors: readonly Extractor[]): number {
  return Math.max(...extractors.map((extractor) => extractor.maxBytes ?? DEFAULT_MAX_BYTES));
}

/** An extractor bug must not lose the rest of the scan: it becomes a diagnostic on that file. */
function safeExtract(extractor: Extractor, path: string, text: string, context: ExtractionContext) {
  try {
    return extractor.extract({ path, text }, context);
  } catch (error) {
    return {
      facts: [],
      diagnostics: [
        {
          path,
          message: `could not be read by the ${extractor.name} extractor (${(error as Error).message}). Please report this file.`,
        },
      ],
    };
  }
}

function describeSkippedRead(path: string, result: ReadResult, maxBytes: number): Diagnostic | undefined {
  if (result.status !== 'skipped') return undefined;
  switch (result.reason) {
    case 'too-large':
      return {
        path,
        message: `larger than ${formatBytes(maxBytes)}; not read. Its contents are not counted.`,
      };
    case 'binary':
      return { path, message: 'binary file; not read. Its contents are not counted.' };
    case 'symlink-outside':
      return { path, message: 'symbolic link to outside the repository; not followed.' };
    case 'unreadable':
      return {
        path,
        message: `could not be read (${result.message ?? 'unknown error'}). Its contents are not counted.`,
      };
  }
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
