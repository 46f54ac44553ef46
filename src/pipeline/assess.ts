// One project's assessment from the shared facts: practices, score and phase, advice.
import { type Advice, advise, type Profile } from '../advice/advise.js';
import type { Config } from '../config/config-schema.js';
import { type CompiledRule, evaluate } from '../engine/evaluate.js';
import { FactIndex } from '../engine/fact-index.js';
import type { RuleSet } from '../engine/load-rules.js';
import { anyPathGlob } from '../engine/path-globs.js';
import type { Diagnostic, Fact } from '../facts/model.js';
import type { Evidence, PracticeResult, ProjectReport } from '../report/model.js';
import { assessMaturity, type Maturity } from '../score/maturity.js';
import { applyOverrides } from '../score/overrides.js';

export interface ProjectAssessment {
  isMlProject: boolean;
  mlSignals: Evidence[];
  practices: PracticeResult[];
  maturity: Maturity;
  advice: Advice;
}

/** Assesses the files under `prefix` (`''` for the whole repository); evidence paths stay repo-relative. */
export function assessProject(
  ruleSet: RuleSet,
  compiled: readonly CompiledRule[],
  config: Config,
  profile: Profile,
  facts: readonly Fact[],
  paths: readonly string[],
  diagnostics: readonly Diagnostic[],
  prefix: string,
): ProjectAssessment {
  const inProject = (path: string) => path.startsWith(prefix);
  const index = new FactIndex(
    prefix === '' ? facts : facts.filter((fact) => inProject(fact.path)),
    prefix === '' ? paths : paths.filter(inProject),
    prefix,
    anyPathGlobOf(compiled),
  );
  const scoped = prefix === '' ? diagnostics : diagnostics.filter((diagnostic) => inProject(diagnostic.path));
  const evaluation = evaluate(ruleSet, compiled, index, scoped);
  const practices = applyOverrides(evaluation.practices, config.practices);
  const maturity = evaluation.isMlProject ? assessMaturity(ruleSet, practices) : notAnMlProject();
  return {
    isMlProject: evaluation.isMlProject,
    mlSignals: evaluation.mlSignals,
    practices,
    maturity,
    advice: advise(ruleSet, ruleSet.advice, practices, maturity, profile),
  };
}

// Once per rule set, not once per project of a monorepo.
const pathGlobMatchers = new WeakMap<readonly CompiledRule[], ReturnType<typeof anyPathGlob>>();

function anyPathGlobOf(compiled: readonly CompiledRule[]): ReturnType<typeof anyPathGlob> {
  let matcher = pathGlobMatchers.get(compiled);
  if (!matcher) {
    matcher = anyPathGlob(
      compiled.flatMap(({ detectors }) => detectors.flatMap(({ pathGlobs }) => pathGlobs)),
    );
    pathGlobMatchers.set(compiled, matcher);
  }
  return matcher;
}

/** No practice applies, so no phase is reached either (every gate being "not applicable" is not phase 3). */
function notAnMlProject(): Maturity {
  return {
    score: null,
    points: { earned: 0, possible: 0, unknown: 0 },
    phase: { current: 0, name: 'Not an ML project', next: null, nextName: null, missing: [] },
  };
}

export function toAssessment({
  maturity,
  advice,
}: ProjectAssessment): Omit<ProjectReport, 'root' | 'isMlProject' | 'practices'> {
  return {
    score: maturity.score,
    points: maturity.points,
    phase: {
      ...maturity.phase,
      missing: maturity.phase.missing.map((requirement) => requirement.practice as PracticeResult['id']),
    },
    advice: advice.items,
    notYet: advice.notYet,
    notes: advice.notes,
  };
}
