// Compiles one rule detector (data) into a function from the fact index to evidence.
import type { BlockedFact } from '../facts/model.js';
import type { Evidence } from '../report/model.js';
import { startsWithWords } from './command-words.js';
import { namesDottedCall } from './dotted-call.js';
import { evidenceOf, fileEvidence } from './evidence.js';
import { type FactIndex, rootOf } from './fact-index.js';
import { MATCHER_FUNCTIONS } from './matchers/index.js';
import type { NearMiss } from './near-miss.js';
import { compilePathGlob, compileValueGlob, type PathGlob } from './path-globs.js';
import type { Detector } from './rule-schema.js';

export interface CompiledDetector {
  tool: string;
  /** Facts the detector reads, so a file that could not be read can make a practice unknown. */
  reads: Set<BlockedFact>;
  /** The `files` globs, so the fact index keeps only the listed paths some detector may match. */
  pathGlobs: PathGlob[];
  /** True when the detector reads imports or calls: a tool it finds only declared is then unused. */
  seesUsage: boolean;
  find(index: FactIndex): Evidence[];
  /** Set by detectors that can say what came close when nothing matched. */
  explainMiss?(index: FactIndex): NearMiss | undefined;
  /** A sentence measuring what a matcher looked at, shown whether the practice passes or not. */
  describe?(index: FactIndex): string | undefined;
}

type Finder = (index: FactIndex, tool: string) => Evidence[];

export function compileDetector(detector: Detector): CompiledDetector {
  const finders: Finder[] = [];
  const reads = new Set<BlockedFact>();
  const pathGlobs: PathGlob[] = [];
  const { tool } = detector;

  if (detector.dependencies) {
    const names = detector.dependencies;
    reads.add('dependency');
    finders.push((index) =>
      names.flatMap((name) => (index.dependencies.get(name) ?? []).map((fact) => evidenceOf(fact, tool))),
    );
  }
  if (detector.imports) {
    const modules = detector.imports;
    reads.add('import');
    finders.push((index) =>
      modules.flatMap((module) =>
        (index.importsByRoot.get(rootOf(module)) ?? [])
          .filter((fact) => fact.module === module || fact.module.startsWith(`${module}.`))
          .map((fact) => evidenceOf(fact, tool)),
      ),
    );
  }
  if (detector.calls) {
    const patterns = detector.calls.map(compileCallPattern);
    reads.add('call');
    finders.push((index) =>
      patterns.flatMap((pattern) => {
        const evidence: Evidence[] = [];
        for (const [callee, facts] of index.callsByRoot.get(pattern.root) ?? []) {
          if (!pattern.namesCallee(callee)) continue;
          for (const fact of facts) {
            if (pattern.hasArguments(fact.keywords, fact.literals)) evidence.push(evidenceOf(fact, tool));
          }
        }
        return evidence;
      }),
    );
  }
  if (detector.files) {
    const globs = detector.files.map(compilePathGlob);
    pathGlobs.push(...globs);
    finders.push((index) =>
      index.paths
        .filter(({ path, baseName }) => globs.some((glob) => glob.matches(path, baseName)))
        .map(({ path }) => fileEvidence(path, tool)),
    );
  }
  if (detector.routes) {
    const globs = detector.routes.map(compileValueGlob);
    reads.add('route');
    finders.push((index) =>
      index.routes
        .filter((fact) => {
          const route = normalizeRoute(fact.route);
          return globs.some((matches) => matches(route));
        })
        .map((fact) => evidenceOf(fact, tool)),
    );
  }
  if (detector.manifests) {
    const patterns = detector.manifests.map(compileManifestPattern);
    reads.add('manifest');
    finders.push((index) =>
      index.manifests
        .filter((fact) => patterns.some((matches) => matches(fact.apiVersion, fact.objectKind)))
        .map((fact) => evidenceOf(fact, tool)),
    );
  }
  if (detector.images) {
    const globs = detector.images.map(compileValueGlob);
    reads.add('image');
    finders.push((index) =>
      index.images
        .filter((fact) => globs.some((matches) => matches(fact.image)))
        .map((fact) => evidenceOf(fact, tool)),
    );
  }
  if (detector.commands) {
    const patterns = detector.commands.map((command) => command.split(/\s+/));
    reads.add('command');
    finders.push((index) =>
      index.commands
        .filter(({ simpleCommands }) =>
          simpleCommands.some((words) => patterns.some((pattern) => startsWithWords(words, pattern))),
        )
        .map(({ fact }) => evidenceOf(fact, tool)),
    );
  }
  if (detector.ci) {
    const systems = new Set<string>(detector.ci);
    reads.add('ci');
    finders.push((index) =>
      index.ci.filter((fact) => !fact.uses && systems.has(fact.system)).map((fact) => evidenceOf(fact, tool)),
    );
  }
  if (detector['ci-uses']) {
    const globs = detector['ci-uses'].map(compileValueGlob);
    reads.add('ci');
    finders.push((index) =>
      index.ci
        .filter((fact) => fact.uses !== undefined && globs.some((matches) => matches(fact.uses!)))
        .map((fact) => evidenceOf(fact, tool)),
    );
  }
  if (detector.signals) {
    const signals = detector.signals;
    const unlessImages = (detector['signals-unless-images'] ?? []).map(compileValueGlob);
    const counts = (image: string | undefined) =>
      image === undefined || !unlessImages.some((matches) => matches(image));
    for (const signal of signals) reads.add(signal);
    finders.push((index) =>
      signals.flatMap((signal) =>
        (index.signals.get(signal) ?? [])
          .filter((fact) => {
            if (fact.image !== undefined || fact.dockerfile === undefined) return counts(fact.image);
            // Built from a Dockerfile the repository does not hold: nothing says what it serves.
            const base = baseImageOf(index, fact.dockerfile);
            return base !== undefined && counts(base);
          })
          .map((fact) => evidenceOf(fact, tool)),
      ),
    );
  }
  let explainMiss: CompiledDetector['explainMiss'];
  let describe: CompiledDetector['describe'];
  if (detector.matcher) {
    const matcher = MATCHER_FUNCTIONS[detector.matcher];
    for (const kind of matcher.reads) reads.add(kind);
    finders.push((index) => matcher.find(index, tool));
    if (matcher.explainMiss) explainMiss = (index) => matcher.explainMiss!(index, tool);
    describe = matcher.describe;
  }

  return {
    tool,
    reads,
    pathGlobs,
    seesUsage: detector.imports !== undefined || detector.calls !== undefined,
    find: (index) => finders.flatMap((finder) => finder(index, tool)),
    ...(explainMiss ? { explainMiss } : {}),
    ...(describe ? { describe } : {}),
  };
}

interface CallPattern {
  root: string;
  /** The callee has the pattern's dotted segments (`*` any one). */
  namesCallee(callee: string): boolean;
  /** The call is given one of the pattern's keywords (or its literal), when it names any. */
  hasArguments(keywords: readonly string[], literals: Readonly<Record<string, string>> | undefined): boolean;
}

interface KeywordTest {
  keyword: string;
  value?: string;
}

/**
 * `mlflow.*.log_model(registered_model_name)`: `*` is one segment; the parenthesis lists required keywords
 * (any of, `|`-separated), each optionally with the string literal it must be given: `wandb.Artifact(type=model)`.
 */
function compileCallPattern(pattern: string): CallPattern {
  const open = pattern.indexOf('(');
  const dotted = open === -1 ? pattern : pattern.slice(0, open);
  const tests: KeywordTest[] =
    open === -1
      ? []
      : pattern
          .slice(open + 1, pattern.lastIndexOf(')'))
          .split('|')
          .filter(Boolean)
          .map((alternative) => {
            const equals = alternative.indexOf('=');
            return equals === -1
              ? { keyword: alternative }
              : { keyword: alternative.slice(0, equals), value: alternative.slice(equals + 1) };
          });
  const segments = dotted.split('.');
  return {
    root: segments[0]!,
    namesCallee: (callee) => namesDottedCall(segments, callee.split('.')),
    hasArguments(used, literals) {
      return (
        tests.length === 0 ||
        tests.some(({ keyword, value }) =>
          value === undefined ? used.includes(keyword) : literals?.[keyword] === value,
        )
      );
    },
  };
}

function compileManifestPattern(pattern: string): (apiVersion: string, kind: string) => boolean {
  const slash = pattern.lastIndexOf('/');
  if (slash === -1) return (_apiVersion, kind) => kind === pattern;
  const group = pattern.slice(0, slash);
  const kind = pattern.slice(slash + 1);
  return (apiVersion, objectKind) => objectKind === kind && apiVersion.startsWith(`${group}/`);
}

/** `health/` (Django) and `/Health/` both become `/health`; regex anchors are dropped. */
export function normalizeRoute(route: string): string {
  let normalized = route.trim().toLowerCase().replace(/^\^/, '').replace(/\$$/, '');
  if (!normalized.startsWith('/')) normalized = `/${normalized}`;
  if (normalized.length > 1 && normalized.endsWith('/')) normalized = normalized.slice(0, -1);
  return normalized;
}

/** The image a Dockerfile's last stage starts FROM, as the index holds it; undefined when unknown. */
function baseImageOf(index: FactIndex, dockerfile: string | undefined): string | undefined {
  if (dockerfile === undefined) return undefined;
  let base: string | undefined;
  for (const fact of index.images)
    if (fact.source === 'dockerfile' && fact.path === dockerfile) base = fact.image;
  return base;
}
