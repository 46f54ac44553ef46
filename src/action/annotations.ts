// Workflow annotations on the pull request's diff: each diagnostic at its file and line, and each practice
// the pull request lost. @actions/core escapes the message and the properties of each command it prints.
import * as core from '@actions/core';
import { practiceAnchor } from '../report/anchor.js';
import { neutralizeControls } from '../report/escape.js';
import type { Report } from '../report/model.js';

/** GitHub shows at most 10 warning annotations of a step; the rest stay in the job summary. */
export const MAX_WARNINGS = 10;

/** Prints the annotations for `report`, whose paths are under `prefix` in the repository. */
export function annotate(report: Report, prefix: string): void {
  const warnings: { message: string; properties: core.AnnotationProperties }[] = [];
  const lost = report.delta?.available ? (report.delta.lost ?? []) : [];
  for (const id of lost) {
    const practice = report.practices.find((candidate) => candidate.id === id);
    if (!practice) continue;
    warnings.push({
      message: `This pull request loses ${id} (${practice.title}): ${practice.message} Run mlops-maturity explain ${id} for what counts.`,
      properties: {
        title: `mlops-maturity: ${id} lost`,
        file: `${prefix}${practiceAnchor(report, '')}`,
        startLine: 1,
      },
    });
  }
  for (const diagnostic of report.diagnostics) {
    warnings.push({
      message: diagnostic.message,
      properties: {
        title: 'mlops-maturity: file not read fully',
        file: `${prefix}${diagnostic.path}`,
        startLine: diagnostic.line ?? 1,
      },
    });
  }
  // @actions/core escapes line breaks, `%`, `:` and `,`, not other control characters (a BEL, an ESC).
  for (const { message, properties } of warnings.slice(0, MAX_WARNINGS)) {
    const file = properties.file === undefined ? undefined : neutralizeControls(properties.file);
    core.warning(neutralizeControls(message), { ...properties, file });
  }
  if (warnings.length > MAX_WARNINGS) {
    core.notice(`${warnings.length - MAX_WARNINGS} more warnings: the job summary lists them all.`, {
      title: 'mlops-maturity',
    });
  }
}
