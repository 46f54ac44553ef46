// The terminal report: practices grouped by phase, a little evidence each, diagnostics last. Every string
// that can come from the scanned repository (paths, details, messages, notes) goes through `safe`.
import { groupDiagnostics } from './diagnostic-groups.js';
import { neutralizeControls as safe } from './escape.js';
import { formatPlace } from './location.js';
import type { PracticeResult, Report, Status } from './model.js';

export interface TextOptions {
  color: boolean;
  /** Evidence lines shown per practice before "+N more". */
  evidencePerPractice?: number;
  /** Groups of like diagnostics shown before "… and N more". */
  diagnosticGroups?: number;
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
    // The practices found are still shown (#13); only the score and the phase need ML.
    lines.push(`No ML found, so no score and no phase. ${safe(lookedForText(report))}`);
    lines.push(...practiceSections(report, perPractice, paint, dim, bold));
    lines.push(...footerLines(report, dim, options.diagnosticGroups));
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

  lines.push(...practiceSections(report, perPractice, paint, dim, bold));

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
  lines.push(...footerLines(report, dim, options.diagnosticGroups));
  return `${lines.join('\n')}\n`;
}

/** `Looked for ML libraries and tools: scikit-learn, pytorch, … and 40 more.` */
function lookedForText(report: Report): string {
  const names = report.mlLookedFor ?? [];
  if (names.length === 0) return 'Looked for ML libraries and ML tools.';
  return `Looked for ML libraries, model files and ML tools: ${listShort(names)}.`;
}

function practiceSections(
  report: Report,
  perPractice: number,
  paint: (code: number, text: string) => string,
  dim: (text: string) => string,
  bold: (text: string) => string,
): string[] {
  const lines: string[] = [];
  const width = Math.max(...report.practices.map((practice) => practice.id.length));
  for (const phase of [...new Set(report.practices.map((practice) => practice.phase))].sort()) {
    lines.push('', bold(`Phase ${phase}`));
    for (const practice of report.practices.filter((candidate) => candidate.phase === phase)) {
      lines.push(...practiceLines(practice, width, perPractice, paint, dim));
    }
  }
  return lines;
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

function footerLines(report: Report, dim: (text: string) => string, maxGroups = 20): string[] {
  const lines: string[] = [];
  if (report.diagnostics.length > 0) {
    lines.push('', `Diagnostics (${report.diagnostics.length})`);
    const groups = groupDiagnostics(report.diagnostics);
    for (const { first, moreLines } of groups.slice(0, maxGroups)) {
      lines.push(`  ${safe(formatPlace(first))}: ${safe(first.message)}`);
      if (moreLines.length > 0)
        lines.push(dim(`      and ${moreLines.length} more like it${linesOf(moreLines)}`));
    }
    const hidden = groups.slice(maxGroups);
    if (hidden.length > 0) {
      const count = hidden.reduce((sum, group) => sum + 1 + group.moreLines.length, 0);
      const files = new Set(hidden.map((group) => group.first.path)).size;
      lines.push(
        `  … and ${count} more in ${files} ${files === 1 ? 'file' : 'files'} (--format json lists them all)`,
      );
    }
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

/** ` (lines 4, 5, 6 … 245)`: the first few and the last of a group's other lines. */
function linesOf(lines: (number | undefined)[]): string {
  const known = lines.filter((line): line is number => line !== undefined);
  if (known.length === 0) return '';
  const shown = known.length <= 4 ? known.join(', ') : `${known.slice(0, 3).join(', ')} … ${known.at(-1)}`;
  return ` (${known.length === 1 ? 'line' : 'lines'} ${shown})`;
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
