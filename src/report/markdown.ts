// The Markdown report (PR comment and job summary): headline, phase progress, practice table,
// collapsible evidence, next-phase advice, diagnostics, footer. Every repository string goes through escape.ts.

import { percentEncodeSegment } from '../repo/path-bytes.js';
import { scoreIfKnown } from '../score/maturity.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import type { AdviceItem, Evidence, PracticeResult, ProjectReport, Report, Status } from './model.js';
import { practiceLabel } from './practice-label.js';

export interface MarkdownOptions {
  /** `https://github.com/o/r/blob/<sha>/`: evidence becomes links to that commit. */
  linkBase?: string;
  /** Evidence lines listed per practice in the details before "+N more". */
  evidencePerPractice?: number;
  /** The body is kept under this many characters (GitHub's comment limit is 65,536). */
  maxLength?: number;
  /** A first line such as the hidden marker the action finds its comment by. */
  marker?: string;
}

export const MARKS: Record<Status, string> = {
  pass: '✅',
  fail: '❌',
  'not-applicable': '➖',
  unknown: '❔',
};
const PHASE_NAMES = ['Ad hoc', 'Foundations', 'Automation', 'Operations at scale'];
const TEAM_LABELS = { small: '1–5 people', medium: '6–20 people', large: '20+ people' } as const;
const DEFAULT_MAX_LENGTH = 60_000;

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const full = renderWith(report, options, 'full');
  if (full.length <= maxLength) return full;
  const brief = renderWith(report, { ...options, evidencePerPractice: 3 }, 'brief');
  if (brief.length <= maxLength) return brief;
  return renderWith(report, options, 'headline');
}

export type Detail = 'full' | 'brief' | 'headline';

function renderWith(report: Report, options: MarkdownOptions, detail: Detail): string {
  const link = linker(options.linkBase);
  const lines: string[] = options.marker ? [options.marker] : [];
  lines.push(...headline(report), '');
  if (report.delta) lines.push(...deltaLines(report), '');
  lines.push(...reportBody(report, link, detail, options.evidencePerPractice ?? 10));
  lines.push(footer(report));
  return `${lines.join('\n')}\n`;
}

/**
 * Everything below the headline: practices, evidence, advice, projects, diagnostics. The pull-request comment
 * puts it inside a <details>; the job summary and the CLI show it open.
 */
export function reportBody(report: Report, link: Linker, detail: Detail, evidencePerPractice = 10): string[] {
  const lines: string[] = [];
  if (!report.isMlProject) {
    lines.push(noMlLine(report), '');
    const found = report.practices.filter((practice) => practice.status === 'pass');
    if (found.length > 0 && detail !== 'headline') lines.push(...practiceList(found, link), '');
  } else if (detail !== 'headline') {
    lines.push(...practiceSections(report.practices, link), '');
    if (detail === 'full') lines.push(...evidenceDetails(report.practices, link, evidencePerPractice), '');
    lines.push(...adviceSection(report), '');
  }
  if (report.projects.length > 0) lines.push(...projectSection(report.projects, detail), '');
  if (detail === 'headline') {
    lines.push(
      'The full report is too long for a comment: see the job summary or run `mlops-maturity scan --format markdown`.',
      '',
    );
  } else if (detail === 'brief') {
    lines.push('_Evidence was shortened to fit; the JSON report (`--format json`) has all of it._', '');
  }
  if (report.diagnostics.length > 0 && detail !== 'headline')
    lines.push(...diagnosticsSection(report, link), '');
  return lines;
}

/** The practices found are still listed (#13); only the score and the phase need ML. */
function noMlLine(report: Report): string {
  const names = report.mlLookedFor ?? [];
  const shown = names.length <= 12 ? names : [...names.slice(0, 10), `and ${names.length - 10} more`];
  const lookedFor =
    shown.length > 0 ? ` Looked for ML libraries, model files and ML tools: ${shown.join(', ')}.` : '';
  return escapeMarkdown(`No ML found, so no score and no phase.${lookedFor}`);
}

function headline(report: Report): string[] {
  const { phase, score } = report;
  if (!report.isMlProject) return ['### MLOps maturity: not an ML project · no score'];
  const scoreText = score === null ? 'no score' : `score **${score}**/100`;
  const lines = [
    `### MLOps maturity: phase ${phase.current} of 3, ${phase.name} · ${scoreText}`,
    '',
    progressLine(phase.current),
  ];
  const unknown = unknownLine(report);
  if (unknown) lines.push('', unknown);
  if (!report.thresholds.passed) {
    lines.push(
      '',
      `**Below the team's threshold:** ${report.thresholds.reasons.map(escapeMarkdown).join('; ')}.`,
    );
  }
  return lines;
}

/**
 * What is unknown, which files hide it and how far the score could rise: "❔ Unknown: CI/CD: `ci.yml` could
 * not be read. The score counts it as not met; with that file fixed it could reach 86." `isBrief` leaves
 * out the names and files, for a comment that listed them just above.
 */
export function unknownLine(report: Report, isBrief = false): string | undefined {
  const unknown = report.practices.filter((practice) => practice.status === 'unknown');
  if (unknown.length === 0) return undefined;
  const files = [
    ...new Set(unknown.flatMap((practice) => (practice.hiddenBy ?? []).map((item) => item.path))),
  ];
  const ceiling = scoreIfKnown(report.points);
  const canRise = ceiling !== null && report.score !== null && ceiling > report.score;
  const fixed = files.length === 1 ? 'that file' : 'those files';
  if (isBrief) {
    const rise = canRise ? `; with ${fixed} fixed the score could reach ${ceiling}` : '';
    return `❔ Unknown practices count as not met${rise}.`;
  }
  const names = unknown.map((practice) => practiceLabel(practice.id)).join(', ');
  const shown = files.slice(0, 3).map(codeSpan).join(', ');
  const more = files.length > 3 ? ` and ${files.length - 3} more` : '';
  const where = files.length === 0 ? 'some files' : `${shown}${more}`;
  const them = unknown.length === 1 ? 'it' : 'them';
  const rise = canRise
    ? ` The score counts ${them} as not met; with ${fixed} fixed it could reach ${ceiling}.`
    : '';
  return `❔ **Unknown:** ${escapeMarkdown(names)}: ${where} could not be read.${rise}`;
}

function deltaLines(report: Report): string[] {
  const delta = report.delta!;
  if (!delta.available)
    return [`_Change against the base branch: not known. ${escapeMarkdown(delta.note ?? '')}_`];
  const signed = (value: number) => (value > 0 ? `+${value}` : value === 0 ? '±0' : `${value}`);
  const score =
    delta.baseScore === null || delta.baseScore === undefined || report.score === null
      ? 'score not comparable'
      : `score ${delta.baseScore} → ${report.score} (${signed(delta.scoreChange ?? 0)})`;
  const phase = `phase ${delta.basePhase} → ${report.phase.current}`;
  const lines = [`**This pull request:** ${score}, ${phase}.`];
  const gained = delta.gained ?? [];
  const lost = delta.lost ?? [];
  if (gained.length > 0) lines.push(`Gained: ${gained.map((id) => `✅ ${codeSpan(id)}`).join(', ')}.`);
  if (lost.length > 0) lines.push(`Lost: ${lost.map((id) => `❌ ${codeSpan(id)}`).join(', ')}.`);
  if (gained.length === 0 && lost.length === 0) lines.push('No practice changed.');
  return [lines.join(' ')];
}

function progressLine(current: number): string {
  return PHASE_NAMES.map((name, phase) => {
    const label = `${phase} ${name}`;
    if (phase === current) return `**▶ ${label}**`;
    return phase < current ? `✔ ${label}` : `○ ${label}`;
  }).join(' → ');
}

/** Practices as lists grouped by phase: a list wraps in a narrow column where a five-column table scrolls. */
function practiceSections(practices: readonly PracticeResult[], link: Linker): string[] {
  const lines: string[] = [];
  for (const phase of [...new Set(practices.map((practice) => practice.phase))].sort()) {
    const inPhase = practices.filter((practice) => practice.phase === phase);
    const met = inPhase.filter(
      (practice) => practice.status === 'pass' || practice.status === 'not-applicable',
    );
    lines.push(
      `**Phase ${phase}, ${escapeMarkdown(PHASE_NAMES[phase] ?? '')}** (${met.length} of ${inPhase.length})`,
      '',
      ...practiceList(inPhase, link),
      '',
    );
  }
  return lines.slice(0, -1);
}

function practiceList(practices: readonly PracticeResult[], link: Linker): string[] {
  return practices.map((practice) => {
    // The id is what `mlops-maturity explain` and the configuration take.
    const title = `${MARKS[practice.status]} ${escapeMarkdown(practice.title)} ${codeSpan(practice.id)}`;
    const first = practice.evidence[0];
    if (first) {
      const more = practice.evidence.length > 1 ? ` +${practice.evidence.length - 1}` : '';
      return `- ${title}: ${escapeMarkdown(practice.toolNames.join(', '))} · ${link(first)}${more}`;
    }
    // "Not found. Looked for …" is what every failing check says; `explain` lists it. Say only a cause.
    if (practice.status === 'fail' && practice.message.startsWith('Not found.')) return `- ${title}`;
    return `- ${title}: ${escapeMarkdown(practice.message)}`;
  });
}

function evidenceDetails(practices: readonly PracticeResult[], link: Linker, perPractice: number): string[] {
  const withEvidence = practices.filter((practice) => practice.evidence.length > 0);
  if (withEvidence.length === 0) return [];
  const total = withEvidence.reduce((sum, practice) => sum + practice.evidence.length, 0);
  const lines = [`<details><summary>Evidence (${total})</summary>`, ''];
  for (const practice of withEvidence) {
    lines.push(`**${escapeMarkdown(practice.title)}**`, '');
    for (const item of practice.evidence.slice(0, perPractice)) {
      lines.push(`- ${link(item)} ${codeSpan(item.detail)}`);
    }
    if (practice.evidence.length > perPractice)
      lines.push(`- … and ${practice.evidence.length - perPractice} more`);
    lines.push('');
  }
  lines.push('</details>');
  return lines;
}

function adviceSection(report: Report): string[] {
  const { phase, profile } = report;
  if (phase.next === null)
    return ['### Next steps', '', 'Every phase is reached. Keep the practices passing as the project grows.'];
  const lines = [
    `### Next steps to phase ${phase.next}, ${escapeMarkdown(phase.nextName ?? '')} (team of ${TEAM_LABELS[profile.teamSize]}, ${profile.budget} tools)`,
    '',
  ];
  for (const [position, item] of report.advice.entries()) lines.push(...adviceItem(item, position + 1), '');
  for (const note of report.notes) lines.push(`> ${escapeMarkdown(note)}`, '');
  if (report.notYet.length > 0) {
    lines.push('<details><summary>Not yet: tools the guide finds too heavy for this team</summary>', '');
    for (const note of report.notYet)
      lines.push(`- **${escapeMarkdown(note.toolName)}**: ${escapeMarkdown(note.reason)}`);
    lines.push('', '</details>');
  }
  return lines;
}

function adviceItem(item: AdviceItem, number: number): string[] {
  const action = item.upgrade ? 'Move to' : item.basis === 'builds-on' ? 'Extend' : 'Adopt';
  return [
    `${number}. **${escapeMarkdown(item.title)}**: ${action} ${escapeMarkdown(item.toolName)} (${item.effort} effort). ${escapeMarkdown(item.why)}`,
    '',
    fence(item.firstStep, '   '),
  ];
}

/** A fenced block that no line of the text can close early. */
function fence(text: string, indent: string): string {
  const longestRun = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const marker = '`'.repeat(longestRun + 1);
  const body = text
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`);
  return [`${indent}${marker}`, ...body, `${indent}${marker}`].join('\n');
}

/** Rows shown in the compact forms; the rest are counted. */
const MAX_PROJECT_ROWS = 100;

function projectSection(projects: readonly ProjectReport[], detail: Detail): string[] {
  const lines = [
    '### Projects',
    '',
    '| Project | Phase | Score | Missing for the next phase |',
    '|---|---|---|---|',
  ];
  const shown = detail === 'full' ? projects : projects.slice(0, MAX_PROJECT_ROWS);
  for (const project of shown) {
    const score = project.score === null ? '—' : String(project.score);
    const missing = project.isMlProject
      ? project.phase.missing.map((id) => codeSpan(id)).join(', ') || '—'
      : 'not an ML project';
    lines.push(
      `| ${cellCode(project.root)} | ${project.phase.current} ${project.phase.name} | ${score} | ${missing} |`,
    );
  }
  if (shown.length < projects.length) {
    lines.push('', `… and ${projects.length - shown.length} more projects (all are in the JSON report).`);
  }
  if (detail === 'full') {
    for (const project of projects.filter((candidate) => candidate.isMlProject)) {
      const marks = project.practices
        .map((practice) => `${MARKS[practice.status]} ${codeSpan(practice.id)}`)
        .join(' ');
      lines.push(
        '',
        `<details><summary>${escapeMarkdown(project.root)}</summary>`,
        '',
        marks,
        '',
        '</details>',
      );
    }
  }
  return lines;
}

/** A code span inside a table cell: GFM splits cells on `|` even inside code, unless it is escaped. */
function cellCode(text: string): string {
  return codeSpan(text).replaceAll('|', '\\|');
}

function diagnosticsSection(report: Report, link: Linker): string[] {
  const lines = [
    `<details><summary>Diagnostics (${report.diagnostics.length}): files that could not be read fully</summary>`,
    '',
  ];
  for (const diagnostic of report.diagnostics.slice(0, 50)) {
    lines.push(`- ${link(diagnostic)}: ${escapeMarkdown(diagnostic.message)}`);
  }
  if (report.diagnostics.length > 50) lines.push(`- … and ${report.diagnostics.length - 50} more`);
  lines.push('', '</details>');
  return lines;
}

export function footer(report: Report): string {
  const { filesListed, filesRead } = report.stats;
  return `<sub>mlops-maturity ${report.tool.version} · ${filesListed} files listed, ${filesRead} read · team of ${TEAM_LABELS[report.profile.teamSize]}, ${report.profile.budget} tools</sub>`;
}

export type Linker = (place: Pick<Evidence, 'path' | 'cell'> & { line?: number }) => string;

/** `path:line` as text, or as a link to the line at `linkBase` (notebook cells link to the file). */
export function linker(linkBase: string | undefined): Linker {
  return ({ path, line, cell }) => {
    const cellText = cell === undefined ? '' : ` cell ${cell + 1}`;
    const label = escapeMarkdown(`${path}${cellText}${line === undefined ? '' : `:${line}`}`);
    if (!linkBase) return label;
    const url = `${linkBase}${path.split('/').map(percentEncodeSegment).join('/')}${line !== undefined && cell === undefined ? `#L${line}` : ''}`;
    return `[${label}](${url})`;
  };
}
