import { describe, expect, it } from 'vitest';
import {
  compareRepo,
  type Label,
  labelProblem,
  PRACTICE_IDS,
  ratios,
  type ScanReport,
  summarize,
} from '../../eval/score.mjs';

const COMMIT = 'a'.repeat(40);

/** A label with the given practices present (each with one piece of evidence), all others absent. */
function label(repo: string, present: string[], isMlProject = true): Label {
  return {
    repo,
    commit: COMMIT,
    kind: 'capstone',
    isMlProject,
    practices: Object.fromEntries(
      PRACTICE_IDS.map((id) => [
        id,
        present.includes(id) ? { present: true, tools: ['t'], evidence: [`${id}.py:1`] } : { present: false },
      ]),
    ),
  };
}

/** A scan report passing the given practices and failing (or skipping) every other one. */
function report(passing: string[], otherStatus = 'fail'): ScanReport {
  return {
    isMlProject: true,
    practices: PRACTICE_IDS.map((id) => ({
      id,
      status: passing.includes(id) ? 'pass' : otherStatus,
      evidence: passing.includes(id) ? [{ path: `found/${id}.py`, line: 7, detail: 'imports x' }] : [],
    })),
  };
}

describe('compareRepo', () => {
  it('calls a labelled practice the scanner missed a false negative, and an unlabelled one it passed a false positive', () => {
    const rows = compareRepo(label('o/r', ['ci-cd', 'kubernetes']), report(['ci-cd', 'model-serving']));
    const outcome = (practice: string) => rows.find((row) => row.practice === practice)?.outcome;
    expect(outcome('ci-cd')).toBe('tp');
    expect(outcome('kubernetes')).toBe('fn');
    expect(outcome('model-serving')).toBe('fp');
    expect(outcome('data-versioning')).toBe('tn');
    expect(rows).toHaveLength(PRACTICE_IDS.length);
  });

  it('explains a false negative with the label evidence and a false positive with the scanner evidence', () => {
    const rows = compareRepo(label('o/r', ['kubernetes']), report(['model-serving']));
    const fn = rows.find((row) => row.outcome === 'fn');
    const fp = rows.find((row) => row.outcome === 'fp');
    expect(fn).toMatchObject({
      practice: 'kubernetes',
      labelEvidence: ['kubernetes.py:1'],
      scannerStatus: 'fail',
    });
    expect(fp?.scannerEvidence).toEqual([{ path: 'found/model-serving.py', line: 7, detail: 'imports x' }]);
  });

  it('counts only status pass as present: not-applicable is absent', () => {
    const rows = compareRepo(label('o/r', ['ci-cd']), report([], 'not-applicable'));
    expect(rows.find((row) => row.practice === 'ci-cd')).toMatchObject({
      outcome: 'fn',
      scannerStatus: 'not-applicable',
    });
  });
});

describe('summarize', () => {
  // Repo one: 2 TP (ci-cd, containerization), 1 FN (kubernetes), 1 FP (model-serving).
  // Repo two: 1 TP (ci-cd), 0 FN, 2 FP (kubernetes, health-endpoint).
  const rows = [
    ...compareRepo(
      label('o/one', ['ci-cd', 'containerization', 'kubernetes']),
      report(['ci-cd', 'containerization', 'model-serving']),
    ),
    ...compareRepo(label('o/two', ['ci-cd'], false), report(['ci-cd', 'kubernetes', 'health-endpoint'])),
  ];
  const summary = summarize(rows, [
    { repo: 'o/one', expected: true, predicted: true },
    { repo: 'o/two', expected: false, predicted: true },
  ]);

  it('micro-averages over practice × repository', () => {
    expect(summary.overall).toMatchObject({ tp: 3, fp: 3, fn: 1, tn: 2 * PRACTICE_IDS.length - 7 });
    expect(summary.overall.precision).toBeCloseTo(3 / 6);
    expect(summary.overall.recall).toBeCloseTo(3 / 4);
    expect(summary.overall.f1).toBeCloseTo(6 / 10);
  });

  it('would fail if false positives and false negatives were swapped', () => {
    // Swapped, precision would be 3/4 and recall 3/6; the figures must not be symmetric here.
    expect(summary.overall.precision).not.toBeCloseTo(summary.overall.recall ?? 0);
    const kubernetes = summary.perPractice.find((row) => row.practice === 'kubernetes');
    expect(kubernetes).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const serving = summary.perPractice.find((row) => row.practice === 'model-serving');
    expect(serving).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    const containers = summary.perPractice.find((row) => row.practice === 'containerization');
    expect(containers).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('scores the ML-labelled repositories apart and lists wrong ML calls', () => {
    expect(summary.overallMl).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(summary.ml).toMatchObject({ right: 1, total: 2 });
    expect(summary.ml.wrong.map((call) => call.repo)).toEqual(['o/two']);
    expect(summary.errors.map((row) => `${row.repo} ${row.practice} ${row.outcome}`).sort()).toEqual([
      'o/one kubernetes fn',
      'o/one model-serving fp',
      'o/two health-endpoint fp',
      'o/two kubernetes fp',
    ]);
  });

  it('leaves a ratio without a denominator empty instead of 0 or 100%', () => {
    expect(ratios({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
    expect(ratios({ tp: 0, fp: 0, fn: 2 })).toEqual({ precision: null, recall: 0, f1: 0 });
  });
});

describe('labelProblem', () => {
  it('accepts a complete label', () => {
    expect(labelProblem(label('o/r', ['ci-cd']), 'o__r.json')).toBeNull();
  });

  it('names the field and the fix', () => {
    const missing = label('o/r', []);
    delete missing.practices.kubernetes;
    expect(labelProblem(missing, 'o__r.json')).toBe(
      'practices.kubernetes: missing (every practice must be labelled)',
    );
    const noEvidence = label('o/r', ['ci-cd']);
    noEvidence.practices['ci-cd'] = { present: true, tools: ['github-actions'], evidence: [] };
    expect(labelProblem(noEvidence)).toMatch(/^practices\.ci-cd\.evidence: /);
    expect(labelProblem({ ...label('o/r', []), commit: 'HEAD' })).toMatch(/^commit: /);
    expect(labelProblem(label('o/r', []), 'other.json')).toMatch(/^repo: .*o__r\.json/);
    expect(
      labelProblem({ ...label('o/r', []), practices: { ...label('o/r', []).practices, typo: {} } }),
    ).toMatch(/^practices\.typo: unknown practice id/);
  });
});
