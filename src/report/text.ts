// The terminal report: practices grouped by phase, a little evidence each, diagnostics last.
import { formatPlace } from './location.js';
import type { PracticeResult, Report, Status } from './model.js';

export interface TextOptions {
  color: boolean;
  /** Evidence lines shown per practice before "+N more". */
  evidencePerPractice?: number;
}

const MARKS: Record<Status, string> = { pass: '✔', fail: '✘', 'not-applicable': '–', unknown: '?' };
const COLORS: Record<Status, number> = { pass: 32, fail: 31, 'not-applicable': 90, unknown: 33 };

export function renderText(report: Report, options: TextOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const dim = (text: string) => paint(2, text);
  const bold = (text: string) => paint(1, text);
  const perPractice = options.evidencePerPractice ?? 3;
  const lines: string[] = [];

  lines.push(`${bold('mlops-maturity')} ${report.tool.version}  ${report.root}`);
  if (report.isMlProject) {
    const signals = report.mlSignals.map((signal) => signal.tool);
    lines.push(`ML project: yes ${dim(`(${listShort(signals)})`)}`);
  } else {
    lines.push('ML project: no (no ML library or ML tool found; practices are not applicable)');
  }

  const width = Math.max(...report.practices.map((practice) => practice.id.length));
  for (const phase of [...new Set(report.practices.map((practice) => practice.phase))].sort()) {
    lines.push('', bold(`Phase ${phase}`));
    for (const practice of report.practices.filter((candidate) => candidate.phase === phase)) {
      lines.push(...practiceLines(practice, width, perPractice, paint, dim));
    }
  }

  if (report.diagnostics.length > 0) {
    lines.push('', bold(`Diagnostics (${report.diagnostics.length})`));
    for (const diagnostic of report.diagnostics)
      lines.push(`  ${formatPlace(diagnostic)}: ${diagnostic.message}`);
  }
  const { filesListed, filesRead, bytesRead, durationMs } = report.stats;
  lines.push(
    '',
    dim(`Listed ${filesListed} files, read ${filesRead} (${formatSize(bytesRead)}) in ${durationMs} ms.`),
  );
  return `${lines.join('\n')}\n`;
}

function practiceLines(
  practice: PracticeResult,
  width: number,
  perPractice: number,
  paint: (code: number, text: string) => string,
  dim: (text: string) => string,
): string[] {
  const mark = paint(COLORS[practice.status], MARKS[practice.status]);
  const lines = [`  ${mark} ${practice.id.padEnd(width)}  ${practice.message}`];
  for (const item of practice.evidence.slice(0, perPractice)) {
    lines.push(dim(`      ${formatPlace(item)}  ${item.detail}`));
  }
  if (practice.evidence.length > perPractice) {
    lines.push(dim(`      … and ${practice.evidence.length - perPractice} more`));
  }
  return lines;
}

function listShort(names: readonly string[]): string {
  return names.length <= 5
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
