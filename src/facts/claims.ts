// Which extractors claim a listed file. Asked once per listed file (100,000 times in a large monorepo),
// so it asks only the extractors that can claim a name with that extension.
import { EXTRACTORS } from './extractors.js';
import type { Extractor } from './model.js';

const NONE: readonly Extractor[] = [];
const askedByExtension = new Map<string, readonly Extractor[]>();

/** The extractors that claim `path`, in EXTRACTORS order, decided from the path alone. */
export function claimsOf(path: string): readonly Extractor[] {
  const baseName = path.slice(path.lastIndexOf('/') + 1);
  const asked = extractorsToAsk(extensionOf(baseName));
  let claiming = NONE;
  for (const extractor of asked) {
    if (extractor.claims(path, baseName)) claiming = [...claiming, extractor];
  }
  return claiming;
}

/** Lower-case text after the last dot; `''` for `Dockerfile` and for dot-files such as `.gitattributes`. */
export function extensionOf(baseName: string): string {
  const dot = baseName.lastIndexOf('.');
  return dot <= 0 ? '' : baseName.slice(dot + 1).toLowerCase();
}

function extractorsToAsk(extension: string): readonly Extractor[] {
  let asked = askedByExtension.get(extension);
  if (!asked) {
    asked = EXTRACTORS.filter(
      (extractor) => !extractor.extensions || extractor.extensions.includes(extension),
    );
    askedByExtension.set(extension, asked);
  }
  return asked;
}
