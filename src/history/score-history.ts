// Scores every commit of a history from git objects. Each (path, blob) is read and extracted once for
// the whole history, so a commit costs its changed files; a commit is assessed again only when a change
// could move its result, else it takes the previous commit's.
import type { Config } from '../config/config-schema.js';
import { compileRules } from '../engine/evaluate.js';
import { extractionContextOf } from '../engine/extraction-context.js';
import { rootOf } from '../engine/fact-index.js';
import type { RuleSet } from '../engine/load-rules.js';
import { anyPathGlob } from '../engine/path-globs.js';
import { isTestPath } from '../engine/test-paths.js';
import type { Extraction, Fact } from '../facts/model.js';
import { claimsOf } from '../pipeline/claims.js';
import { extractFile, type FileOutcome, maxBytesOf } from '../pipeline/extract-file.js';
import { FileOutcomes } from '../pipeline/file-outcomes.js';
import type { RawRead } from '../repo/file-reader.js';
import { classifyBytes } from '../repo/file-reader.js';
import type { RepoSource } from '../repo/repo-source.js';
import { runGit } from '../repo/run-git.js';
import type { Report } from '../report/model.js';
import { scan } from '../scan.js';
import { readBlobs } from './blob-batch.js';
import type { History, HistoryCommit } from './git-history.js';

/** What the timeline keeps of one practice at one commit. */
export interface PracticePoint {
  id: string;
  title: string;
  status: Report['practices'][number]['status'];
  toolNames: string[];
  /** The files of its evidence, each once, in evidence order. */
  paths: string[];
}

/** One commit's result. */
export interface TimelinePoint {
  sha: string;
  date: string;
  subject: string;
  /** The paths the commit changed against its first parent (none for the oldest commit). */
  changedPaths: string[];
  isMlProject: boolean;
  /** The files of the ML signals that make it an ML project, each once. */
  mlSignalPaths: string[];
  score: number | null;
  phase: number;
  phaseName: string;
  practices: PracticePoint[];
}

export interface ScoredHistory {
  points: TimelinePoint[];
  /** Commits assessed again; the others could not have changed result and took the previous one's. */
  commitsAssessed: number;
  blobsRead: number;
}

export function scoreHistory(
  root: string,
  history: History,
  ruleSet: RuleSet,
  config: Config,
): ScoredHistory {
  const context = extractionContextOf(ruleSet);
  const outcomes = extractAll(root, history, (source, path) => {
    const extractors = claimsOf(path);
    return extractFile(source, { path, extractors }, context);
  });
  const isPathSensitive = pathSensitivityOf(ruleSet, config);
  const signatureOf = signatureMaker(context.modules, config.projects.length === 0);
  const files = new Map(history.baseline);
  let paths = [...files.keys()].sort();
  const outcomeOf = (path: string, blobId = files.get(path)) =>
    blobId === undefined ? undefined : outcomes.get(outcomeKey(blobId, path));
  const includes = new IncludeReader(root, files);

  const assess = (): Report => {
    const previous = new FileOutcomes();
    previous.startListing(paths);
    paths.forEach((path, index) => {
      const outcome = outcomeOf(path);
      if (outcome !== undefined) previous.keepListed(index, outcome);
    });
    includes.paths = paths;
    // Every listed file's outcome is known: scan() reads none of them, only files they include.
    return scan(root, {
      ruleSet,
      config,
      source: includes,
      reuse: { outcomes: previous, isUnchanged: () => true },
    });
  };

  const points: TimelinePoint[] = [];
  let commitsAssessed = 0;
  let last: TimelinePoint | undefined;
  history.commits.forEach((commit, index) => {
    let matters = index === 0;
    let isListingChanged = false;
    if (index > 0) {
      for (const { path, blobId } of commit.changes) {
        const before = files.get(path);
        if (before === blobId) continue;
        if (before === undefined || blobId === undefined) {
          isListingChanged = true;
          matters ||= isPathSensitive(path) || signatureOf(outcomeOf(path, before ?? blobId)) !== '';
        } else if (!matters && claimsOf(path).length > 0) {
          matters = signatureOf(outcomeOf(path, before)) !== signatureOf(outcomeOf(path, blobId));
        }
        if (blobId === undefined) files.delete(path);
        else files.set(path, blobId);
      }
      if (isListingChanged) paths = [...files.keys()].sort();
    }
    const meta = {
      sha: commit.sha,
      date: commit.date,
      subject: commit.subject,
      changedPaths: changedPathsOf(commit, index),
    };
    if (matters || !last) {
      commitsAssessed += 1;
      last = { ...meta, ...pointOf(assess()) };
    } else {
      last = { ...last, ...meta };
    }
    points.push(last);
  });
  return { points, commitsAssessed, blobsRead: outcomes.size };
}

function changedPathsOf(commit: HistoryCommit, index: number): string[] {
  return index === 0 ? [] : commit.changes.map(({ path }) => path);
}

function pointOf(report: Report): Omit<TimelinePoint, 'sha' | 'date' | 'subject' | 'changedPaths'> {
  return {
    isMlProject: report.isMlProject,
    mlSignalPaths: [...new Set(report.mlSignals.map(({ path }) => path))],
    score: report.score,
    phase: report.phase.current,
    phaseName: report.phase.name,
    practices: report.practices.map((practice) => ({
      id: practice.id,
      title: practice.title,
      status: practice.status,
      toolNames: practice.toolNames,
      paths: [...new Set(practice.evidence.map(({ path }) => path))],
    })),
  };
}

/**
 * Reads and extracts every claimed file of the oldest commit and every claimed file any later commit
 * changed, each (path, blob) once, through one batch of git reads; returns the outcomes by outcomeKey().
 */
function extractAll(
  root: string,
  history: History,
  extract: (source: { readRaw(path: string, maxBytes: number): RawRead }, path: string) => FileOutcome,
): Map<string, FileOutcome> {
  const pathsOfBlob = new Map<string, Set<string>>();
  const maxBytesOfBlob = new Map<string, number>();
  const want = (path: string, blobId: string | undefined) => {
    if (blobId === undefined) return;
    const extractors = claimsOf(path);
    if (extractors.length === 0) return;
    const users = pathsOfBlob.get(blobId);
    if (users) users.add(path);
    else pathsOfBlob.set(blobId, new Set([path]));
    maxBytesOfBlob.set(blobId, Math.max(maxBytesOfBlob.get(blobId) ?? 0, maxBytesOf(extractors)));
  };
  for (const [path, blobId] of history.baseline) want(path, blobId);
  for (const commit of history.commits.slice(1)) {
    for (const { path, blobId } of commit.changes) want(path, blobId);
  }
  const outcomes = new Map<string, FileOutcome>();
  const requests = [...maxBytesOfBlob].map(([blobId, maxBytes]) => ({ blobId, maxBytes }));
  readBlobs(root, requests, (blobId, read) => {
    for (const path of pathsOfBlob.get(blobId) ?? []) {
      // One blob may be read under several paths with different caps.
      const source = {
        readRaw: (_path: string, maxBytes: number): RawRead =>
          read.status === 'bytes' && read.bytes.length > maxBytes
            ? { status: 'skipped', reason: 'too-large' }
            : read,
      };
      outcomes.set(outcomeKey(blobId, path), extract(source, path));
    }
  });
  return outcomes;
}

function outcomeKey(blobId: string, path: string): string {
  return `${blobId}\0${path}`;
}

/**
 * Whether adding or removing `path` can change a result even when it holds nothing: a path some rule
 * matches by name, a top-level package's `__init__.py` (it makes the package first-party), or any path
 * when the configuration names project folders (folders come and go with files).
 */
function pathSensitivityOf(ruleSet: RuleSet, config: Config): (path: string) => boolean {
  const isRulePath = anyPathGlob(
    compileRules(ruleSet).flatMap(({ detectors }) => detectors.flatMap(({ pathGlobs }) => pathGlobs)),
  );
  return (path) => {
    const baseName = path.slice(path.lastIndexOf('/') + 1);
    return config.projects.length > 0 || baseName === '__init__.py' || isRulePath(path, baseName);
  };
}

/**
 * What of an outcome can move a result, as text: two outcomes with the same signature give the same
 * statuses, score and evidence files. Left out: line and cell numbers (lines moving within a file);
 * imports and calls of modules no rule names (the extraction context's own test of what can matter);
 * and, unless projects are configured (each judged from its own folder), facts of test paths, which the
 * fact index never takes as evidence. Diagnostics are kept.
 */
function signatureMaker(
  modules: ReadonlySet<string>,
  isTestPathFixed: boolean,
): (outcome: FileOutcome | undefined) => string {
  const canMatter = (fact: Fact) => {
    if (isTestPathFixed && isTestPath(fact.path)) return false;
    if (fact.kind === 'import') return modules.has(rootOf(fact.module));
    if (fact.kind === 'call') return modules.has(rootOf(fact.callee));
    return true;
  };
  const withoutPlaces = (key: string, value: unknown) =>
    key === 'line' || key === 'cell' ? undefined : value;
  const isEmpty = ({ facts, diagnostics, includes }: Extraction) =>
    facts.length === 0 && diagnostics.length === 0 && (includes ?? []).length === 0;
  // `''` for an outcome that holds nothing that can matter, as for no file at all.
  return (outcome) => {
    if (outcome === undefined || outcome === null) return '';
    if (!('extractions' in outcome)) return JSON.stringify(outcome, withoutPlaces);
    const kept = outcome.extractions.map((extraction) => ({
      ...extraction,
      facts: extraction.facts.filter(canMatter),
    }));
    return kept.every(isEmpty) ? '' : JSON.stringify(kept, withoutPlaces);
  };
}

/**
 * The commit being assessed as scan() sees it: its listing, and reads of files a listed file includes
 * (`-r base.txt` naming a file no extractor claims), the only files scan() still reads. Those are rare,
 * so each is read with its own git call, once per blob.
 */
class IncludeReader implements RepoSource {
  paths: readonly string[] = [];
  filesRead = 0;
  bytesRead = 0;
  private readonly blobs = new Map<string, RawRead>();

  constructor(
    private readonly root: string,
    private readonly files: ReadonlyMap<string, string>,
  ) {}

  readRaw(path: string, maxBytes: number): RawRead {
    const blobId = this.files.get(path);
    if (blobId === undefined) return { status: 'absent' };
    let read = this.blobs.get(blobId);
    if (!read) {
      const result = runGit(this.root, ['cat-file', 'blob', blobId]);
      read =
        result.status === 0
          ? classifyBytes(result.stdout)
          : { status: 'skipped', reason: 'unreadable', message: 'git cat-file failed' };
      this.blobs.set(blobId, read);
    }
    if (read.status === 'bytes' && read.bytes.length > maxBytes)
      return { status: 'skipped', reason: 'too-large' };
    this.filesRead += 1;
    return read;
  }
}
