// Finds the configuration file of a scan: the nearest .mlops-maturity.yml or .mlops-maturity.yaml from the
// scanned folder up to its repository's root, so scanning a subfolder still reads the root's file.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../engine/usage-error.js';

export const CONFIG_FILES = ['.mlops-maturity.yml', '.mlops-maturity.yaml'] as const;

export interface FoundConfig {
  path: string;
  /** How messages name it: the bare name in the scanned folder, else its path from the working folder. */
  display: string;
}

/**
 * The configuration file for a scan of `root`, or undefined when there is none. Outside a git repository
 * only `root` itself is looked at: a file in a home folder must not configure every scan below it.
 * Throws UsageError when one folder holds both names.
 */
export function findConfigFile(root: string): FoundConfig | undefined {
  const start = resolve(root);
  for (const folder of foldersUpToRepositoryRoot(start)) {
    const present = CONFIG_FILES.filter((name) => existsSync(join(folder, name)));
    const display = (name: string) =>
      folder === start ? name : relative(process.cwd(), join(folder, name)) || name;
    if (present.length > 1) {
      throw new UsageError(
        `${present.map(display).join(' and ')}: two configuration files in one folder. Keep one of them.`,
      );
    }
    if (present[0]) return { path: join(folder, present[0]), display: display(present[0]) };
  }
  return undefined;
}

/** `start` and its parents up to the nearest one holding `.git` (a folder, or a worktree's file). */
function foldersUpToRepositoryRoot(start: string): string[] {
  const folders: string[] = [];
  for (let folder = start; ; folder = dirname(folder)) {
    folders.push(folder);
    if (existsSync(join(folder, '.git'))) return folders;
    if (dirname(folder) === folder) return [start];
  }
}
