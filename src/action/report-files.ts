// The report as files for later steps: SARIF for github/codeql-action/upload-sarif (output sarif-file) and
// the shields.io endpoint JSON for a badge (output badge-file), beside the JSON report under RUNNER_TEMP.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { loadRules } from '../engine/load-rules.js';
import { renderBadge } from '../report/badge.js';
import type { Report } from '../report/model.js';
import { renderSarif } from '../report/sarif.js';

export function writeReportFiles(report: Report, prefix: string): void {
  const folder = process.env.RUNNER_TEMP || tmpdir();
  const sarif = join(folder, 'mlops-maturity.sarif');
  writeFileSync(sarif, renderSarif(report, loadRules(), { uriPrefix: prefix }));
  core.setOutput('sarif-file', sarif);
  const badge = join(folder, 'mlops-maturity-badge.json');
  writeFileSync(badge, renderBadge(report));
  core.setOutput('badge-file', badge);
}
