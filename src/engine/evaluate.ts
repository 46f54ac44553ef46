// Matches the fact index against every rule and decides each practice's status.
import { type BlockedFact, type Diagnostic, SIGNALS } from '../facts/model.js';
import type { Evidence, PracticeResult } from '../report/model.js';
import { type CompiledDetector, compileDetector } from './compile-detector.js';
import type { FactIndex } from './fact-index.js';
import type { RuleSet } from './load-rules.js';
import type { Rule } from './rule-schema.js';

export interface CompiledRule {
  rule: Rule;
  detectors: CompiledDetector[];
  reads: Set<BlockedFact>;
}

export interface Evaluation {
  isMlProject: boolean;
  mlSignals: Evidence[];
  practices: PracticeResult[];
}

/** The names of what makes a repository ML: the ML-library catalog's entries, then the ML-specific tools. */
export function mlSignalNames(ruleSet: RuleSet): string[] {
  const tools = Object.values(ruleSet.tools)
    .filter((tool) => tool['ml-specific'])
    .map((tool) => tool.name);
  return [...Object.keys(ruleSet.mlLibraries), ...new Set(tools)];
}

export function compileRules(ruleSet: RuleSet): CompiledRule[] {
  return ruleSet.rules.map((rule) => {
    const detectors = rule.detect.map(compileDetector);
    return { rule, detectors, reads: new Set(detectors.flatMap((detector) => [...detector.reads])) };
  });
}

export function evaluate(
  ruleSet: RuleSet,
  compiled: readonly CompiledRule[],
  index: FactIndex,
  diagnostics: readonly Diagnostic[],
): Evaluation {
  const found = compiled.map(({ rule, detectors }) => ({
    rule,
    detectors,
    ...collectEvidence(detectors, index, rule['declared-counts'] === true),
  }));
  const mlSignals = findMlSignals(
    ruleSet,
    index,
    found.flatMap(({ evidence }) => evidence),
  );
  const isMlProject = mlSignals.length > 0;

  const practices = found.map(({ rule, detectors, evidence, declaredOnly }, position): PracticeResult => {
    const tools = [...new Set(evidence.map((item) => item.tool))];
    const base = {
      id: rule.id,
      title: rule.title,
      category: rule.category,
      phase: rule.phase,
      weight: rule.weight,
    };
    const nameOf = (tool: string) => ruleSet.tools[tool]?.name ?? tool;
    if (!isMlProject && rule['needs-model']) {
      return {
        ...base,
        status: 'not-applicable',
        message: 'No ML found, so there is no model for this practice.',
        tools: [],
        toolNames: [],
        evidence: [],
      };
    }
    // The rare matcher-made measure (the share of pinned requirements) is shown whether it passes or not.
    const measures = detectors.flatMap((detector) => detector.describe?.(index) ?? []);
    const measured = measures.length > 0 ? ` ${measures.join(' ')}` : '';
    if (evidence.length > 0) {
      const toolNames = tools.map(nameOf);
      return {
        ...base,
        status: 'pass',
        message: `Found ${toolNames.join(', ')}.${measured}`,
        tools,
        toolNames,
        evidence,
      };
    }
    const declared =
      declaredOnly.length > 0
        ? ` Declared but never imported or called, so not counted: ${declaredOnly.map((item) => `${nameOf(item.tool)} (${item.path}:${item.line})`).join(', ')}.`
        : '';
    const reads = compiled[position]!.reads;
    const hiders = diagnostics.filter((diagnostic) =>
      (diagnostic.blocks ?? []).some((blocked) => blocksRead(blocked, reads)),
    );
    if (hiders.length > 0) {
      const paths = [...new Set(hiders.map((diagnostic) => diagnostic.path))];
      return {
        ...base,
        status: 'unknown',
        message: `Not found, but ${summarise(paths)} could not be read; it may be in place there.${declared}`,
        tools: [],
        toolNames: [],
        evidence: [],
        hiddenBy: hiders.map(({ path, line }) => (line === undefined ? { path } : { path, line })),
      };
    }
    const nearMiss = compiled[position]!.detectors.map((detector) => detector.explainMiss?.(index)).find(
      Boolean,
    );
    if (nearMiss) {
      return {
        ...base,
        status: 'fail',
        message: `${nearMiss.message}${declared}`,
        tools: [],
        toolNames: [],
        evidence: [],
        nearMiss: { reason: nearMiss.reason, evidence: nearMiss.evidence },
      };
    }
    const lookedFor = [...new Set(rule.detect.map((detector) => nameOf(detector.tool)))];
    return {
      ...base,
      status: 'fail',
      message: `Not found. Looked for ${summarise(lookedFor)}.${declared}${measured}`,
      tools: [],
      toolNames: [],
      evidence: [],
    };
  });
  return { isMlProject, mlSignals, practices };
}

const SIGNAL_NAMES = new Set<string>(SIGNALS);

/** A diagnostic that blocks every signal (`signal`) blocks each named one too. */
function blocksRead(blocked: BlockedFact, reads: ReadonlySet<BlockedFact>): boolean {
  if (reads.has(blocked)) return true;
  return blocked === 'signal' && [...reads].some((read) => SIGNAL_NAMES.has(read));
}

/** Usage in code and configuration proves more than a declared dependency, so it is listed first. */
const KIND_RANK: Record<Evidence['kind'], number> = {
  call: 0,
  route: 1,
  manifest: 2,
  signal: 3,
  image: 4,
  command: 5,
  ci: 6,
  import: 7,
  file: 8,
  dependency: 9,
};

/**
 * Every detector's evidence, strongest kind first. A tool found only as a declared dependency, where its
 * detector could also have seen an import or a call, is set apart in `declaredOnly` unless the rule counts
 * declarations: a transitive pin in a `pip freeze` or a leftover line is not a practice in place.
 */
function collectEvidence(
  detectors: readonly CompiledDetector[],
  index: FactIndex,
  declaredCounts: boolean,
): { evidence: Evidence[]; declaredOnly: Evidence[] } {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  const declaredOnly: Evidence[] = [];
  for (const detector of detectors) {
    const found = detector
      .find(index)
      .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || byLocation(a, b));
    if (!declaredCounts && detector.seesUsage && found.every((item) => item.kind === 'dependency')) {
      if (found[0] && !declaredOnly.some((item) => item.tool === detector.tool)) declaredOnly.push(found[0]);
      continue;
    }
    for (const item of found) {
      // `from fastapi import Depends, FastAPI` is one piece of evidence, not one per name.
      const detail = item.kind === 'import' ? '' : item.detail;
      const key = `${item.tool}\0${item.path}\0${item.cell ?? ''}\0${item.line}\0${item.kind}\0${detail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(item);
    }
  }
  const tools = new Set(evidence.map((item) => item.tool));
  return { evidence, declaredOnly: declaredOnly.filter((item) => !tools.has(item.tool)) };
}

/** Which kind of fact names an ML library best, when several do. */
const ML_SIGNAL_RANK: Record<Evidence['kind'], number> = { ...KIND_RANK, dependency: -2, import: -1 };

/**
 * ML libraries in use (declared, imported, called as in `cv2.dnn.*`, or model files tracked), plus any
 * ML-specific tool a rule found: one piece of evidence per library or tool.
 */
function findMlSignals(ruleSet: RuleSet, index: FactIndex, ruleEvidence: readonly Evidence[]): Evidence[] {
  const signals = new Map<string, Evidence>();
  for (const detector of compileMlDetectors(ruleSet)) {
    const found = detector.find(index).sort((a, b) => ML_SIGNAL_RANK[a.kind] - ML_SIGNAL_RANK[b.kind]);
    if (found[0]) signals.set(detector.tool, found[0]);
  }
  for (const item of ruleEvidence) {
    if (ruleSet.tools[item.tool]?.['ml-specific'] && !signals.has(item.tool)) signals.set(item.tool, item);
  }
  return [...signals.values()].sort(byLocation);
}

const mlDetectors = new WeakMap<RuleSet, CompiledDetector[]>();

/** The ML-library catalog compiled like rule detectors, once per rule set. */
export function compileMlDetectors(ruleSet: RuleSet): CompiledDetector[] {
  let detectors = mlDetectors.get(ruleSet);
  if (!detectors) {
    detectors = Object.entries(ruleSet.mlLibraries).map(([tool, facts]) =>
      compileDetector({ tool, ...facts }),
    );
    mlDetectors.set(ruleSet, detectors);
  }
  return detectors;
}

function byLocation(a: Evidence, b: Evidence): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line;
}

/** Lists up to eight names; "and 1 more" would hide a name for no saving. */
function summarise(names: readonly string[]): string {
  if (names.length <= 8) return names.join(', ');
  return `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`;
}
