// The shape of .mlops-maturity.yml. Defaults live here, not in the CLI or action.yml.
import { z } from 'zod';
import { BUDGETS, TEAM_SIZES } from '../engine/rule-constants.js';
import { kebabCase } from '../engine/rule-schema.js';
import { globProblem } from './glob-list.js';

/** A list of globs read in order, `!` taking back a match (see glob-list.ts). */
const GlobListSchema = z
  .array(
    z
      .string()
      .min(1)
      .superRefine((glob, context) => {
        const problem = globProblem(glob);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
  )
  .default([]);

export const PracticeOverrideSchema = z.strictObject({
  /** Marks the practice not applicable; the text is the reason, shown in every report. */
  'not-applicable': z
    .string()
    .min(1, 'must give the reason, e.g. "Batch scoring only, no online serving"')
    .optional(),
  weight: z.number().int().min(0).max(10).optional(),
});

export const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    'team-size': z.enum(TEAM_SIZES).default('small'),
    budget: z.enum(BUDGETS).default('free'),
    'fail-below': z.number().min(0).max(100).optional(),
    'min-phase': z.number().int().min(0).max(3).optional(),
    /** Globs of files left out of the scan (test data, vendored notebooks); `!glob` takes files back. */
    ignore: GlobListSchema,
    /** Per practice id (built-in or custom; checked against the rules once they are loaded). */
    practices: z.record(kebabCase, PracticeOverrideSchema).default({}),
    /**
     * Rule packs added to the built-in rules: a folder inside the repository (`./standards`) or an npm
     * package installed in the repository's node_modules (`@acme/mlops-rules`).
     */
    extends: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .transform((value) => (typeof value === 'string' ? [value] : value))
      .default([]),
    /** Globs of sub-project folders in a monorepo, each scored on its own. */
    projects: GlobListSchema,
  })
  .describe('Configuration of mlops-maturity (.mlops-maturity.yml at the repository root).');

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
