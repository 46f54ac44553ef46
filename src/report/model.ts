// The report every renderer reads: the JSON contract (schemaVersion 1). Later versions extend it, never rename.
import { z } from 'zod';
import { CATEGORIES, PRACTICE_IDS } from '../engine/rule-schema.js';

export const EVIDENCE_KINDS = [
  'dependency',
  'import',
  'call',
  'route',
  'manifest',
  'image',
  'command',
  'ci',
  'signal',
  'file',
] as const;

export const EvidenceSchema = z.object({
  /** Repo-relative POSIX path. */
  path: z.string(),
  line: z.number().int().min(1),
  /** 0-based cell index for notebooks; `line` is then within the cell. */
  cell: z.number().int().min(0).optional(),
  tool: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  detail: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const STATUSES = ['pass', 'fail', 'not-applicable', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const PracticeResultSchema = z.object({
  id: z.enum(PRACTICE_IDS),
  title: z.string(),
  category: z.enum(CATEGORIES),
  phase: z.number().int(),
  weight: z.number(),
  status: z.enum(STATUSES),
  /** One line saying why the status is what it is. */
  message: z.string(),
  tools: z.array(z.string()),
  evidence: z.array(EvidenceSchema),
});
export type PracticeResult = z.infer<typeof PracticeResultSchema>;

export const DiagnosticSchema = z.object({
  path: z.string(),
  line: z.number().int().min(1).optional(),
  message: z.string(),
});
export type ReportDiagnostic = z.infer<typeof DiagnosticSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('mlops-maturity'), version: z.string() }),
  root: z.string(),
  isMlProject: z.boolean(),
  /** The ML libraries and ML-specific tools that made `isMlProject` true, with one piece of evidence each. */
  mlSignals: z.array(EvidenceSchema),
  practices: z.array(PracticeResultSchema),
  diagnostics: z.array(DiagnosticSchema),
  stats: z.object({
    filesListed: z.number().int(),
    filesRead: z.number().int(),
    bytesRead: z.number().int(),
    durationMs: z.number(),
  }),
});
export type Report = z.infer<typeof ReportSchema>;
