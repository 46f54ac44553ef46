// What a pull request changes: score and phase against its base, and the practices gained or lost.
import type { Delta, PracticeResult, StatusChange } from '../report/model.js';

interface Assessed {
  score: number | null;
  phase: { current: number };
  practices: readonly PracticeResult[];
}

/**
 * Compares like with like: both sides are scored by the same rules and configuration, and an unknown
 * practice stays in both denominators, so a file that breaks in the pull request lowers the score instead of
 * leaving it. A score is comparable only when both sides have one.
 */
export function compareReports(base: Assessed, head: Assessed): Delta {
  const before = new Map(base.practices.map((practice) => [practice.id, practice]));
  const gained: PracticeResult['id'][] = [];
  const lost: PracticeResult['id'][] = [];
  const changes: StatusChange[] = [];
  for (const practice of head.practices) {
    const previous = before.get(practice.id);
    const from = previous?.status ?? 'not-applicable';
    if (from === practice.status) continue;
    const was = previous?.evidence[0];
    changes.push({ practice: practice.id, from, to: practice.status, ...(was ? { was } : {}) });
    if (practice.status === 'pass') gained.push(practice.id);
    // A practice the configuration now declares not applicable is a decision, not a loss.
    if (from === 'pass' && practice.status !== 'not-applicable') lost.push(practice.id);
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
    changes,
  };
}

/**
 * A regression: the pull request lowers the score or the phase, or hides a passing practice behind a file
 * that can no longer be read (pass → unknown), whatever else it gains.
 */
export function isRegression(delta: Delta): boolean {
  if (!delta.available) return false;
  if ((delta.scoreChange ?? 0) < 0 || (delta.phaseChange ?? 0) < 0) return true;
  return (delta.changes ?? []).some((change) => change.from === 'pass' && change.to === 'unknown');
}

/** Why the regression check fails, for the step's error line; undefined when it passes. */
export function describeRegression(delta: Delta): string | undefined {
  if (!isRegression(delta)) return undefined;
  if ((delta.scoreChange ?? 0) < 0) return 'this pull request lowers the score';
  if ((delta.phaseChange ?? 0) < 0) return 'this pull request lowers the phase';
  const hidden = (delta.changes ?? [])
    .filter((change) => change.from === 'pass' && change.to === 'unknown')
    .map((change) => change.practice);
  return `this pull request makes ${hidden.join(', ')} unknown (a file that proved it can no longer be read)`;
}
