// Groups repeated diagnostics for reading: a conda export in requirements.txt gives one "cannot read
// requirement" per line, hundreds in one file, which say one thing.
import type { ReportDiagnostic } from './model.js';

export interface DiagnosticGroup {
  /** The first diagnostic of the group, shown as its example. */
  first: ReportDiagnostic;
  /** The lines of the others, in report order (undefined for a diagnostic without one). */
  moreLines: (number | undefined)[];
}

/** Diagnostics of one file whose messages differ only inside quotes form one group, in first-seen order. */
export function groupDiagnostics(diagnostics: readonly ReportDiagnostic[]): DiagnosticGroup[] {
  const groups = new Map<string, DiagnosticGroup>();
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.path}\0${diagnostic.message.replace(/"[^"]*"/g, '""')}`;
    const group = groups.get(key);
    if (group) group.moreLines.push(diagnostic.line);
    else groups.set(key, { first: diagnostic, moreLines: [] });
  }
  return [...groups.values()];
}
