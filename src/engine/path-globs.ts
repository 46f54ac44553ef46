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
  // The regex runs over every listed path: one whose base name lacks the glob's literal ending is ruled
  // out first (`**/*model*.h5` matches only names ending in `.h5`), which spares nearly all of them.
  const ending = literalEnding(glob);
  if (ending !== undefined) {
    return { matches: (path, baseName) => baseName.endsWith(ending) && isMatch(path) };
  }
  return { matches: (path) => isMatch(path) };
}

// A last segment of plain characters and the wildcards `*` and `?` only: no braces, classes, extglobs
// or escapes, which could make a name end otherwise.
const PLAIN_SEGMENT = /^[^{}[\]()!+@\\]+$/;

/** What every base name the glob matches ends with, when its last segment says so; else undefined. */
function literalEnding(glob: string): string | undefined {
  const segment = glob.slice(glob.lastIndexOf('/') + 1);
  if (!PLAIN_SEGMENT.test(segment)) return undefined;
  const ending = segment.slice(Math.max(segment.lastIndexOf('*'), segment.lastIndexOf('?')) + 1);
  return ending === '' ? undefined : ending;
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
