// Resolves a file another manifest pulls in (`-r base.txt`, `file: requirements.txt`) to a repo-relative path.
import type { Diagnostic } from '../../model.js';

const URL_SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

export type IncludeResolution = { path: string } | { diagnostic: Diagnostic };

/**
 * Resolves `target` against the directory of `fromPath` (both POSIX, repo-relative), folding `./` and
 * `../`. A URL, an absolute path or a path climbing above the repository root yields a diagnostic instead.
 */
export function resolveInclude(fromPath: string, line: number, target: string): IncludeResolution {
  const posixTarget = target.replaceAll('\\', '/');
  if (URL_SCHEME_RE.test(posixTarget)) {
    return { diagnostic: notFollowed(fromPath, line, `include "${target}" is a URL`) };
  }
  const segments = posixTarget.startsWith('/') ? undefined : joinSegments(fromPath, posixTarget);
  if (!segments) {
    return { diagnostic: notFollowed(fromPath, line, `include "${target}" points outside the repository`) };
  }
  return { path: segments.join('/') };
}

function joinSegments(fromPath: string, target: string): string[] | undefined {
  const segments = fromPath.split('/');
  segments.pop();
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.length === 0 ? undefined : segments;
}

function notFollowed(path: string, line: number, problem: string): Diagnostic {
  return { path, line, message: `${problem}. It is not followed.` };
}

/** The extractor name put on includes, so the scanner reads them as requirements files. */
export const PYTHON_DEPS_EXTRACTOR = 'python-deps';

/** Resolves `target` and records it on `into` as an include, or records the diagnostic. */
export function addInclude(
  into: { includes: { path: string; extractor: string }[]; diagnostics: Diagnostic[] },
  fromPath: string,
  line: number,
  target: string,
): void {
  const resolved = resolveInclude(fromPath, line, target);
  if ('path' in resolved) into.includes.push({ path: resolved.path, extractor: PYTHON_DEPS_EXTRACTOR });
  else into.diagnostics.push(resolved.diagnostic);
}
