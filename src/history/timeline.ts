// The timeline of a scored history: the practices each commit adopted or lost, with the file that did it,
// and the score at the end of each day for the chart.
import type { PracticePoint, ScoredHistory, TimelinePoint } from './score-history.js';

export interface PracticeEvent {
  sha: string;
  date: string;
  subject: string;
  practice: string;
  title: string;
  /** `ml-project`: the repository became an ML project (practices apply from here on); `practice` is empty. */
  change: 'adopted' | 'lost' | 'ml-project';
  toolNames: string[];
  /** The evidence file that appeared (adopted) or went (lost); undefined when the evidence names none. */
  path: string | undefined;
}

export interface ChartPoint {
  /** YYYY-MM-DD, UTC; YYYY-MM or YYYY when the history spans too many days to chart each. */
  day: string;
  /** The score after the day's last commit; 0 while the repository is not an ML project. */
  score: number;
}

export interface Timeline {
  commits: number;
  commitsAssessed: number;
  first: TimelinePoint | undefined;
  last: TimelinePoint | undefined;
  /** True when the oldest commit is the repository's first: what it holds, it adopted. */
  startsAtRoot: boolean;
  /** Practices already passing at the oldest commit. */
  inPlaceAtStart: PracticePoint[];
  events: PracticeEvent[];
  chart: ChartPoint[];
  /** Why the history is shorter than asked, when git had no more of it (a shallow clone). */
  note: string | undefined;
}

export function buildTimeline(
  scored: ScoredHistory,
  options: { startsAtRoot: boolean; note?: string },
): Timeline {
  const { points } = scored;
  const first = points[0];
  const events: PracticeEvent[] = [];
  const inPlaceAtStart = first?.practices.filter(({ status }) => status === 'pass') ?? [];
  if (first && options.startsAtRoot) {
    for (const practice of inPlaceAtStart)
      events.push(eventOf(first, practice, 'adopted', practice.paths[0]));
  }
  for (let index = 1; index < points.length; index += 1) {
    events.push(...changesBetween(points[index - 1]!, points[index]!));
  }
  return {
    commits: points.length,
    commitsAssessed: scored.commitsAssessed,
    first,
    last: points.at(-1),
    startsAtRoot: options.startsAtRoot,
    inPlaceAtStart: options.startsAtRoot ? [] : inPlaceAtStart,
    events,
    chart: chartOf(points),
    note: options.note,
  };
}

/** Adopted: passing now and not before. Lost: passing before, now failing or unknown (not inapplicable). */
function changesBetween(before: TimelinePoint, after: TimelinePoint): PracticeEvent[] {
  const previous = new Map(before.practices.map((practice) => [practice.id, practice]));
  const changed = new Set(after.changedPaths);
  const events: PracticeEvent[] = [];
  if (!before.isMlProject && after.isMlProject) {
    const path = causeOf(after.mlSignalPaths, before.mlSignalPaths, changed);
    events.push(eventOf(after, { id: '', title: 'Became an ML project', toolNames: [] }, 'ml-project', path));
  }
  for (const practice of after.practices) {
    const was = previous.get(practice.id);
    const wasPassing = was?.status === 'pass';
    if (practice.status === 'pass' && !wasPassing) {
      events.push(eventOf(after, practice, 'adopted', causeOf(practice.paths, was?.paths ?? [], changed)));
    } else if (wasPassing && practice.status !== 'pass' && practice.status !== 'not-applicable') {
      events.push(eventOf(after, was, 'lost', causeOf(was.paths, practice.paths, changed)));
    }
  }
  return events;
}

/** The evidence file the commit changed, else one that is new to this side, else the first. */
function causeOf(
  paths: readonly string[],
  otherSide: readonly string[],
  changed: ReadonlySet<string>,
): string | undefined {
  return (
    paths.find((path) => changed.has(path)) ?? paths.find((path) => !otherSide.includes(path)) ?? paths[0]
  );
}

function eventOf(
  point: TimelinePoint,
  practice: Pick<PracticePoint, 'id' | 'title' | 'toolNames'>,
  change: PracticeEvent['change'],
  path: string | undefined,
): PracticeEvent {
  return {
    sha: point.sha,
    date: point.date,
    subject: point.subject,
    practice: practice.id,
    title: practice.title,
    change,
    toolNames: practice.toolNames,
    path,
  };
}

/** A chart wider than this many points is unreadable: it is drawn by month, or by year, instead. */
export const MAX_CHART_POINTS = 90;

/**
 * One point per day (UTC) with commits, the score after its last commit; per month (`YYYY-MM`) or per
 * year (`YYYY`) when there would be more than MAX_CHART_POINTS of them.
 */
export function chartOf(points: readonly TimelinePoint[]): ChartPoint[] {
  let chart: ChartPoint[] = [];
  for (const length of [10, 7, 4]) {
    chart = [];
    for (const point of points) {
      const day = dayOf(point.date)?.slice(0, length);
      if (day === undefined) continue;
      const score = point.score ?? 0;
      if (chart.at(-1)?.day === day) chart.at(-1)!.score = score;
      else chart.push({ day, score });
    }
    if (chart.length <= MAX_CHART_POINTS) break;
  }
  return chart;
}

/** The UTC day of an ISO date, undefined when it is not one. */
export function dayOf(isoDate: string): string | undefined {
  const time = Date.parse(isoDate);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}
