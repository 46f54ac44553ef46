// One claimed file, read once and run through every extractor that claims it. The same code runs on the
// main thread and in extraction workers, so both give the same outcome for a file.

import { splitCommand, startsWithWords } from '../engine/command-words.js';
import { namesDottedCall } from '../engine/dotted-call.js';
import { pushTo } from '../engine/push-to.js';
import { NestingTooDeep } from '../facts/formats/nesting-depth.js';
import type { Diagnostic, Extraction, ExtractionContext, Extractor, Fact } from '../facts/model.js';
import { DEFAULT_MAX_BYTES, decodeBytes, isUtf16, type RawRead } from '../repo/file-reader.js';
import { claimsOf } from './claims.js';
import type { MlImportCoverage } from './ml-import-coverage.js';

export interface ClaimedFile {
  path: string;
  extractors: readonly Extractor[];
}

/**
 * The extractions of a file (one per claiming extractor, in order), or why it was not read. `null` is a
 * file read that gave nothing at all, as most files do: it costs nothing to keep or to pass between threads.
 */
export type FileOutcome =
  | { extractions: Extraction[] }
  | { skipped: Diagnostic | undefined }
  /** Not parsed: it could only import these ML libraries, whose first imports the thread already has. */
  | { covered: readonly string[] }
  | null;

export interface FileSource {
  readRaw(path: string, maxBytes: number): RawRead;
}

/**
 * `coverage`, when given, is the calling thread's record of ML libraries already evidenced: it is asked
 * whether the file can be passed over and told what the file shows. Give it only for files taken in
 * ascending path order.
 */
export function extractFile(
  source: FileSource,
  file: ClaimedFile,
  context: ExtractionContext,
  coverage?: MlImportCoverage,
): FileOutcome {
  const maxBytes = maxBytesOf(file.extractors);
  const result = source.readRaw(file.path, maxBytes);
  if (result.status !== 'bytes') return { skipped: describeSkippedRead(file.path, result, maxBytes) };
  // Most Python files import nothing of interest: ruled out from their bytes, never decoded.
  if (!mayMatter(file.extractors, result.bytes, context)) return null;
  if (coverage) {
    const roots = mlImportsOnly(file.extractors, result.bytes, context);
    if (roots && coverage.isCovered(file.path, roots)) return { covered: roots };
  }
  const { bytes } = result;
  let text: string | undefined;
  const extractions = file.extractors.map((extractor) => {
    const extractBytes = isUtf16(bytes) ? undefined : extractor.extractBytes;
    const fromBytes =
      extractBytes && safely(extractor, file.path, () => extractBytes(file.path, bytes, context));
    if (fromBytes) return withReadFactsOnly(fromBytes, context);
    text ??= decodeBytes(bytes);
    const decoded = text;
    return withReadFactsOnly(
      safely(extractor, file.path, () => extractor.extract({ path: file.path, text: decoded }, context)),
      context,
    );
  });
  const outcome = extractions.every(isEmpty) ? null : { extractions };
  coverage?.note(file.path, outcome);
  return outcome;
}

/** A listed file's outcome, or undefined when no extractor claims it (it is then not opened). */
export function extractListedFile(
  source: FileSource,
  path: string,
  context: ExtractionContext,
  coverage?: MlImportCoverage,
): FileOutcome | undefined {
  const extractors = claimsOf(path);
  return extractors.length === 0 ? undefined : extractFile(source, { path, extractors }, context, coverage);
}

/** The ML-only roots every claiming extractor says are all the file could show evidence of. */
function mlImportsOnly(
  extractors: readonly Extractor[],
  bytes: Buffer,
  context: ExtractionContext,
): string[] | undefined {
  if (isUtf16(bytes)) return undefined;
  let roots: string[] | undefined;
  for (const extractor of extractors) {
    const found = extractor.mlImportsOnlyBytes?.(bytes, context);
    if (!found) return undefined;
    roots = roots ? [...new Set([...roots, ...found])] : found;
  }
  return roots;
}

function mayMatter(extractors: readonly Extractor[], bytes: Buffer, context: ExtractionContext): boolean {
  // The byte checks read ASCII; UTF-16 text is judged after decoding.
  if (isUtf16(bytes)) return true;
  for (const extractor of extractors) {
    if (!extractor.mayMatterBytes || extractor.mayMatterBytes(bytes, context)) return true;
  }
  return false;
}

/**
 * The extraction without the imports, calls and commands no rule reads (`pd.read_csv` where no rule names
 * pandas, `tf.keras.layers.Dense` where the rules name only `tensorflow.summary...`, `cd build` in a
 * script): a notebook, module or script that matters holds hundreds of them, which would be kept to the
 * end of the scan.
 */
function withReadFactsOnly(extraction: Extraction, context: ExtractionContext): Extraction {
  const { modules, callRoots, commandWords } = context;
  if (!modules || !callRoots) return extraction;
  const isRead = (fact: Fact) => {
    switch (fact.kind) {
      case 'import':
        return modules.has(rootOf(fact.module));
      case 'call':
        return callRoots.has(rootOf(fact.callee)) && namesRuleCall(context, fact.callee);
      case 'command':
        return !commandWords || runsAny(fact.command, commandWords);
      default:
        return true;
    }
  };
  if (extraction.facts.every(isRead)) return extraction;
  return { ...extraction, facts: extraction.facts.filter(isRead) };
}

const callNameTests = new WeakMap<ExtractionContext, (callee: string) => boolean>();

/**
 * Whether a call pattern of the rules names `callee`, as the rules' matching reads it (dotted-call.ts).
 * True of every call when the context lists no patterns.
 */
function namesRuleCall(context: ExtractionContext, callee: string): boolean {
  let test = callNameTests.get(context);
  if (!test) {
    // By root and segment count, the only patterns that can name a callee.
    const byShape = new Map<string, string[][]>();
    for (const name of context.callNames ?? []) {
      const segments = name.split('.');
      const shape = `${segments[0]}\0${segments.length}`;
      pushTo(byShape, shape, segments);
    }
    test =
      context.callNames === undefined
        ? () => true
        : (dotted) => {
            const parts = dotted.split('.');
            const patterns = byShape.get(`${parts[0]}\0${parts.length}`);
            return patterns?.some((segments) => namesDottedCall(segments, parts)) ?? false;
          };
    callNameTests.set(context, test);
  }
  return test(callee);
}

/** Whether a simple command of `command` starts with one of `words`, as the rules' matching reads it. */
function runsAny(command: string, words: ReadonlySet<string>): boolean {
  for (const word of words) {
    if (!command.includes(word)) continue;
    return splitCommand(command).some((simple) =>
      [...words].some((first) => startsWithWords(simple, [first])),
    );
  }
  return false;
}

function rootOf(dotted: string): string {
  const dot = dotted.indexOf('.');
  return dot === -1 ? dotted : dotted.slice(0, dot);
}

function isEmpty(extraction: Extraction): boolean {
  return (
    extraction.facts.length === 0 &&
    extraction.diagnostics.length === 0 &&
    (extraction.includes === undefined || extraction.includes.length === 0)
  );
}

export function maxBytesOf(extractors: readonly Extractor[]): number {
  let max = 0;
  for (const extractor of extractors) max = Math.max(max, extractor.maxBytes ?? DEFAULT_MAX_BYTES);
  return max;
}

/** An extractor bug must not lose the rest of the scan: it becomes a diagnostic on that file. */
function safely<Result extends Extraction | undefined>(
  extractor: Extractor,
  path: string,
  extract: () => Result,
): Result | Extraction {
  try {
    return extract();
  } catch (error) {
    // A hostile depth is the file's, not a bug: said as such (a stack overflow is a RangeError).
    if (error instanceof NestingTooDeep || isStackOverflow(error)) {
      const depth = error instanceof NestingTooDeep ? `more than ${error.limit} levels` : 'too';
      return {
        facts: [],
        diagnostics: [
          { path, message: `nested ${depth} deep to read; not read. Its contents are not counted.` },
        ],
      };
    }
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

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function describeSkippedRead(path: string, result: RawRead, maxBytes: number): Diagnostic | undefined {
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
    case 'outside':
      return { path, message: 'names a place outside the repository; not read.' };
    case 'not-regular':
      return { path, message: 'not a regular file (a FIFO, socket or device); not read.' };
    case 'hard-link':
      return {
        path,
        message: 'a hard link (the file has other names, maybe outside the repository); not read.',
      };
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
