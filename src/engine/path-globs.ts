// Compiles rule globs once per scan. Most rule globs name a file anywhere (`**/dvc.yaml`) or an
// extension (`**/*.dvc`): those become set look-ups instead of a regex run over every listed path.
import picomatch from 'picomatch';

export interface PathGlob {
  matches(path: string, baseName: string): boolean;
}

const LITERAL = /^[^*?[\]{}()!+@]+$/;

export function compilePathGlob(glob: string): PathGlob {
  if (glob.startsWith('**/')) {
    const rest = glob.slice(3);
    if (LITERAL.test(rest) && !rest.includes('/')) return { matches: (_path, baseName) => baseName === rest };
    if (rest.startsWith('*.') && LITERAL.test(rest.slice(1)) && !rest.includes('/')) {
      const suffix = rest.slice(1);
      return { matches: (_path, baseName) => baseName.endsWith(suffix) && baseName.length > suffix.length };
    }
  }
  if (LITERAL.test(glob)) return { matches: (path) => path === glob };
  const isMatch = picomatch(glob, { dot: true });
  return { matches: (path) => isMatch(path) };
}

/** A glob over a non-path value (an image name, a route): `*` stays within one `/` segment. */
export function compileValueGlob(glob: string): (value: string) => boolean {
  if (LITERAL.test(glob)) return (value) => value === glob;
  return picomatch(glob, { dot: true });
}
