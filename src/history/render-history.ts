// The timeline as Markdown (a Mermaid chart GitHub draws itself, and the practices adopted and lost) or JSON.
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import type { ChartPoint, PracticeEvent, Timeline } from './timeline.js';

export const HISTORY_SCHEMA_VERSION = 1;

export function renderHistoryMarkdown(timeline: Timeline): string {
  const { first, last } = timeline;
  const lines = ['## MLOps maturity over time', ''];
  if (timeline.note) lines.push(`> ${plain(timeline.note)}`, '');
  if (!first || !last) {
    lines.push('_No commits to score._', '');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${timeline.commits} ${timeline.commits === 1 ? 'commit' : 'commits'}, from ${commitRef(first.sha, first.date)} to ${commitRef(last.sha, last.date)}: score ${scoreText(first.score)} → ${scoreText(last.score)}, phase ${first.phase} (${plain(first.phaseName)}) → ${last.phase} (${plain(last.phaseName)}).`,
    '',
  );
  if (timeline.chart.length > 0) lines.push(...mermaidChart(timeline.chart), '');
  if (timeline.inPlaceAtStart.length > 0) {
    const practices = timeline.inPlaceAtStart.map((practice) => codeSpan(practice.id)).join(', ');
    lines.push(`In place at ${codeSpan(first.sha.slice(0, 7))}: ${practices}.`, '');
  }
  if (timeline.events.length === 0) {
    lines.push('_No practice was adopted or lost in these commits._', '');
  } else {
    lines.push(
      '| Date | Commit | Practice | Change | File | Subject |',
      '|---|---|---|---|---|---|',
      ...timeline.events.map(eventRow),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

export function renderHistoryJson(timeline: Timeline): string {
  const { first, last } = timeline;
  const summary = (point: typeof first) =>
    point && {
      sha: point.sha,
      date: point.date,
      score: point.score,
      phase: point.phase,
      phaseName: point.phaseName,
    };
  return `${JSON.stringify(
    {
      schemaVersion: HISTORY_SCHEMA_VERSION,
      commits: timeline.commits,
      commitsAssessed: timeline.commitsAssessed,
      first: summary(first) ?? null,
      last: summary(last) ?? null,
      note: timeline.note ?? null,
      inPlaceAtStart: timeline.inPlaceAtStart.map(({ id }) => id),
      events: timeline.events.map((event) => ({ ...event, path: event.path ?? null })),
      chart: timeline.chart,
    },
    null,
    2,
  )}\n`;
}

/**
 * A Mermaid `xychart-beta` of the score by day. Labels are made here from dates and values are whole
 * numbers: anything else is left out, so no text from the repository reaches the diagram.
 */
export function mermaidChart(chart: readonly ChartPoint[]): string[] {
  const points = chart.filter(
    ({ day, score }) =>
      /^\d{4}(?:-\d{2}){0,2}$/.test(day) && Number.isInteger(score) && score >= 0 && score <= 100,
  );
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Maturity score"',
    `  x-axis [${points.map(({ day }) => `"${day}"`).join(', ')}]`,
    '  y-axis "Score" 0 --> 100',
    `  line [${points.map(({ score }) => String(score)).join(', ')}]`,
    '```',
  ];
}

const CHANGE_LABELS: Record<PracticeEvent['change'], string> = {
  adopted: '✅ adopted',
  lost: '❌ lost',
  'ml-project': '🔬 ML library or tool appears',
};

function eventRow(event: PracticeEvent): string {
  const tools = event.toolNames.length > 0 ? ` (${plain(event.toolNames.join(', '))})` : '';
  const id = event.practice === '' ? '' : ` ${cellCode(event.practice)}`;
  const file = event.path === undefined ? '—' : cellCode(event.path);
  return `| ${event.date.slice(0, 10)} | ${cellCode(event.sha.slice(0, 7))} | ${plain(event.title)}${tools}${id} | ${CHANGE_LABELS[event.change]} | ${file} | ${plain(event.subject)} |`;
}

function commitRef(sha: string, date: string): string {
  return `${codeSpan(sha.slice(0, 7))} (${plain(date.slice(0, 10))})`;
}

function scoreText(score: number | null): string {
  return score === null ? '—' : String(score);
}

/**
 * Text from the repository (a subject, a path) on one line of Markdown: control characters (a lone
 * carriage return, an escape sequence) become spaces, then Markdown and HTML are escaped. A line of it can
 * then never start a workflow command (`::error::`) in a log either.
 */
function plain(text: string): string {
  return escapeMarkdown(withoutControls(text));
}

/** A code span inside a table cell, where `|` would end the cell. */
function cellCode(text: string): string {
  return codeSpan(withoutControls(text)).replaceAll('|', '\\|');
}

function withoutControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}
