// Every status transition of one practice between base and head: its effect on the score, on gained and
// lost, and on the regression check (#15: a broken file raised the score and passed fail-on-regression).
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/engine/load-rules.js';
import type { PracticeResult, Status } from '../../src/report/model.js';
import { compareReports, describeRegression, isRegression } from '../../src/score/delta.js';
import { assessMaturity } from '../../src/score/maturity.js';

const ruleSet = loadRules();

/** experiment-tracking passes, data-versioning (weight 3) has `status`, every other practice fails. */
function assessed(status: Status) {
  const practices: PracticeResult[] = ruleSet.rules.map((rule) => {
    const own = rule.id === 'data-versioning' ? status : rule.id === 'experiment-tracking' ? 'pass' : 'fail';
    return {
      id: rule.id,
      title: rule.title,
      category: rule.category,
      phase: rule.phase,
      weight: rule.weight,
      status: own,
      message: '',
      tools: [],
      toolNames: [],
      evidence:
        own === 'pass'
          ? [{ path: 'data.dvc', line: 2, tool: 'dvc', kind: 'file', detail: 'dvc-tracked-file: data' }]
          : [],
    };
  });
  const maturity = assessMaturity(ruleSet, practices);
  return { score: maturity.score, phase: maturity.phase, practices };
}

type Effect = 'up' | 'down' | 'same';
// from → to: the score's direction, whether it is lost, and whether fail-on-regression fails.
const TRANSITIONS: [Status, Status, Effect, boolean, boolean][] = [
  ['pass', 'fail', 'down', true, true],
  ['pass', 'unknown', 'down', true, true],
  ['pass', 'not-applicable', 'down', false, true],
  ['fail', 'pass', 'up', false, false],
  ['fail', 'unknown', 'same', false, false],
  ['fail', 'not-applicable', 'up', false, false],
  ['unknown', 'pass', 'up', false, false],
  ['unknown', 'fail', 'same', false, false],
  ['unknown', 'not-applicable', 'up', false, false],
  ['not-applicable', 'pass', 'up', false, false],
  ['not-applicable', 'fail', 'down', false, true],
  ['not-applicable', 'unknown', 'down', false, true],
];

describe('status transitions', () => {
  it.each(TRANSITIONS)('%s → %s: score %s, lost %s, regression %s', (from, to, effect, isLost, regresses) => {
    const delta = compareReports(assessed(from), assessed(to));
    const change = delta.scoreChange!;
    expect(change > 0 ? 'up' : change < 0 ? 'down' : 'same').toBe(effect);
    expect(delta.lost!.includes('data-versioning')).toBe(isLost);
    expect(delta.gained!.includes('data-versioning')).toBe(to === 'pass');
    expect(delta.changes!.map((entry) => `${entry.practice} ${entry.from}→${entry.to}`)).toEqual([
      `data-versioning ${from}→${to}`,
    ]);
    expect(isRegression(delta)).toBe(regresses);
  });

  it('covers every pair of distinct statuses', () => {
    const statuses: Status[] = ['pass', 'fail', 'unknown', 'not-applicable'];
    const pairs = statuses.flatMap((from) =>
      statuses.filter((to) => to !== from).map((to) => `${from}→${to}`),
    );
    expect(TRANSITIONS.map(([from, to]) => `${from}→${to}`).sort()).toEqual(pairs.sort());
  });

  it('records no change and no regression when nothing changes', () => {
    for (const status of ['pass', 'fail', 'unknown', 'not-applicable'] as const) {
      const delta = compareReports(assessed(status), assessed(status));
      expect(delta).toMatchObject({ scoreChange: 0, gained: [], lost: [], changes: [] });
      expect(isRegression(delta)).toBe(false);
    }
  });

  it('keeps the base evidence of a lost practice, to say what the pull request removed', () => {
    const delta = compareReports(assessed('pass'), assessed('fail'));
    expect(delta.changes![0]!.was).toMatchObject({ path: 'data.dvc', line: 2 });
  });

  it('fails the regression check for a practice hidden behind an unreadable file, even when the score rises', () => {
    const base = assessed('pass');
    const head = assessed('unknown');
    // Another practice gained in the same pull request more than makes up for the lost points.
    head.practices = head.practices.map((practice) =>
      practice.id === 'model-serving' || practice.id === 'containerization'
        ? { ...practice, status: 'pass' }
        : practice,
    );
    const rescored = assessMaturity(ruleSet, head.practices);
    const delta = compareReports(base, { ...head, score: rescored.score, phase: rescored.phase });
    expect(delta.scoreChange).toBeGreaterThan(0);
    expect(describeRegression(delta)).toBe(
      'this pull request makes data-versioning unknown (a file that proved it can no longer be read)',
    );
  });

  it('has no comparable score when one side has none', () => {
    const base = { score: null, phase: { current: 0 }, practices: [] };
    const delta = compareReports(base, assessed('pass'));
    expect(delta.scoreChange).toBeNull();
    expect(isRegression(delta)).toBe(false);
  });
});
