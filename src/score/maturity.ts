// Practices -> score (0–100, weighted) and phase (gated: a phase needs every practice up to it).
import type { RuleSet } from '../engine/load-rules.js';
import type { PracticeResult } from '../report/model.js';
import { type PhaseNumber, phaseName } from './phases.js';

export interface Requirement {
  practice: string;
  /** Set when the phase needs the practice passed with one of these phase-3-grade tools. */
  advancedTools?: string[];
}

export interface Maturity {
  /** null when no practice counts (all not applicable or unknown). */
  score: number | null;
  points: { earned: number; possible: number; unknown: number };
  phase: {
    current: PhaseNumber;
    name: string;
    next: PhaseNumber | null;
    nextName: string | null;
    /** What the next phase still needs, in practice order. */
    missing: Requirement[];
  };
}

/** What each phase requires beyond the ones below it. Phase 3 also needs phase-3-grade serving and orchestration. */
export function phaseRequirements(ruleSet: RuleSet): Map<PhaseNumber, Requirement[]> {
  const requirements = new Map<PhaseNumber, Requirement[]>([
    [1, []],
    [2, []],
    [3, []],
  ]);
  for (const rule of ruleSet.rules) requirements.get(rule.phase as PhaseNumber)!.push({ practice: rule.id });
  for (const rule of ruleSet.rules) {
    const advancedTools = rule.detect
      .filter((detector) => detector.advanced)
      .map((detector) => detector.tool);
    if (advancedTools.length > 0 && rule.phase < 3)
      requirements.get(3)!.push({ practice: rule.id, advancedTools });
  }
  return requirements;
}

function isMet(requirement: Requirement, practices: ReadonlyMap<string, PracticeResult>): boolean {
  const practice = practices.get(requirement.practice);
  if (!practice) return false;
  if (practice.status === 'not-applicable') return true;
  if (practice.status !== 'pass') return false;
  return (
    !requirement.advancedTools || practice.tools.some((tool) => requirement.advancedTools!.includes(tool))
  );
}

/**
 * Scores practices: each passing practice earns its weight; not-applicable ones leave the denominator. An
 * unknown practice (a file that could have proved it was unreadable) earns nothing and stays in the
 * denominator, so breaking a file can never raise the score; its weight is also counted in `points.unknown`
 * (see scoreIfKnown). Same input, same result.
 */
export function assessMaturity(ruleSet: RuleSet, practices: readonly PracticeResult[]): Maturity {
  let earned = 0;
  let possible = 0;
  let unknown = 0;
  for (const practice of practices) {
    if (practice.status === 'pass') earned += practice.weight;
    if (practice.status !== 'not-applicable') possible += practice.weight;
    if (practice.status === 'unknown') unknown += practice.weight;
  }
  const byId = new Map(practices.map((practice) => [practice.id, practice]));
  const requirements = phaseRequirements(ruleSet);
  let current: PhaseNumber = 0;
  for (const phase of [1, 2, 3] as const) {
    if (!requirements.get(phase)!.every((requirement) => isMet(requirement, byId))) break;
    current = phase;
  }
  const next = current < 3 ? ((current + 1) as PhaseNumber) : null;
  const missing =
    next === null ? [] : requirements.get(next)!.filter((requirement) => !isMet(requirement, byId));
  return {
    score: possible === 0 ? null : Math.round((100 * earned) / possible),
    points: { earned, possible, unknown },
    phase: {
      current,
      name: phaseName(current),
      next,
      nextName: next === null ? null : phaseName(next),
      missing,
    },
  };
}

/**
 * The score once every unknown practice is known and passes: how far fixing the unreadable files could raise
 * it. Null when there is no score.
 */
export function scoreIfKnown(points: { earned: number; possible: number; unknown: number }): number | null {
  return points.possible === 0
    ? null
    : Math.round((100 * (points.earned + points.unknown)) / points.possible);
}
