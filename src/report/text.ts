// The terminal report: practices grouped by phase, a little evidence each, diagnostics last. Every string
// that can come from the scanned repository (paths, details, messages, notes) goes through `safe`.
import { neutralizeControls as safe } from './escape.js';
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

  lines.push(`${bold('mlops-maturity')} ${report.tool.version}  ${safe(report.root)}`);
  if (!report.isMlProject) {
    lines.push(
      'Not an ML project: no ML library (scikit-learn, PyTorch, TensorFlow...) and no ML tool was found.',
    );
    lines.push('No practice applies, so there is no score.');
    lines.push(...footerLines(report, dim));
    return `${lines.join('\n')}\n`;
  }
  const signals = report.mlSignals.map((signal) => safe(signal.tool));
  lines.push(`ML project: yes ${dim(`(${listShort(signals)})`)}`);
  const score = report.score === null ? 'no score' : `score ${report.score}/100`;
  lines.push('', bold(`Phase ${report.phase.current} of 3: ${report.phase.name}, ${score}`));
  if (report.delta?.available) {
    const change = report.delta.scoreChange ?? 0;
    const gained = report.delta.gained?.length ? `, gained ${safe(report.delta.gained.join(', '))}` : '';
    const lost = report.delta.lost?.length ? `, lost ${safe(report.delta.lost.join(', '))}` : '';
    lines.push(
      `  Since the base: score ${change >= 0 ? '+' : ''}${change}, phase ${report.delta.basePhase} → ${report.phase.current}${gained}${lost}`,
    );
  } else if (report.delta) {
    lines.push(`  Since the base: not known. ${safe(report.delta.note ?? '')}`);
  }
  if (report.points.unknown > 0)
    lines.push(`  ${report.points.unknown} points unknown (unreadable files), left out of the score`);
  if (!report.thresholds.passed)
    lines.push(paint(31, `  Below threshold: ${safe(report.thresholds.reasons.join('; '))}`));

  const width = Math.max(...report.practices.map((practice) => practice.id.length));
  for (const phase of [...new Set(report.practices.map((practice) => practice.phase))].sort()) {
    lines.push('', bold(`Phase ${phase}`));
    for (const practice of report.practices.filter((candidate) => candidate.phase === phase)) {
      lines.push(...practiceLines(practice, width, perPractice, paint, dim));
    }
  }

  lines.push(...adviceLines(report, bold, dim));
  for (const project of report.projects) {
    if (lines.at(-1) !== '') lines.push('');
    const projectScore = project.score === null ? 'no score' : `score ${project.score}/100`;
    const status = project.isMlProject
      ? `phase ${project.phase.current} ${project.phase.name}, ${projectScore}`
      : 'not an ML project';
    const missing =
      project.phase.missing.length > 0 && project.isMlProject
        ? dim(`  next needs ${project.phase.missing.join(', ')}`)
        : '';
    lines.push(`${bold('Project')} ${safe(project.root)}: ${status}${missing}`);
  }
  lines.push(...footerLines(report, dim));
  return `${lines.join('\n')}\n`;
}

function adviceLines(
  report: Report,
  bold: (text: string) => string,
  dim: (text: string) => string,
): string[] {
  const { phase, profile } = report;
  if (phase.next === null) return ['', bold('Every phase is reached.')];
  const lines = [
    '',
    bold(`Next: phase ${phase.next}, ${phase.nextName} (team ${profile.teamSize}, ${profile.budget} tools)`),
  ];
  for (const item of report.advice) {
    const action = item.upgrade ? 'move to' : item.basis === 'builds-on' ? 'extend' : 'adopt';
    lines.push(`  • ${item.practice}: ${action} ${safe(item.toolName)} (${item.effort} effort)`);
    lines.push(
      ...item.firstStep
        .trimEnd()
        .split('\n')
        .map((line) => dim(`      ${safe(line)}`)),
    );
  }
  for (const note of report.notes) lines.push(`  ! ${safe(note)}`);
  if (report.notYet.length > 0) {
    lines.push(
      dim(`  Not yet for this team: ${safe(report.notYet.map((note) => note.toolName).join(', '))}`),
    );
  }
  return lines;
}

function footerLines(report: Report, dim: (text: string) => string): string[] {
  const lines: string[] = [];
  if (report.diagnostics.length > 0) {
    lines.push('', `Diagnostics (${report.diagnostics.length})`);
    for (const diagnostic of report.diagnostics)
      lines.push(`  ${safe(formatPlace(diagnostic))}: ${safe(diagnostic.message)}`);
  }
  const { filesListed, filesIgnored, filesRead, bytesRead, durationMs } = report.stats;
  const ignored = filesIgnored === undefined ? '' : ` (${filesIgnored} left out by ignore)`;
  lines.push(
    '',
    dim(
      `Listed ${filesListed} files${ignored}, read ${filesRead} (${formatSize(bytesRead)}) in ${durationMs} ms.`,
    ),
  );
  return lines;
}

function practiceLines(
  practice: PracticeResult,
  width: number,
  perPractice: number,
  paint: (code: number, text: string) => string,
  dim: (text: string) => string,
): string[] {
  const mark = paint(COLORS[practice.status], MARKS[practice.status]);
  const lines = [`  ${mark} ${practice.id.padEnd(width)}  ${safe(practice.message)}`];
  for (const item of practice.evidence.slice(0, perPractice)) {
    lines.push(dim(`      ${safe(formatPlace(item))}  ${safe(item.detail)}`));
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
