// The `ignore` and `projects` globs of the configuration, read in order as .gitignore reads its lines: a
// glob starting with `!` takes back what the globs before it matched (`["data/**", "!data/keep/**"]`
// leaves out data/ but data/keep/). Given alone to picomatch, a `!` glob would match every other path.
import picomatch from 'picomatch';
import { withoutTrailingSlashes } from '../facts/formats/line-text.js';

/** Why a glob of the list cannot be used, or undefined; shown after the field's name. */
export function globProblem(glob: string): string | undefined {
  const body = glob.startsWith('!') ? glob.slice(1) : glob;
  if (body.trim() === '') return `"${glob}" matches nothing: give a glob after the "!"`;
  if (body.startsWith('!')) return `"${glob}" negates twice: write one "!" before a glob`;
  if (/\*{3,}/.test(body)) return `"${glob}" has three "*" in a row: write ** for any number of folders`;
  return undefined;
}

/** True for a path the list matches: the last glob matching it decides, a `!` glob saying no. */
export function compileGlobList(globs: readonly string[]): (path: string) => boolean {
  const compiled = globs.map((glob) => {
    const isNegated = glob.startsWith('!');
    return { isNegated, matches: picomatch(isNegated ? glob.slice(1) : glob, { dot: true }) };
  });
  if (!compiled.some(({ isNegated }) => isNegated)) {
    const matchesAny = picomatch([...globs], { dot: true });
    return (path) => matchesAny(path);
  }
  return (path) => {
    let isMatched = false;
    for (const { isNegated, matches } of compiled) {
      if (isNegated === isMatched && matches(path)) isMatched = !isNegated;
    }
    return isMatched;
  };
}

/** Whether a folder (no trailing `/`) is a project the `projects` globs name, written with or without one. */
export function compileProjectGlobs(globs: readonly string[]): (folder: string) => boolean {
  return compileGlobList(globs.map(withoutTrailingSlashes));
}
