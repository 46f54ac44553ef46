// The shape of .mlops-maturity.yml. Defaults live here, not in the CLI or action.yml.
import { z } from 'zod';
import { BUDGETS, PRACTICE_IDS, TEAM_SIZES } from '../engine/rule-schema.js';

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
    /** Globs of files left out of the scan (test data, vendored notebooks). */
    ignore: z.array(z.string().min(1)).default([]),
    practices: z.partialRecord(z.enum(PRACTICE_IDS), PracticeOverrideSchema).default({}),
    /** Globs of sub-project folders in a monorepo, each scored on its own. */
    projects: z.array(z.string().min(1)).default([]),
  })
  .describe('Configuration of mlops-maturity (.mlops-maturity.yml at the repository root).');

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
