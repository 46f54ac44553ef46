// Phase gating and score arithmetic on hand-made practice results.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/engine/load-rules.js';
import type { PracticeResult, Status } from '../../src/report/model.js';
import { assessMaturity, scoreIfKnown } from '../../src/score/maturity.js';

const ruleSet = loadRules();

/** Every practice with the given status, then overrides by id: `{ kubernetes: ['pass', ['helm']] }`. */
function practices(base: Status, overrides: Record<string, [Status, string[]?]> = {}): PracticeResult[] {
  return ruleSet.rules.map((rule) => {
    const [status, tools = []] = overrides[rule.id] ?? [base];
    return {
      id: rule.id,
      title: rule.title,
      category: rule.category,
      phase: rule.phase,
      weight: rule.weight,
      status,
      message: '',
      tools: status === 'pass' ? tools : [],
      toolNames: [],
      evidence: [],
    };
  });
}

const PHASE_1 = ['experiment-tracking', 'data-versioning', 'reproducible-environment', 'ci-cd'];
const PHASE_2 = [
  'pipeline-orchestration',
  'data-validation',
  'model-serving',
  'health-endpoint',
  'metrics-monitoring',
  'drift-monitoring',
  'containerization',
];
const passing = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, ['pass'] as [Status]]));

describe('phase gating', () => {
  it('stays at phase 0 while one phase-1 practice fails', () => {
    const result = assessMaturity(ruleSet, practices('pass', { 'data-versioning': ['fail'] }));
    expect(result.phase).toMatchObject({ current: 0, name: 'Ad hoc', next: 1, nextName: 'Foundations' });
    expect(result.phase.missing).toEqual([{ practice: 'data-versioning' }]);
  });

  it('reaches phase 1 when every phase-1 practice passes, whatever passes above', () => {
    const result = assessMaturity(
      ruleSet,
      practices('fail', { ...passing(PHASE_1), kubernetes: ['pass', ['helm']] }),
    );
    expect(result.phase.current).toBe(1);
    expect(result.phase.missing.map((requirement) => requirement.practice)).toEqual(PHASE_2);
  });

  it('counts not-applicable practices as met', () => {
    const result = assessMaturity(
      ruleSet,
      practices('fail', {
        ...passing(PHASE_1),
        ...passing(PHASE_2),
        'model-serving': ['not-applicable'],
        'health-endpoint': ['not-applicable'],
      }),
    );
    expect(result.phase.current).toBe(2);
  });

  it('does not count unknown as met', () => {
    const result = assessMaturity(ruleSet, practices('fail', { ...passing(PHASE_1), 'ci-cd': ['unknown'] }));
    expect(result.phase.current).toBe(0);
  });

  it('needs phase-3-grade orchestration and serving for phase 3', () => {
    const everything = {
      ...passing(PHASE_1),
      ...passing(PHASE_2),
      kubernetes: ['pass', ['kubernetes']],
      'model-registry': ['pass', ['mlflow']],
    } as Record<string, [Status, string[]?]>;
    const basic = assessMaturity(
      ruleSet,
      practices('fail', {
        ...everything,
        'pipeline-orchestration': ['pass', ['airflow']],
        'model-serving': ['pass', ['fastapi']],
      }),
    );
    expect(basic.phase.current).toBe(2);
    expect(basic.phase.missing).toEqual([
      {
        practice: 'pipeline-orchestration',
        advancedTools: [
          'kubeflow-pipelines',
          'tfx',
          'vertex-ai',
          'flyte',
          'argo-workflows',
          'sagemaker',
          'azure-ml',
        ],
      },
      {
        practice: 'model-serving',
        advancedTools: [
          'tensorflow-serving',
          'torchserve',
          'triton',
          'seldon-core',
          'kserve',
          'ray-serve',
          'mlserver',
          'azure-ml',
          'vertex-ai',
          'sagemaker',
        ],
      },
    ]);
    const advanced = assessMaturity(
      ruleSet,
      practices('fail', {
        ...everything,
        'pipeline-orchestration': ['pass', ['kubeflow-pipelines']],
        'model-serving': ['pass', ['seldon-core']],
      }),
    );
    expect(advanced.phase).toMatchObject({
      current: 3,
      name: 'Operations at scale',
      next: null,
      missing: [],
    });
  });
});

describe('score', () => {
  it('is the weighted share of passing practices', () => {
    // Weights: experiment-tracking 3, data-versioning 3, ci-cd 2, reproducible-environment 2; 29 in all.
    const result = assessMaturity(ruleSet, practices('fail', passing(PHASE_1)));
    expect(result.points).toEqual({ earned: 10, possible: 29, unknown: 0 });
    expect(result.score).toBe(34);
  });

  it('leaves not-applicable practices out of the denominator', () => {
    const result = assessMaturity(
      ruleSet,
      practices('not-applicable', { 'experiment-tracking': ['pass'], 'data-versioning': ['fail'] }),
    );
    expect(result.points).toEqual({ earned: 3, possible: 6, unknown: 0 });
    expect(result.score).toBe(50);
  });

  it('keeps an unknown practice in the denominator, earning nothing, and says how far it could raise the score', () => {
    const result = assessMaturity(
      ruleSet,
      practices('not-applicable', { 'experiment-tracking': ['pass'], 'data-versioning': ['unknown'] }),
    );
    expect(result.points).toEqual({ earned: 3, possible: 6, unknown: 3 });
    expect(result.score).toBe(50);
    expect(scoreIfKnown(result.points)).toBe(100);
  });

  it('never scores an unknown practice above a failing one', () => {
    const failing = assessMaturity(ruleSet, practices('fail', passing(PHASE_1)));
    const hidden = assessMaturity(ruleSet, practices('unknown', passing(PHASE_1)));
    expect(hidden.score).toBe(failing.score);
  });

  it('has no score when nothing counts', () => {
    expect(assessMaturity(ruleSet, practices('not-applicable')).score).toBeNull();
  });

  it('gives the same score for the same practices', () => {
    const input = practices('fail', passing(['ci-cd', 'model-serving']));
    expect(assessMaturity(ruleSet, input)).toEqual(assessMaturity(ruleSet, input));
  });
});
