// What validates files a person wrote (rule files, rule packs, .mlops-maturity.yml) needs zod and the YAML
// parser, about half of the CLI's code. A scan of a repository with no configuration file and no rule
// pack, with the shipped rules' snapshot fresh, needs none of it, so it loads only when a file asks for it.
import type * as Parts from './validation-parts.js';

/** Thrown where a file needs validating before loadValidation() was awaited; whenValidated() handles it. */
export class ValidationNotLoaded extends Error {
  constructor() {
    super('a file needs validating before the validation was loaded');
  }
}

let parts: typeof Parts | undefined;

/** The validation, once loaded; throws ValidationNotLoaded before. */
export function validation(): typeof Parts {
  if (!parts) throw new ValidationNotLoaded();
  return parts;
}

export async function loadValidation(): Promise<void> {
  parts ??= await import('./validation-parts.js');
}

/**
 * Runs `work` (reading configuration and rules, which has no other effect), and once more with the
 * validation loaded when it met a file to validate.
 */
export async function whenValidated<Result>(work: () => Result): Promise<Result> {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof ValidationNotLoaded)) throw error;
    await loadValidation();
    return work();
  }
}
