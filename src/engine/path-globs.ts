// Compiles rule globs once per scan. Most rule globs name a file anywhere (`**/dvc.yaml`) or an
// extension (`**/*.dvc`): those become set look-ups instead of a regex run over every listed path.
import picomatch from 'picomatch';

export interface PathGlob {
  matches(path: string, baseName: string): boolean;
  /** The one base name it matches (`dvc.lock` anywhere), for a set look-up over many globs. */
  baseName?: string;
  /** What every base name it matches ends with (`.dvc` for any `*.dvc`). */
  suffix?: string;
}

const LITERAL = /^[^*?[\]{}()!+@]+$/;

export function compilePathGlob(glob: string): PathGlob {
  if (glob.startsWith('**/')) {
    const rest = glob.slice(3);
    if (LITERAL.test(rest) && !rest.includes('/')) {
      return { matches: (_path, baseName) => baseName === rest, baseName: rest };
    }
    if (rest.startsWith('*.') && LITERAL.test(rest.slice(1)) && !rest.includes('/')) {
      const suffix = rest.slice(1);
      return { matches: (_path, baseName) => matchesSuffix(baseName, suffix), suffix };
    }
  }
  if (LITERAL.test(glob)) return { matches: (path) => path === glob };
  const isMatch = picomatch(glob, { dot: true });
  return { matches: (path) => isMatch(path) };
}

/** One test for "does any of these globs match": a set look-up for base names, then the suffixes, then the rest. */
export function anyPathGlob(globs: readonly PathGlob[]): (path: string, baseName: string) => boolean {
  const baseNames = new Set(globs.flatMap((glob) => (glob.baseName === undefined ? [] : [glob.baseName])));
  const suffixes = globs.flatMap((glob) => (glob.suffix === undefined ? [] : [glob.suffix]));
  const others = globs.filter((glob) => glob.baseName === undefined && glob.suffix === undefined);
  return (path, baseName) =>
    baseNames.has(baseName) ||
    suffixes.some((suffix) => matchesSuffix(baseName, suffix)) ||
    others.some((glob) => glob.matches(path, baseName));
}

const matchesSuffix = (baseName: string, suffix: string) =>
  baseName.endsWith(suffix) && baseName.length > suffix.length;

/** A glob over a non-path value (an image name, a route): `*` stays within one `/` segment. */
export function compileValueGlob(glob: string): (value: string) => boolean {
  if (LITERAL.test(glob)) return (value) => value === glob;
  return picomatch(glob, { dot: true });
}
