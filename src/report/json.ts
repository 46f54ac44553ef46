// The JSON report: the schemaVersion 1 contract, pretty-printed.
import type { Report } from './model.js';

// JSON.stringify escapes C0 controls but writes DEL, C1 controls, the line separators and the bidirectional
// overrides raw: escaped too, the parsed value is the same and a terminal showing the JSON obeys none.
const RAW_CONTROL = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function renderJson(report: Report): string {
  const json = JSON.stringify(report, null, 2).replace(
    RAW_CONTROL,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
