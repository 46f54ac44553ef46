// scan(root) -> Report: the one pipeline the CLI and the action share.
// One listing, each claimed file read once, facts extracted once and shared by every rule.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from './config/config-schema.js';
import { defaultConfig } from './config/default-config.js';
import { compileGlobList, compileProjectGlobs } from './config/glob-list.js';
import { compileRules, mlSignalNames } from './engine/evaluate.js';
import { extractionContextOf } from './engine/extraction-context.js';
import { findFirstPartyPackages } from './engine/fact-index.js';
import { loadRules, type RuleSet } from './engine/load-rules.js';
import { UsageError } from './engine/usage-error.js';
import type { Diagnostic } from './facts/model.js';
import { assessProject, toAssessment } from './pipeline/assess.js';
import { collectFacts, type ExtractionReuse } from './pipeline/collect-facts.js';
import { defaultThreads, ExtractionWorkers, findWorkerScript } from './pipeline/extraction-workers.js';
import { FileOutcomes } from './pipeline/file-outcomes.js';
import { ProjectSlicer } from './pipeline/project-slices.js';
import { loadTreeWalk, TreeWalkNotLoaded } from './repo/list-files.js';
import type { RepoSource } from './repo/repo-source.js';
import { WorkingTreeSource } from './repo/working-tree.js';
import type { Report } from './report/model.js';
import { checkThresholds } from './score/thresholds.js';
import { markPhase } from './timings.js';
import { VERSION } from './version.js';

export { type ExtractionReuse, FileOutcomes };

/** Below this many listed files a scan reads on one thread (measured crossover: about 12,000). */
export const MIN_FILES_FOR_WORKERS = 15_000;

export interface ScanOptions {
  ruleSet?: RuleSet;
  /** The validated configuration; defaults when absent. */
  config?: Config;
  /** Called as files are processed, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Where the files come from; the working tree at `root` by default (a commit's git objects for a PR base). */
  source?: RepoSource;
  /** Filled with every file's outcome, for the base scan of a delta to reuse. */
  keep?: FileOutcomes;
  /** The head scan's outcomes, reused for files unchanged since the base. */
  reuse?: ExtractionReuse;
  /**
   * In a git work tree, scan only the files git tracks, not those untracked in the working folder: the
   * action scans what the commit holds, so every piece of evidence links to a file of it.
   */
  trackedOnly?: boolean;
  /**
   * Threads reading a working tree (1: this one only). By default one below MIN_FILES_FOR_WORKERS listed
   * files, else the cores there are, at most 4.
   */
  threads?: number;
}

/** Scans the tree at `root`. Throws UsageError only when `root` is not a readable folder. */
export function scan(root: string, options: ScanOptions = {}): Report {
  const started = performance.now();
  const absoluteRoot = resolve(root);
  if (!options.source) assertFolder(absoluteRoot, root);
  const ruleSet = options.ruleSet ?? loadRules();
  const config = options.config ?? defaultConfig();
  const compiled = compileRules(ruleSet);

  const { paths, facts, diagnostics, filesListed, filesIgnored, filesRead, bytesRead } = readFacts(
    absoluteRoot,
    ruleSet,
    config,
    options,
  );

  const profile = { teamSize: config['team-size'], budget: config.budget };
  const assess = (prefix: string) =>
    assessProject(ruleSet, compiled, config, profile, facts, paths, diagnostics, prefix);
  const whole = assess('');
  markPhase('assessed');
  const folders = findProjectFolders(paths, config.projects);
  const slicer = folders.length > 0 ? new ProjectSlicer(facts, paths, diagnostics) : undefined;
  const projects = folders.map((folder) => {
    const slice = slicer!.under(`${folder}/`);
    const assessed = assessProject(
      ruleSet,
      compiled,
      config,
      profile,
      slice.facts,
      slice.paths,
      slice.diagnostics,
      `${folder}/`,
    );
    return { root: folder, ...assessed };
  });
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
    ...(whole.isMlProject ? {} : { mlLookedFor: mlSignalNames(ruleSet) }),
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
      scannedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      filesListed,
      ...(config.ignore.length > 0 ? { filesIgnored } : {}),
      filesRead,
      bytesRead,
      durationMs: Math.round(performance.now() - started),
    },
  };
}

/**
 * scan(), loading the walk of a tree git does not list first when the tree needs it: the CLI and the
 * action start without it, as most scans are of git work trees.
 */
export async function scanLoadingWalk(root: string, options: ScanOptions = {}): Promise<Report> {
  try {
    return scan(root, options);
  } catch (error) {
    if (!(error instanceof TreeWalkNotLoaded)) throw error;
    await loadTreeWalk();
    return scan(root, options);
  }
}

/** Lists the tree and extracts its facts, sharing the work with worker threads for a large working tree. */
function readFacts(absoluteRoot: string, ruleSet: RuleSet, config: Config, options: ScanOptions) {
  const workers = new WorkerPlan(absoluteRoot, options);
  try {
    // With workers already starting, untracked files are listed while they read the tracked ones; a
    // delta's head lists them apart too, since its base is the tracked files with git's changes.
    const untrackedLater = workers.isStarted || options.keep !== undefined;
    const source =
      options.source ??
      new WorkingTreeSource(absoluteRoot, { untrackedLater, trackedOnly: options.trackedOnly });
    const ignored = new IgnoredFiles(config.ignore);
    const listedFirst = ignored.filter(source.paths);
    let filesListed = source.paths.length;
    const listRest =
      source.listRest &&
      (() => {
        const rest = source.listRest!();
        filesListed += rest.length;
        return ignored.filter(rest);
      });
    markPhase(`listed ${listedFirst.length} files${listRest ? ' (tracked)' : ''}`);
    const pool = workers.forListing(listedFirst.length);
    const ownPackages =
      config.projects.length === 0 ? findFirstPartyPackages(listedFirst, '') : new Set<string>();
    // Another scan's outcomes left out its own packages' imports: usable when this scan leaves those out too.
    const reuse =
      options.reuse && [...options.reuse.outcomes.ownPackages].every((name) => ownPackages.has(name))
        ? options.reuse
        : undefined;
    if (options.keep) options.keep.ownPackages = ownPackages;
    const context = withoutOwnPackages(contextOf(ruleSet, config), ownPackages);
    const { facts, diagnostics, paths } = collectFacts(listedFirst, source, context, {
      onProgress: options.onProgress,
      keep: options.keep,
      reuse,
      workers: pool && { pool, root: absoluteRoot },
      listRest,
    });
    markPhase(
      pool
        ? `read and extracted (chunks: ${pool.chunksHere} here, ${pool.chunksByWorkers} by workers)`
        : 'read and extracted',
    );
    // Globs that leave nothing to scan would pass every threshold on an empty report: a usage error.
    if (!options.source && filesListed > 0 && ignored.count === filesListed)
      throw new UsageError(
        `ignore: its globs leave out all ${filesListed} listed files, so nothing would be scanned. Narrow them ("!glob" takes files back).`,
      );
    return {
      paths,
      facts,
      diagnostics: source.listingDiagnostics?.length
        ? [
            ...source.listingDiagnostics.map(({ path, message }): Diagnostic => ({ path, message })),
            ...diagnostics,
          ]
        : diagnostics,
      filesListed,
      filesIgnored: ignored.count,
      filesRead: source.filesRead + (pool?.filesRead ?? 0),
      bytesRead: source.bytesRead + (pool?.bytesRead ?? 0),
    };
  } finally {
    workers.close();
  }
}

/**
 * When worker threads share a working tree's reading. A worker takes tens of milliseconds to start, and
 * two threads reading at once each read slower, so they pay for themselves only from
 * MIN_FILES_FOR_WORKERS listed files. When git's index is that large they start before the listing, so
 * their start-up overlaps it.
 */
class WorkerPlan {
  private pool: ExtractionWorkers | undefined;
  private readonly threads: number;

  constructor(
    root: string,
    private readonly options: ScanOptions,
  ) {
    // More threads than cores only add each worker's memory (--jobs 64 took 420 MiB on a small tree).
    this.threads = Math.min(options.threads ?? defaultThreads(), availableParallelism());
    const isWorkingTree = options.source === undefined;
    if (isWorkingTree && (options.threads !== undefined || hasLargeGitIndex(root))) this.start();
  }

  /** True once workers are starting: before the listing when git's index is large. */
  get isStarted(): boolean {
    return this.pool !== undefined;
  }

  /** The pool to share `listed` files with, if any; an early pool is stopped when the tree is small. */
  forListing(listed: number): ExtractionWorkers | undefined {
    if (this.options.source) return undefined;
    if (this.options.threads === undefined && listed < MIN_FILES_FOR_WORKERS) this.close();
    else if (!this.pool) this.start();
    return this.pool;
  }

  close(): void {
    this.pool?.close();
    this.pool = undefined;
  }

  private start(): void {
    const script = this.threads > 1 ? findWorkerScript() : undefined;
    this.pool = script ? new ExtractionWorkers(script, this.threads - 1) : undefined;
  }
}

/** An index entry takes 62 bytes plus its path: an index this size lists about MIN_FILES_FOR_WORKERS files. */
const LARGE_GIT_INDEX_BYTES = MIN_FILES_FOR_WORKERS * 70;

function hasLargeGitIndex(root: string): boolean {
  try {
    return statSync(join(root, '.git', 'index')).size >= LARGE_GIT_INDEX_BYTES;
  } catch {
    return false;
  }
}

/** What can matter, with the project folders that are assessed on their own. */
function contextOf(ruleSet: RuleSet, config: Config) {
  return { ...extractionContextOf(ruleSet), projectGlobs: config.projects };
}

/**
 * The context without the repository's own packages (`great_expectations/` in great_expectations): the
 * fact index never counts their imports or calls, and a library imports itself in nearly every module,
 * which would all be parsed for nothing. Only for a scan without `projects`, whose one index judges from
 * the root as this does.
 */
function withoutOwnPackages(
  context: ReturnType<typeof contextOf>,
  ownPackages: ReadonlySet<string>,
): ReturnType<typeof contextOf> {
  if (ownPackages.size === 0) return context;
  const keep = (name: string) => !ownPackages.has(name);
  return {
    ...context,
    modules: new Set([...context.modules].filter(keep)),
    callRoots: new Set([...context.callRoots].filter(keep)),
    mlOnlyModules: new Map([...context.mlOnlyModules].filter(([name]) => keep(name))),
  };
}

/** The `ignore` globs applied to listed paths, counting what they leave out. */
class IgnoredFiles {
  count = 0;
  private readonly isIgnored: ((path: string) => boolean) | undefined;

  constructor(globs: readonly string[]) {
    this.isIgnored = globs.length > 0 ? compileGlobList(globs) : undefined;
  }

  filter(paths: readonly string[]): readonly string[] {
    const isIgnored = this.isIgnored;
    if (!isIgnored) return paths;
    const kept = paths.filter((path) => !isIgnored(path));
    this.count += paths.length - kept.length;
    return kept;
  }
}

/** Folders matching the `projects` globs, found from the listed paths (no extra directory walk). */
function findProjectFolders(paths: readonly string[], globs: readonly string[]): string[] {
  if (globs.length === 0) return [];
  const isProject = compileProjectGlobs(globs);
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
