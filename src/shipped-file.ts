// Files shipped beside the bundles in dist/: the rules snapshot and the worker bundle. The code asking for
// them runs in dist/index.js (the action), dist/cli/main/index.js (the CLI) or dist/worker/index.js.

import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders above a bundle that may hold dist/'s files: the bundle's own, dist/cli/, dist/. */
const LEVELS_UP = 2;

/**
 * `relativePath` in the folder of the running module `moduleUrl` or a folder above it up to dist/ (at most
 * two up), nearest first; undefined when it is in none of them, as when running from source. Nothing
 * above dist/ is looked at: a package that happens to sit there is not ours.
 */
export function findShippedFile(moduleUrl: string, relativePath: string): string | undefined {
  let folder = dirname(fileURLToPath(moduleUrl));
  for (let level = 0; level <= LEVELS_UP; level += 1) {
    const file = join(folder, relativePath);
    if (existsSync(file)) return file;
    if (basename(folder) === 'dist') break;
    folder = dirname(folder);
  }
  return undefined;
}
