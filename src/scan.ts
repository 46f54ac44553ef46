// scan(root) -> Report: the one pipeline the CLI and the action share.
// One listing, each claimed file read once, facts extracted once and shared by every rule.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { assessProject, toAssessment } from './assess.js';
import { type Config, ConfigSchema } from './config/config-schema.js';
import { compileRules } from './engine/evaluate.js';
import { rootOf } from './engine/fact-index.js';
import { loadRules, type RuleSet } from './engine/load-rules.js';
import { UsageError } from './engine/usage-error.js';
import { EXTRACTORS } from './facts/extractors.js';
import type { Diagnostic, Extraction, ExtractionContext, Extractor, Fact } from './facts/model.js';
import { DEFAULT_MAX_BYTES, type ReadResult } from './repo/file-reader.js';
import type { RepoSource } from './repo/repo-source.js';
import { WorkingTreeSource } from './repo/working-tree.js';
import type { Report } from './report/model.js';
import { checkThresholds } from './score/thresholds.js';
import { VERSION } from './version.js';

export interface ScanOptions {
  ruleSet?: RuleSet;
  /** The validated configuration; defaults when absent. */
  config?: Config;
  /** Called as files are processed, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Where the files come from; the working tree at `root` by default (a commit's git objects for a PR base). */
  source?: RepoSource;
  /**
   * Extractions by blob id, shared by the two scans of a delta: a file unchanged between base and head is
   * read and parsed once. Filled and used only when the source knows blob ids.
   */
  cache?: ExtractionCache;
}

export type ExtractionCache = Map<string, Extraction>;

/** Scans the tree at `root`. Throws UsageError only when `root` is not a readable folder. */
export function scan(root: string, options: ScanOptions = {}): Report {
  const started = performance.now();
  const absoluteRoot = resolve(root);
  if (!options.source) assertFolder(absoluteRoot, root);
  const ruleSet = options.ruleSet ?? loadRules();
  const config = options.config ?? ConfigSchema.parse({});
  const compiled = compileRules(ruleSet);

  const source = options.source ?? new WorkingTreeSource(absoluteRoot);
  const paths = withoutIgnored(source.paths, config.ignore);
  const context = { modules: modulesOfInterest(ruleSet), routeWords: routeWordsOf(ruleSet) };
  const { facts, diagnostics } = collectFacts(paths, source, context, options.onProgress, options.cache);

  const profile = { teamSize: config['team-size'], budget: config.budget };
  const assess = (prefix: string) =>
    assessProject(ruleSet, compiled, config, profile, facts, paths, diagnostics, prefix);
  const whole = assess('');
  const projects = findProjectFolders(paths, config.projects).map((folder) => ({
    root: folder,
    ...assess(`${folder}/`),
  }));
  // Thresholds apply to ML projects only: a docs folder or a CLI in a monorepo has no MLOps to gate.
  const thresholds = checkThresholds(
    [{ where: '', ...whole }, ...projects.map((project) => ({ where: project.root, ...project }))]
      .filter((assessed) => assessed.isMlProject)
      .map(({ where, maturity }) => ({ where, maturity })),
    config['fail-below'],
    config['min-phase'],
  );
  return {
    schemaVersion: 1,
    tool: { name: 'mlops-maturity', version: VERSION },
    root,
    isMlProject: whole.isMlProject,
    mlSignals: whole.mlSignals,
    practices: whole.practices,
    ...toAssessment(whole),
    profile,
    projects: projects.map((project) => ({
      root: project.root,
      isMlProject: project.isMlProject,
      practices: project.practices,
      ...toAssessment(project),
    })),
    thresholds,
    diagnostics: diagnostics
      .map(({ path, line, message }) => (line === undefined ? { path, message } : { path, line, message }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0))),
    stats: {
      filesListed: source.paths.length,
      filesRead: source.filesRead,
      bytesRead: source.bytesRead,
      durationMs: Math.round(performance.now() - started),
    },
  };
}

/** Reads every claimed file once and runs the extractors that claim it; includes (`-r base.txt`) come after. */
function collectFacts(
  paths: readonly string[],
  reader: RepoSource,
  context: ExtractionContext,
  onProgress: ScanOptions['onProgress'],
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

/** Top-level Python modules any rule or the ML-library list names: imports of anything else cannot matter. */
function modulesOfInterest(ruleSet: RuleSet): Set<string> {
  const modules = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const detector of rule.detect) {
      for (const name of [...(detector.imports ?? []), ...(detector.calls ?? [])]) modules.add(rootOf(name));
    }
  }
  for (const library of Object.values(ruleSet.mlLibraries))
    for (const name of library.imports) modules.add(rootOf(name));
  return modules;
}

/**
 * `/health`, `health/`...: the first word of each route glob's last segment, as it appears in a route
 * literal (FastAPI `"/health"`, Django `"health/"`). The slash keeps `typing` from matching `ping`.
 */
function routeWordsOf(ruleSet: RuleSet): string[] {
  const words = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const glob of rule.detect.flatMap((detector) => detector.routes ?? [])) {
      const word = /^[A-Za-z0-9]+/.exec(glob.slice(glob.lastIndexOf('/') + 1))?.[0];
      if (word) words.add(word);
    }
  }
  return [...words].flatMap((word) => [`/${word}`, `${word}/`]);
}

function maxBytesOf(extractors: readonly Extractor[]): number {
  return Math.max(...extractors.map((extractor) => extractor.maxBytes ?? DEFAULT_MAX_BYTES));
}

function withoutIgnored(paths: readonly string[], globs: readonly string[]): string[] {
  if (globs.length === 0) return [...paths];
  const isIgnored = picomatch([...globs], { dot: true });
  return paths.filter((path) => !isIgnored(path));
}

/** Folders matching the `projects` globs, found from the listed paths (no extra directory walk). */
function findProjectFolders(paths: readonly string[], globs: readonly string[]): string[] {
  if (globs.length === 0) return [];
  const isProject = picomatch(
    globs.map((glob) => glob.replace(/\/+$/, '')),
    { dot: true },
  );
  const folders = new Set<string>();
  for (const path of paths) {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      folders.add(path.slice(0, slash));
    }
  }
  return [...folders].filter((folder) => isProject(folder)).sort();
}

function assertFolder(absoluteRoot: string, root: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(absoluteRoot).isDirectory();
  } catch {
    throw new UsageError(`${root}: no such folder. Pass the path of a repository to scan.`);
  }
  if (!isFolder) throw new UsageError(`${root}: not a folder. Pass the path of a repository to scan.`);
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
