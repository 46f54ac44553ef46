// Applies the config's per-practice overrides: a not-applicable reason, or another weight.
import type { Config } from '../config/config-schema.js';
import type { PracticeResult } from '../report/model.js';

export function applyOverrides(
  practices: readonly PracticeResult[],
  overrides: Config['practices'],
): PracticeResult[] {
  return practices.map((practice) => {
    const override = overrides[practice.id];
    if (!override) return practice;
    const weighted = override.weight === undefined ? practice : { ...practice, weight: override.weight };
    const reason = override['not-applicable'];
    if (reason === undefined) return weighted;
    return {
      ...weighted,
      status: 'not-applicable',
      message: `Not applicable: ${reason} (set in the configuration).`,
    };
  });
}
