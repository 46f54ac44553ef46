// Merges per-repository reports into one organisation view: phases, the practices missing most, who
// regressed since the previous roll-up, whose report is stale.
import type { ReportReadError, RollupEntry } from './read-reports.js';

export interface RollupRepository {
  name: string;
  isMlProject: boolean;
  score: number | null;
  phase: number;
  /** Against the previous roll-up; null when the repository was not in it (or either score is null). */
  scoreChange: number | null;
  phaseChange: number | null;
  regressed: boolean;
  /** Why it counts as regressed, one short phrase each. */
  regressions: string[];
  stale: boolean;
  scannedAt: string;
  missing: string[];
}

export interface Rollup {
  schemaVersion: 1;
  generatedAt: string;
  staleDays: number;
  repositories: RollupRepository[];
  /** ML repositories per phase 0–3; non-ML repositories have no phase and are counted apart. */
  phases: number[];
  notMl: number;
  missingMost: { practice: string; title: string; count: number; share: number }[];
  errors: ReportReadError[];
  /** Reports dropped because a newer report of the same repository was given. */
  superseded: string[];
}

export interface RollupOptions {
  now: Date;
  staleDays: number;
  previous?: Rollup;
}

const DAY_MS = 86_400_000;

export function rollUp(
  entries: readonly RollupEntry[],
  errors: ReportReadError[],
  options: RollupOptions,
): Rollup {
  const { latest, superseded } = newestPerRepository(entries);
  const before = new Map((options.previous?.repositories ?? []).map((repo) => [repo.name, repo]));
  const staleBefore = options.now.getTime() - options.staleDays * DAY_MS;
  const repositories = latest.map((entry) => compare(entry, before.get(entry.name), staleBefore));
  const ml = latest.filter((entry) => entry.isMlProject);
  const phases = [0, 0, 0, 0];
  for (const entry of ml) phases[entry.phase] = (phases[entry.phase] ?? 0) + 1;
  return {
    schemaVersion: 1,
    generatedAt: options.now.toISOString(),
    staleDays: options.staleDays,
    repositories,
    phases,
    notMl: latest.length - ml.length,
    missingMost: missingMost(ml),
    errors,
    superseded,
  };
}

function newestPerRepository(entries: readonly RollupEntry[]) {
  const byName = new Map<string, RollupEntry>();
  const superseded: string[] = [];
  for (const entry of entries) {
    const seen = byName.get(entry.name);
    if (!seen) byName.set(entry.name, entry);
    else if (entry.scannedAt > seen.scannedAt) {
      superseded.push(seen.file);
      byName.set(entry.name, entry);
    } else superseded.push(entry.file);
  }
  const latest = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { latest, superseded };
}

function compare(
  entry: RollupEntry,
  previous: RollupRepository | undefined,
  staleBefore: number,
): RollupRepository {
  const scoreChange =
    previous && previous.score !== null && entry.score !== null ? entry.score - previous.score : null;
  const phaseChange = previous?.isMlProject && entry.isMlProject ? entry.phase - previous.phase : null;
  const regressions: string[] = [];
  if (scoreChange !== null && scoreChange < 0) regressions.push(`score ${previous?.score} → ${entry.score}`);
  if (phaseChange !== null && phaseChange < 0) regressions.push(`phase ${previous?.phase} → ${entry.phase}`);
  if (entry.lost.length > 0) regressions.push(`lost ${entry.lost.join(', ')}`);
  return {
    name: entry.name,
    isMlProject: entry.isMlProject,
    score: entry.score,
    phase: entry.phase,
    scoreChange,
    phaseChange,
    regressed: regressions.length > 0,
    regressions,
    stale: Date.parse(entry.scannedAt) < staleBefore,
    scannedAt: entry.scannedAt,
    missing: entry.missing,
  };
}

function missingMost(ml: readonly RollupEntry[]): Rollup['missingMost'] {
  const counts = new Map<string, { title: string; count: number }>();
  for (const entry of ml) {
    for (const practice of entry.missing) {
      const counted = counts.get(practice) ?? { title: entry.titles[practice] ?? practice, count: 0 };
      counted.count += 1;
      counts.set(practice, counted);
    }
  }
  return [...counts.entries()]
    .map(([practice, { title, count }]) => ({
      practice,
      title,
      count,
      share: ml.length ? count / ml.length : 0,
    }))
    .sort((a, b) => b.count - a.count || (a.practice < b.practice ? -1 : 1));
}
