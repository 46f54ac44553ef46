// The names rules, configuration and reports share: practice ids, categories, team sizes and budgets.
// Apart from the schemas (rule-schema.ts) so that what only needs a name does not load the validation.

export const PRACTICE_IDS = [
  'experiment-tracking',
  'data-versioning',
  'pipeline-orchestration',
  'data-validation',
  'model-serving',
  'health-endpoint',
  'metrics-monitoring',
  'drift-monitoring',
  'model-registry',
  'containerization',
  'ci-cd',
  'kubernetes',
  'reproducible-environment',
] as const;

export const CATEGORIES = [
  'experiments',
  'data',
  'pipelines',
  'deployment',
  'monitoring',
  'infrastructure',
] as const;
export const MATCHERS = ['pinned-requirements'] as const;

export const TEAM_SIZES = ['small', 'medium', 'large'] as const;
export type TeamSize = (typeof TEAM_SIZES)[number];
export const BUDGETS = ['free', 'paid'] as const;
export type Budget = (typeof BUDGETS)[number];
