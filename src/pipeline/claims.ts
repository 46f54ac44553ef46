// Which extractors claim a listed file. Asked once per listed file (100,000 times in a large monorepo),
// so it asks only the extractors that can claim a name with that extension or that very name, and for
// most files (`module.py`) asks none: their claim is settled by the extension alone.
import { EXTRACTORS } from '../facts/extractors.js';
import type { Extractor } from '../facts/model.js';

const NONE: readonly Extractor[] = [];

/** What an extension decides before any extractor is asked. */
interface ExtensionPlan {
  /** The extractors to ask, in EXTRACTORS order (by extension, by name, or about every file), and when. */
  candidates: readonly { extractor: Extractor; isAsked: (baseName: string) => boolean }[];
  /**
   * The claims of a file with this extension, written in lower case, whose base name no candidate knows
   * by name; undefined when some candidate must still be asked.
   */
  settled: readonly Extractor[] | undefined;
  /** Whether a base name is one a candidate asked only by name knows. */
  isNamed: (baseName: string) => boolean;
}

const plans = new Map<string, ExtensionPlan>();

/** The extractors that claim `path`, in EXTRACTORS order, decided from the path alone. */
export function claimsOf(path: string): readonly Extractor[] {
  const baseName = path.slice(path.lastIndexOf('/') + 1);
  const dot = baseName.lastIndexOf('.');
  const written = dot <= 0 ? '' : baseName.slice(dot + 1);
  const extension = written.toLowerCase();
  const plan = planOf(extension);
  if (plan.settled && written === extension && !plan.isNamed(baseName)) return plan.settled;
  let claiming = NONE;
  for (const { extractor, isAsked } of plan.candidates) {
    if (isAsked(baseName) && extractor.claims(path, baseName)) claiming = [...claiming, extractor];
  }
  return claiming;
}

/** Lower-case text after the last dot; `''` for `Dockerfile` and for dot-files such as `.gitattributes`. */
export function extensionOf(baseName: string): string {
  const dot = baseName.lastIndexOf('.');
  return dot <= 0 ? '' : baseName.slice(dot + 1).toLowerCase();
}

function planOf(extension: string): ExtensionPlan {
  let plan = plans.get(extension);
  if (plan) return plan;
  const byExtension = EXTRACTORS.filter(
    (extractor) =>
      (!extractor.extensions && !extractor.names) || extractor.extensions?.includes(extension) === true,
  );
  const byNameOnly = EXTRACTORS.filter(
    (extractor) => extractor.names !== undefined && !byExtension.includes(extractor),
  );
  const always = () => true;
  const isSettled = byExtension.every((extractor) => extractor.claimsEvery?.includes(extension));
  plan = {
    candidates: EXTRACTORS.filter(
      (extractor) => byExtension.includes(extractor) || byNameOnly.includes(extractor),
    ).map((extractor) => ({
      extractor,
      isAsked: byExtension.includes(extractor) ? always : nameTest([extractor], extension),
    })),
    settled: isSettled ? byExtension : undefined,
    isNamed: nameTest(byNameOnly, extension),
  };
  plans.set(extension, plan);
  return plan;
}

/**
 * Whether a base name with `extension` is one of `extractors`' names: only names that can have that
 * extension are kept, so a `.py` file is checked against `setup.py` and three prefixes.
 */
function nameTest(extractors: readonly Extractor[], extension: string): (baseName: string) => boolean {
  const exact = new Set(
    extractors.flatMap(({ names }) => names?.exact ?? []).filter((name) => extensionOf(name) === extension),
  );
  const prefixes = extractors.flatMap(({ names }) => names?.prefixes ?? []);
  // A suffix with a dot fixes the extension of the names it ends (`.Dockerfile`); one without may end any.
  const suffixes = extractors
    .flatMap(({ names }) => names?.suffixes ?? [])
    .filter(
      (suffix) =>
        !suffix.includes('.') || suffix.slice(suffix.lastIndexOf('.') + 1).toLowerCase() === extension,
    );
  return (baseName) =>
    exact.has(baseName) ||
    prefixes.some((prefix) => baseName.startsWith(prefix)) ||
    suffixes.some((suffix) => baseName.endsWith(suffix));
}
