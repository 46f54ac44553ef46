// What a pull request changes: score and phase against its base, and the practices gained or lost.
import type { Delta, PracticeResult } from '../report/model.js';

interface Assessed {
  score: number | null;
  phase: { current: number };
  practices: readonly PracticeResult[];
}

export function compareReports(base: Assessed, head: Assessed): Delta {
  const before = new Map(base.practices.map((practice) => [practice.id, practice.status]));
  const gained: PracticeResult['id'][] = [];
  const lost: PracticeResult['id'][] = [];
  for (const practice of head.practices) {
    const previous = before.get(practice.id);
    if (practice.status === 'pass' && previous !== 'pass') gained.push(practice.id);
    if (practice.status !== 'pass' && previous === 'pass' && practice.status !== 'not-applicable')
      lost.push(practice.id);
  }
  const scoreChange = base.score === null || head.score === null ? null : head.score - base.score;
  return {
    available: true,
    baseScore: base.score,
    basePhase: base.phase.current,
    scoreChange,
    phaseChange: head.phase.current - base.phase.current,
    gained,
    lost,
  };
}

/** A regression: the pull request lowers the score or the phase. */
export function isRegression(delta: Delta): boolean {
  return delta.available && ((delta.scoreChange ?? 0) < 0 || (delta.phaseChange ?? 0) < 0);
}
