// The action's inputs, read once and validated; defaults live in the schema, not in action.yml.
import * as core from '@actions/core';
import { z } from 'zod';
import { BUDGETS, TEAM_SIZES } from '../engine/rule-constants.js';
import { UsageError } from '../engine/usage-error.js';

const COMMENT_MODES = ['auto', 'always', 'on-failure', 'never'] as const;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `must be a whole number from ${min} to ${max}`)
    .optional();

export const InputsSchema = z.object({
  'github-token': z.string().default(''),
  path: z.string().default('.'),
  config: z.string().optional(),
  'fail-below': wholeNumber(0, 100),
  'min-phase': wholeNumber(0, 3),
  'fail-on-regression': z
    .enum(['true', 'false'], 'must be true or false')
    .default('false')
    .transform((value) => value === 'true'),
  'team-size': z.enum(TEAM_SIZES, `must be one of ${TEAM_SIZES.join(', ')}`).optional(),
  budget: z.enum(BUDGETS, `must be one of ${BUDGETS.join(', ')}`).optional(),
  comment: z.enum(COMMENT_MODES, `must be one of ${COMMENT_MODES.join(', ')}`).default('auto'),
  /** Separate comments for separate scans; the default is derived from `path`. */
  'comment-key': z.string().optional(),
  /** Where to write the comment for a later workflow_run job to post (pull requests from forks). */
  'report-file': z.string().optional(),
  /** Post the comment in this report file instead of scanning (the workflow_run half of the fork recipe). */
  'post-report': z.string().optional(),
  /** Commits of the maturity timeline to add to the job summary; 0 leaves it out. */
  history: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of commits from 0 to 10000')
    .transform(Number)
    .refine((value) => value <= 10_000, 'must be a whole number of commits from 0 to 10000')
    .default(0),
});
export type Inputs = z.infer<typeof InputsSchema>;

/** Reads every input; an empty input counts as not set. Throws UsageError naming the input and the fix. */
export function readInputs(): Inputs {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(InputsSchema.shape)) {
    const value = core.getInput(name).trim();
    if (value !== '') raw[name] = value;
  }
  const result = InputsSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0]);
  throw new UsageError(
    `Input ${name} ${issue.message}, got "${raw[name] ?? ''}". Fix it in the with: block of the workflow step.`,
  );
}
