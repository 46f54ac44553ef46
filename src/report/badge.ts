// The report as a shields.io endpoint badge (https://shields.io/badges/endpoint-badge): a JSON file a
// workflow publishes, which img.shields.io/endpoint?url=... draws. No hosted service of ours.
import type { Report } from './model.js';

/** Colours by phase, from red (ad hoc) to bright green (operations at scale). */
const PHASE_COLORS = ['red', 'orange', 'yellowgreen', 'brightgreen'] as const;

export interface Badge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

export function badgeOf(report: Report): Badge {
  if (!report.isMlProject)
    return { schemaVersion: 1, label: 'MLOps maturity', message: 'not an ML project', color: 'lightgrey' };
  const score = report.score === null ? '' : ` · ${report.score}`;
  return {
    schemaVersion: 1,
    label: 'MLOps maturity',
    message: `phase ${report.phase.current}${score}`,
    color: PHASE_COLORS[report.phase.current] ?? 'lightgrey',
  };
}

export function renderBadge(report: Report): string {
  return `${JSON.stringify(badgeOf(report), null, 2)}\n`;
}
