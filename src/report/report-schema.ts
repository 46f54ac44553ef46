// The JSON Schema of the JSON report (`scan --format json`), generated from its zod schema in model.ts.
import { z } from 'zod';
import { ReportSchema } from './model.js';

export function renderReportJsonSchema(): string {
  const schema = z.toJSONSchema(ReportSchema, { io: 'output', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'mlops-maturity JSON report (schemaVersion 1)' }, null, 2)}\n`;
}
