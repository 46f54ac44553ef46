// Reads .mlops-maturity.yml or .yaml (or --config PATH): a problem in it is a usage error naming file, field and fix.
import { join } from 'node:path';
import { UsageError } from '../engine/usage-error.js';
import { validation } from '../engine/validation.js';
import type { Config } from './config-schema.js';
import { defaultConfig } from './default-config.js';
import { findConfigFile } from './find-config.js';
import { readConfigFile } from './read-config-file.js';

export const CONFIG_FILE = '.mlops-maturity.yml';

/**
 * The configuration for a scan of `root`: `explicitPath` when given (it must exist), else the nearest
 * .mlops-maturity.yml or .yaml from `root` up to the repository root (find-config.ts), else the defaults.
 * Throws UsageError for unreadable or invalid files, and ValidationNotLoaded for a file to validate
 * before loadValidation() (whenValidated() runs it again then).
 */
export function loadConfig(root: string, explicitPath?: string): { config: Config; path?: string } {
  const found = explicitPath === undefined ? findConfigFile(root) : undefined;
  const path = explicitPath ?? found?.path ?? join(root, CONFIG_FILE);
  const display = explicitPath ?? found?.display ?? CONFIG_FILE;
  // No file (or a root that is not a folder, which the scan reports itself): the defaults apply.
  const text = readConfigFile(path, display, root);
  if (text === undefined) {
    if (!explicitPath) return { config: defaultConfig() };
    throw new UsageError(`${display}: cannot read (ENOENT). Check the path given to --config.`);
  }
  return { config: validation().parseConfig(text, display), path: display };
}
