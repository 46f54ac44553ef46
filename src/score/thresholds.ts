// Decides whether a report meets the thresholds the team set (fail-below, min-phase).
import type { Maturity } from './maturity.js';

export interface ThresholdResult {
  failBelow: number | null;
  minPhase: number | null;
  passed: boolean;
  reasons: string[];
}

/** `where` names the project for monorepos (empty for the repository itself). A null score never fails. */
export function checkThresholds(
  assessed: { where: string; maturity: Maturity }[],
  failBelow: number | undefined,
  minPhase: number | undefined,
): ThresholdResult {
  const reasons: string[] = [];
  for (const { where, maturity } of assessed) {
    const prefix = where ? `${where}: ` : '';
    if (failBelow !== undefined && maturity.score !== null && maturity.score < failBelow) {
      reasons.push(`${prefix}score ${maturity.score} is below fail-below ${failBelow}`);
    }
    if (minPhase !== undefined && maturity.phase.current < minPhase) {
      reasons.push(
        `${prefix}phase ${maturity.phase.current} (${maturity.phase.name}) is below min-phase ${minPhase}`,
      );
    }
  }
  return { failBelow: failBelow ?? null, minPhase: minPhase ?? null, passed: reasons.length === 0, reasons };
}
