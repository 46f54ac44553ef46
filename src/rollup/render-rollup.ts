// Renders a roll-up as Markdown (a job summary), JSON (the next roll-up's `--previous`) or CSV (a sheet).
// Names and titles come from other repositories' reports: Markdown escapes them, CSV quotes them and keeps
// a spreadsheet from reading them as formulas.
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import type { Rollup, RollupRepository } from './rollup.js';

const PHASE_NAMES = ['Ad hoc', 'Foundations', 'Automation', 'Operations at scale'];
/** Rows of the repository table shown before the rest folds away. */
const TABLE_ROWS_OPEN = 50;

export function renderRollupJson(rollup: Rollup): string {
  return `${JSON.stringify(rollup, null, 2)}\n`;
}

export function renderRollupMarkdown(rollup: Rollup): string {
  const repos = rollup.repositories;
  const ml = repos.filter((repo) => repo.isMlProject);
  const scored = ml.filter((repo) => repo.score !== null);
  const median = medianOf(scored.map((repo) => repo.score as number));
  const regressed = repos.filter((repo) => repo.regressed);
  const stale = repos.filter((repo) => repo.stale);
  const lines = [
    `### MLOps maturity across ${plural(repos.length, 'repository', 'repositories')}`,
    '',
    [
      `${ml.length} with ML`,
      median === null ? undefined : `median score **${median}**`,
      `${regressed.length} regressed`,
      `${stale.length} stale (over ${rollup.staleDays} days)`,
    ]
      .filter(Boolean)
      .join(' · '),
    '',
    '| Phase | Repositories | |',
    '|---|---:|---|',
    ...rollup.phases.map(
      (count, phase) => `| ${phase} ${PHASE_NAMES[phase]} | ${count} | ${bar(count, ml.length)} |`,
    ),
    `| no ML found | ${rollup.notMl} | |`,
    '',
  ];
  if (rollup.missingMost.length > 0) {
    lines.push('**Missing most often**', '');
    for (const missing of rollup.missingMost.slice(0, 10)) {
      lines.push(
        `- ${escapeMarkdown(missing.title)} ${codeSpan(missing.practice)}: ${missing.count} of ${ml.length} (${Math.round(missing.share * 100)}%)`,
      );
    }
    lines.push('');
  }
  if (regressed.length > 0) {
    lines.push('**Regressed**', '');
    for (const repo of regressed)
      lines.push(`- ${name(repo)}: ${escapeMarkdown(repo.regressions.join('; '))}`);
    lines.push('');
  }
  if (stale.length > 0) {
    lines.push(`**Stale reports** (scanned over ${rollup.staleDays} days ago)`, '');
    for (const repo of stale) lines.push(`- ${name(repo)}: ${repo.scannedAt.slice(0, 10)}`);
    lines.push('');
  }
  const header = ['| Repository | Phase | Score | Change | Scanned |', '|---|---:|---:|---:|---|'];
  const rows = repos.map(
    (repo) =>
      `| ${name(repo)} | ${repo.isMlProject ? repo.phase : '–'} | ${repo.score ?? '–'} | ${change(repo)} | ${repo.scannedAt.slice(0, 10)} |`,
  );
  lines.push(...header, ...rows.slice(0, TABLE_ROWS_OPEN), '');
  if (rows.length > TABLE_ROWS_OPEN) {
    lines.push(
      `<details><summary>${rows.length - TABLE_ROWS_OPEN} more repositories</summary>`,
      '',
      ...header,
      ...rows.slice(TABLE_ROWS_OPEN),
      '',
      '</details>',
      '',
    );
  }
  if (rollup.errors.length > 0) {
    lines.push(`**Reports not read** (${rollup.errors.length})`, '');
    for (const error of rollup.errors.slice(0, 20))
      lines.push(`- ${codeSpan(error.file)}: ${escapeMarkdown(error.message)}`);
    if (rollup.errors.length > 20) lines.push(`- and ${rollup.errors.length - 20} more`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const CSV_COLUMNS = [
  'repository',
  'ml',
  'phase',
  'score',
  'score_change',
  'phase_change',
  'regressed',
  'stale',
  'scanned_at',
  'missing',
] as const;

export function renderRollupCsv(rollup: Rollup): string {
  const rows = rollup.repositories.map((repo) =>
    [
      repo.name,
      repo.isMlProject,
      repo.isMlProject ? repo.phase : '',
      repo.score ?? '',
      repo.scoreChange ?? '',
      repo.phaseChange ?? '',
      repo.regressed,
      repo.stale,
      repo.scannedAt,
      repo.missing.join(' '),
    ]
      .map((cell) => csvCell(String(cell)))
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; a leading `= + - @` (or tab/CR) is prefixed with `'` so no sheet runs it as a formula. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function name(repo: RollupRepository): string {
  return escapeMarkdown(repo.name);
}

function change(repo: RollupRepository): string {
  if (repo.scoreChange === null) return '–';
  return repo.scoreChange > 0
    ? `+${repo.scoreChange}`
    : repo.scoreChange === 0
      ? '0'
      : `−${-repo.scoreChange}`;
}

function bar(count: number, total: number): string {
  return total === 0 ? '' : '█'.repeat(Math.round((count / total) * 20));
}

function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 ? upper : Math.round(((sorted[middle - 1] ?? upper) + upper) / 2);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
