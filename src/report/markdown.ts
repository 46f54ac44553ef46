// The Markdown report (PR comment and job summary): headline, phase progress, practice table,
// collapsible evidence, next-phase advice, diagnostics, footer. Every repository string goes through escape.ts.
import { codeSpan, escapeMarkdown } from './escape.js';
import type { AdviceItem, Evidence, PracticeResult, ProjectReport, Report, Status } from './model.js';

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

const MARKS: Record<Status, string> = { pass: '✅', fail: '❌', 'not-applicable': '➖', unknown: '❔' };
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

type Detail = 'full' | 'brief' | 'headline';

function renderWith(report: Report, options: MarkdownOptions, detail: Detail): string {
  const link = linker(options.linkBase);
  const lines: string[] = options.marker ? [options.marker] : [];
  lines.push(...headline(report), '');
  if (report.delta) lines.push(...deltaLines(report), '');
  if (!report.isMlProject) lines.push(noMlLine(report), '');
  if (detail !== 'headline') {
    lines.push(...practiceTable(report.practices, link), '');
    if (detail === 'full')
      lines.push(...evidenceDetails(report.practices, link, options.evidencePerPractice ?? 10), '');
    // Advice leads to the next phase; with no ML there is no phase to reach.
    if (report.isMlProject) lines.push(...adviceSection(report), '');
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
  lines.push(footer(report));
  return `${lines.join('\n')}\n`;
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
  const scoreText = score === null ? 'no score' : `score **${score}**/100`;
  const lines = [
    `### MLOps maturity: phase ${phase.current} of 3, ${phase.name} · ${scoreText}`,
    '',
    progressLine(phase.current),
  ];
  if (report.points.unknown > 0) {
    lines.push(
      '',
      `❔ ${report.points.unknown} points could not be judged (files that could not be read); the score leaves them out.`,
    );
  }
  if (!report.thresholds.passed) {
    lines.push(
      '',
      `**Below the team's threshold:** ${report.thresholds.reasons.map(escapeMarkdown).join('; ')}.`,
    );
  }
  return lines;
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

function practiceTable(practices: readonly PracticeResult[], link: Linker): string[] {
  // Grouped by phase, so the table reads in the order a team climbs.
  const byPhase = [...practices].sort((a, b) => a.phase - b.phase);
  const rows = byPhase.map((practice) => {
    const tools = practice.toolNames.length > 0 ? practice.toolNames.join(', ') : '—';
    const first = practice.evidence[0];
    const where = first
      ? `${link(first)}${practice.evidence.length > 1 ? ` +${practice.evidence.length - 1}` : ''}`
      : escapeMarkdown(practice.message);
    return `| ${MARKS[practice.status]} | ${escapeMarkdown(practice.title)} ${codeSpan(practice.id)} | ${practice.phase} | ${escapeMarkdown(tools)} | ${where} |`;
  });
  return ['| | Practice | Phase | Tools | Evidence |', '|---|---|---|---|---|', ...rows];
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
    .replace(/\s+$/, '')
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

function footer(report: Report): string {
  const { filesListed, filesRead } = report.stats;
  return `<sub>mlops-maturity ${report.tool.version} · ${filesListed} files listed, ${filesRead} read · team of ${TEAM_LABELS[report.profile.teamSize]}, ${report.profile.budget} tools</sub>`;
}

type Linker = (place: Pick<Evidence, 'path' | 'cell'> & { line?: number }) => string;

/** `path:line` as text, or as a link to the line at `linkBase` (notebook cells link to the file). */
function linker(linkBase: string | undefined): Linker {
  return ({ path, line, cell }) => {
    const cellText = cell === undefined ? '' : ` cell ${cell + 1}`;
    const label = escapeMarkdown(`${path}${cellText}${line === undefined ? '' : `:${line}`}`);
    if (!linkBase) return label;
    const url = `${linkBase}${path.split('/').map(encodePathSegment).join('/')}${line !== undefined && cell === undefined ? `#L${line}` : ''}`;
    return `[${label}](${url})`;
  };
}

function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[()'!*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
