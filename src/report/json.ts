// The JSON report: the schemaVersion 1 contract, pretty-printed.
import type { Report } from './model.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
