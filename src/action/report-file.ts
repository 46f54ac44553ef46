// The comment handed from a pull_request run to a workflow_run run (pull requests from forks, whose token
// cannot comment). The file comes from a run of the fork's code, so it is parsed and checked, never trusted.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { MARKER_PATTERN } from './comment-key.js';

const MAX_BODY = 65_536;

export const ReportFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    pullRequest: z.number().int().min(1),
    headSha: z.string().regex(/^[0-9a-f]{40}$/),
    marker: z.string().regex(MARKER_PATTERN, 'must be a mlops-maturity marker'),
    body: z.string().max(MAX_BODY),
  })
  .refine((file) => file.body.startsWith(`${file.marker}\n`), 'body must start with its marker');
export type ReportFile = z.infer<typeof ReportFileSchema>;

export function writeReportFile(path: string, file: Omit<ReportFile, 'schemaVersion'>): void {
  writeFileSync(path, `${JSON.stringify({ schemaVersion: 1, ...file }, null, 2)}\n`);
}

/** The parsed file, or a one-line reason it cannot be posted. */
export function readReportFile(path: string): ReportFile | { problem: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { problem: `${path} was not found. Download the artifact the pull_request run uploaded first.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `${path} is not JSON. Write it with the action's report-file input.` };
  }
  const result = ReportFileSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.join('.') : 'the file';
  return { problem: `${path}: ${field} ${issue.message}. Write it with the action's report-file input.` };
}
