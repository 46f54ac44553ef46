// The pull-request comment in three layers: a headline line; what this pull request changed and what blocks
// the next phase; everything else inside a <details>, with a link to the job summary that keeps it open.
import { pushTo } from '../engine/push-to.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { type Detail, footer, type Linker, linker, reportBody, unknownLine } from './markdown.js';
import type { Evidence, PracticeResult, Report, StatusChange } from './model.js';
import { practiceLabel } from './practice-label.js';

export interface CommentOptions {
  /** `https://github.com/o/r/blob/<sha>/`: evidence becomes links to that commit. */
  linkBase?: string;
  /** The hidden marker the action finds its comment by; the first line. */
  marker?: string;
  /** The run's page, whose job summary holds the full report. */
  summaryUrl?: string;
  /** The whole body stays under this (GitHub's limit is 65,536). */
  maxLength?: number;
  /** What shows before a click stays under this many characters. */
  maxVisible?: number;
}

const DEFAULT_MAX_LENGTH = 60_000;
const DEFAULT_MAX_VISIBLE = 1_500;
/** Changes listed above the fold before "and N more". */
const MAX_CHANGES = 6;
const MAX_CAUSE = 100;

export function renderComment(report: Report, options: CommentOptions = {}): string {
  const link = linker(options.linkBase);
  const maxVisible = options.maxVisible ?? DEFAULT_MAX_VISIBLE;
  const bottom = bottomLine(report, options.summaryUrl);
  const size = (lines: string[]) => assemble(lines, [], bottom).length;
  let visible = visibleLines(report, link, options, MAX_CHANGES);
  // Links are long: list fewer changes until the part outside <details> fits.
  for (let shown = MAX_CHANGES - 1; shown >= 0 && size(visible) >= maxVisible; shown -= 1)
    visible = visibleLines(report, link, options, shown);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  for (const detail of ['full', 'brief', 'headline'] as Detail[]) {
    const body = assemble(visible, detailsBlock(report, link, detail), bottom);
    if (body.length <= maxLength || detail === 'headline') return body;
  }
  return assemble(visible, [], bottom);
}

function assemble(visible: string[], details: string[], bottom: string): string {
  return `${[...visible, ...details, bottom].join('\n')}\n`;
}

function visibleLines(report: Report, link: Linker, options: CommentOptions, maxChanges: number): string[] {
  const lines: string[] = options.marker ? [options.marker] : [];
  lines.push(headlineLine(report), '');
  if (report.delta?.available === false)
    lines.push(`_Change against the base branch: not known. ${escapeMarkdown(report.delta.note ?? '')}_`, '');
  if (report.delta?.available) lines.push(...changeLines(report, link, maxChanges), '');
  // When the changes above already name every unknown practice and its file, say only what it costs.
  const changedToUnknown = new Set(
    (report.delta?.changes ?? [])
      .filter((change) => change.to === 'unknown')
      .map((change) => change.practice),
  );
  const isNamedAbove = report.practices.every(
    (practice) => practice.status !== 'unknown' || changedToUnknown.has(practice.id),
  );
  const unknown = unknownLine(report, isNamedAbove && changedToUnknown.size > 0);
  if (unknown && report.isMlProject) lines.push(unknown, '');
  if (!report.thresholds.passed)
    lines.push(
      `❌ **Below the team's threshold:** ${report.thresholds.reasons.map(escapeMarkdown).join('; ')}.`,
      '',
    );
  const blockers = blockerLine(report);
  if (blockers) lines.push(blockers, '');
  return lines;
}

/** `**MLOps maturity phase 1 · 79/100 (+10 in this PR) · next: data validation for phase 2**`: one line at 700 px. */
export function headlineLine(report: Report): string {
  if (!report.isMlProject)
    return '**MLOps maturity: not an ML project** · no score (no ML library or ML tool was found)';
  const { phase, score, delta } = report;
  const phaseChange = delta?.available ? (delta.phaseChange ?? 0) : 0;
  const was = phaseChange === 0 ? '' : ` (was ${delta!.basePhase})`;
  const parts = [`phase ${phase.current}${was}`];
  let scoreText = score === null ? 'no score' : `${score}/100`;
  if (delta?.available && delta.scoreChange !== null && delta.scoreChange !== undefined)
    scoreText += ` (${signed(delta.scoreChange)} in this PR)`;
  else if (delta && score !== null) scoreText += ' (change not known)';
  parts.push(scoreText);
  if (phase.next === null) parts.push('every phase reached');
  else {
    const missing = phase.missing.map(practiceLabel);
    const named =
      missing.length <= 2 ? missing.join(' and ') : `${missing[0]} and ${missing.length - 1} more`;
    parts.push(`next: ${escapeMarkdown(named)} for phase ${phase.next}`);
  }
  return `**MLOps maturity ${parts.join(' · ')}**`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : value === 0 ? '±0' : `${value}`;
}

/** Gained, lost and newly unknown practices, each with the file and line that caused the change. */
function changeLines(report: Report, link: Linker, maxChanges: number): string[] {
  const changes = report.delta?.changes ?? [];
  if (changes.length === 0) return ['**This pull request** changes no practice.'];
  const byId = new Map(report.practices.map((practice) => [practice.id, practice]));
  const items: string[] = [];
  // Practices that one broken file made unknown share one line: the file is the news, not each practice.
  const hidden = new Map<string, StatusChange[]>();
  for (const change of changes) {
    const practice = byId.get(change.practice)!;
    if (change.to !== 'unknown') {
      items.push(changeLine(change, practice, link));
      continue;
    }
    const key = practice.hiddenBy?.[0]?.path ?? '';
    pushTo(hidden, key, change);
  }
  for (const group of hidden.values()) items.push(unknownChangeLine(group, byId, report, link));
  const lines = ['**This pull request:**', ''];
  for (const item of items.slice(0, maxChanges)) lines.push(`- ${item}`);
  if (items.length > maxChanges)
    lines.push(`- … and ${items.length - maxChanges} more (in the full report below)`);
  return lines;
}

function unknownChangeLine(
  group: readonly StatusChange[],
  byId: ReadonlyMap<string, PracticeResult>,
  report: Report,
  link: Linker,
): string {
  const lost = group.filter((change) => change.from === 'pass').map((change) => codeSpan(change.practice));
  const others = group.filter((change) => change.from !== 'pass').map((change) => codeSpan(change.practice));
  const parts = [
    ...(lost.length > 0 ? [`Lost ${lost.join(', ')}`] : []),
    ...(others.length > 0 ? [`${others.join(', ')} no longer judged`] : []),
  ];
  return `❔ ${parts.join('; ')}: ${hiddenCause(byId.get(group[0]!.practice)!, report, link)}`;
}

function changeLine(change: StatusChange, practice: PracticeResult, link: Linker): string {
  const id = codeSpan(change.practice);
  if (change.to === 'pass') {
    const first = practice.evidence[0];
    return `✅ Gained ${id}${first ? `: ${cite(first, link)}` : ''}`;
  }
  if (change.from === 'pass' && change.to === 'fail')
    return `❌ Lost ${id}: ${lostCause(change, practice, link)}`;
  if (change.to === 'not-applicable') return `➖ ${id} is now not applicable`;
  if (change.to === 'fail')
    return `❌ ${id} now fails (was ${change.from}): ${lostCause(change, practice, link)}`;
  return `${id}: ${change.from} → ${change.to}`;
}

/** What a lost practice lost: the line that now falls short, else the base's evidence that is gone. */
function lostCause(change: StatusChange, practice: PracticeResult, link: Linker): string {
  const near = practice.nearMiss?.evidence[0];
  if (near) {
    const count = practice.nearMiss!.evidence.length;
    const more = count > 1 ? ` (and ${count - 1} more)` : '';
    return `${link(near)} ${codeSpan(clip(near.detail))} ${escapeMarkdown(practice.nearMiss!.reason)}${more}`;
  }
  if (change.was) return `${escapeMarkdown(change.was.path)} ${codeSpan(clip(change.was.detail))} is gone`;
  return clipText(practice.message);
}

/** The unreadable file that hides a practice, and why it could not be read. */
function hiddenCause(practice: PracticeResult, report: Report, link: Linker): string {
  const hider = practice.hiddenBy?.[0];
  if (!hider) return 'a file could not be read';
  const diagnostic = report.diagnostics.find(
    (candidate) => candidate.path === hider.path && candidate.line === hider.line,
  );
  // The diagnostic's first sentence says what is wrong; the rest says what is not counted.
  const reason = diagnostic?.message.split(/\.\s/)[0];
  const why = reason ? ` (${escapeMarkdown(clip(reason))})` : '';
  const others = (practice.hiddenBy?.length ?? 1) > 1 ? ` and ${practice.hiddenBy!.length - 1} more` : '';
  return `${link(hider)}${others} could not be read${why}`;
}

function cite(evidence: Evidence, link: Linker): string {
  return `${link(evidence)} ${codeSpan(clip(evidence.detail))}`;
}

function clip(text: string): string {
  return text.length <= MAX_CAUSE ? text : `${text.slice(0, MAX_CAUSE - 1)}…`;
}

function clipText(text: string): string {
  return escapeMarkdown(clip(text));
}

/** What the next phase still needs, with each one's status. */
function blockerLine(report: Report): string | undefined {
  const { phase } = report;
  if (!report.isMlProject || phase.next === null || phase.missing.length === 0) return undefined;
  const byId = new Map(report.practices.map((practice) => [practice.id, practice]));
  const marks = { pass: '✅', fail: '❌', unknown: '❔', 'not-applicable': '➖' } as const;
  const items = phase.missing.map((id) => {
    const status = byId.get(id)?.status ?? 'fail';
    // A passing practice blocks phase 3 when it needs a phase-3-grade tool for it.
    const note = status === 'pass' ? ' (needs a phase-3 tool)' : '';
    return `${marks[status]} ${escapeMarkdown(practiceLabel(id))}${note}`;
  });
  return `**Blocks phase ${phase.next}:** ${items.join(' · ')}`;
}

function detailsBlock(report: Report, link: Linker, detail: Detail): string[] {
  const body = reportBody(report, link, detail);
  while (body.at(-1) === '') body.pop();
  const what = report.isMlProject ? 'every practice, evidence, next steps' : 'what was found';
  return [`<details><summary>Full report: ${what}</summary>`, '', ...body, '', '</details>', ''];
}

function bottomLine(report: Report, summaryUrl: string | undefined): string {
  const summary = summaryUrl ? `[Job summary](${summaryUrl}) · ` : '';
  return `${summary}${footer(report)}`;
}
