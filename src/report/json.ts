// The JSON report: the schemaVersion 1 contract, pretty-printed.
import { HIDDEN_CHARACTERS } from './escape.js';
import type { Report } from './model.js';

// JSON.stringify escapes C0 controls but writes DEL, C1 controls, the line separators, the bidirectional
// overrides and the characters that print as nothing (escape.ts) raw: escaped too, the parsed value is
// the same and a terminal showing the JSON obeys none and hides none.
const RAW_CONTROL = new RegExp(HIDDEN_CHARACTERS, 'g');
const escapeUnit = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function renderJson(report: Report): string {
  const json = JSON.stringify(report, null, 2).replace(RAW_CONTROL, (char) =>
    char.split('').map(escapeUnit).join(''),
  );
  return `${json}\n`;
}
