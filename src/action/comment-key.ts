// The hidden marker that finds this scan's comment: one per `comment-key`, so two steps scanning different
// folders keep two comments. The default key is the scanned path; `.` keeps the original marker.

import { withoutTrailingSlashes } from '../facts/formats/line-text.js';

const PREFIX = 'mlops-maturity';

/** `<!-- mlops-maturity -->` for the key `` or `.`, `<!-- mlops-maturity:services/api -->` otherwise. */
export function markerFor(key: string): string {
  const cleaned = normaliseKey(key);
  return cleaned === '' ? `<!-- ${PREFIX} -->` : `<!-- ${PREFIX}:${cleaned} -->`;
}

/** The key from the `comment-key` input, else from `path`: `./services/api/` and `services/api` agree. */
export function commentKey(input: string | undefined, path: string): string {
  return normaliseKey(input ?? path);
}

/** A marker this action writes: a report file must start with one before it is posted. */
export const MARKER_PATTERN = /^<!-- mlops-maturity(?::[A-Za-z0-9._/-]+)? -->$/;

function normaliseKey(key: string): string {
  // Inside an HTML comment `--` would end it early; only plain path characters are kept.
  return withoutTrailingSlashes(key.replaceAll('\\', '/').replace(/^(\.\/)+/, ''))
    .replace(/^\.$/, '')
    .replace(/[^A-Za-z0-9._/-]/g, '-')
    .replace(/-{2,}/g, '-');
}
