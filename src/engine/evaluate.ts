// Matches the fact index against every rule and decides each practice's status.
import { type BlockedFact, type Diagnostic, SIGNALS } from '../facts/model.js';
import type { Evidence, PracticeResult } from '../report/model.js';
import { type CompiledDetector, compileDetector } from './compile-detector.js';
import { evidenceOf } from './evidence.js';
import { type FactIndex, rootOf } from './fact-index.js';
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
    evidence: collectEvidence(detectors, index),
  }));
  const mlSignals = findMlSignals(
    ruleSet,
    index,
    found.flatMap(({ evidence }) => evidence),
  );
  const isMlProject = mlSignals.length > 0;

  const practices = found.map(({ rule, evidence }, position): PracticeResult => {
    const tools = [...new Set(evidence.map((item) => item.tool))];
    const base = {
      id: rule.id,
      title: rule.title,
      category: rule.category,
      phase: rule.phase,
      weight: rule.weight,
    };
    if (!isMlProject) {
      return {
        ...base,
        status: 'not-applicable',
        message: 'Not an ML project: no ML library or ML tool was found.',
        tools: [],
        toolNames: [],
        evidence: [],
      };
    }
    if (evidence.length > 0) {
      const toolNames = tools.map((tool) => ruleSet.tools[tool]?.name ?? tool);
      return {
        ...base,
        status: 'pass',
        message: `Found ${toolNames.join(', ')}.`,
        tools,
        toolNames,
        evidence,
      };
    }
    const reads = compiled[position]!.reads;
    const hiders = diagnostics.filter((diagnostic) =>
      (diagnostic.blocks ?? []).some((blocked) => blocksRead(blocked, reads)),
    );
    if (hiders.length > 0) {
      const paths = [...new Set(hiders.map((diagnostic) => diagnostic.path))];
      return {
        ...base,
        status: 'unknown',
        message: `Not found, but ${summarise(paths)} could not be read; it may be in place there.`,
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
        message: nearMiss.message,
        tools: [],
        toolNames: [],
        evidence: [],
        nearMiss: { reason: nearMiss.reason, evidence: nearMiss.evidence },
      };
    }
    const lookedFor = [
      ...new Set(rule.detect.map((detector) => ruleSet.tools[detector.tool]?.name ?? detector.tool)),
    ];
    return {
      ...base,
      status: 'fail',
      message: `Not found. Looked for ${summarise(lookedFor)}.`,
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

function collectEvidence(detectors: readonly CompiledDetector[], index: FactIndex): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const detector of detectors) {
    const found = detector
      .find(index)
      .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || byLocation(a, b));
    for (const item of found) {
      // `from fastapi import Depends, FastAPI` is one piece of evidence, not one per name.
      const detail = item.kind === 'import' ? '' : item.detail;
      const key = `${item.tool}\0${item.path}\0${item.cell ?? ''}\0${item.line}\0${item.kind}\0${detail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(item);
    }
  }
  return evidence;
}

/** ML libraries in use, plus any ML-specific tool a rule found: one piece of evidence per library or tool. */
function findMlSignals(ruleSet: RuleSet, index: FactIndex, ruleEvidence: readonly Evidence[]): Evidence[] {
  const signals = new Map<string, Evidence>();
  for (const [library, { dependencies, imports }] of Object.entries(ruleSet.mlLibraries)) {
    const dependency = dependencies.map((name) => index.dependencies.get(name)?.[0]).find(Boolean);
    const found = dependency ?? imports.map((module) => firstImport(index, module)).find(Boolean);
    if (found) signals.set(library, evidenceOf(found, library));
  }
  for (const item of ruleEvidence) {
    if (ruleSet.tools[item.tool]?.['ml-specific'] && !signals.has(item.tool)) signals.set(item.tool, item);
  }
  return [...signals.values()].sort(byLocation);
}

function firstImport(index: FactIndex, module: string) {
  return index.importsByRoot
    .get(rootOf(module))
    ?.find((candidate) => candidate.module === module || candidate.module.startsWith(`${module}.`));
}

function byLocation(a: Evidence, b: Evidence): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line;
}

/** Lists up to eight names; "and 1 more" would hide a name for no saving. */
function summarise(names: readonly string[]): string {
  if (names.length <= 8) return names.join(', ');
  return `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`;
}
