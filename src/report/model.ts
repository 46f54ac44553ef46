// The report every renderer reads: the JSON contract (schemaVersion 1). Later versions extend it, never rename.
import { z } from 'zod';
import { BUDGETS, CATEGORIES, TEAM_SIZES } from '../engine/rule-constants.js';
import { kebabCase } from '../engine/rule-schema.js';

/** A built-in practice id or a custom rule's. */
const PracticeId = kebabCase;

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
  id: PracticeId,
  title: z.string(),
  category: z.enum(CATEGORIES),
  phase: z.number().int(),
  weight: z.number(),
  status: z.enum(STATUSES),
  /** One line saying why the status is what it is. */
  message: z.string(),
  tools: z.array(z.string()),
  /** Display names of `tools`, in the same order. */
  toolNames: z.array(z.string()),
  evidence: z.array(EvidenceSchema),
  /** For `fail`: the lines that came close, and how each fell short ("is not pinned"). */
  nearMiss: z.object({ reason: z.string(), evidence: z.array(EvidenceSchema) }).optional(),
  /** For `unknown`: the unreadable files that could have proved the practice. */
  hiddenBy: z.array(z.object({ path: z.string(), line: z.number().int().min(1).optional() })).optional(),
});
export type PracticeResult = z.infer<typeof PracticeResultSchema>;

export const DiagnosticSchema = z.object({
  path: z.string(),
  line: z.number().int().min(1).optional(),
  message: z.string(),
});
export type ReportDiagnostic = z.infer<typeof DiagnosticSchema>;

export const AdviceItemSchema = z.object({
  practice: PracticeId,
  title: z.string(),
  tool: z.string(),
  toolName: z.string(),
  /** `builds-on`: the team already uses the tool elsewhere; `recommended`: the guide's pick for its profile. */
  basis: z.enum(['builds-on', 'recommended']),
  /** True when the practice passes but phase 3 needs a phase-3-grade tool for it. */
  upgrade: z.boolean().optional(),
  why: z.string(),
  firstStep: z.string(),
  effort: z.enum(['low', 'medium', 'high']),
});
export type AdviceItem = z.infer<typeof AdviceItemSchema>;

export const AdviceNoteSchema = z.object({ tool: z.string(), toolName: z.string(), reason: z.string() });
export type AdviceNote = z.infer<typeof AdviceNoteSchema>;

export const PhaseSchema = z.object({
  current: z.number().int().min(0).max(3),
  name: z.string(),
  next: z.number().int().min(1).max(3).nullable(),
  nextName: z.string().nullable(),
  /** Practice ids the next phase still needs. */
  missing: z.array(PracticeId),
});

/** What one project (the repository, or a sub-project of a monorepo) scores. */
export const AssessmentSchema = z.object({
  score: z.number().int().min(0).max(100).nullable(),
  points: z.object({ earned: z.number(), possible: z.number(), unknown: z.number() }),
  phase: PhaseSchema,
  advice: z.array(AdviceItemSchema),
  notYet: z.array(AdviceNoteSchema),
  notes: z.array(z.string()),
});

export const ProjectReportSchema = AssessmentSchema.extend({
  root: z.string(),
  isMlProject: z.boolean(),
  practices: z.array(PracticeResultSchema),
});
export type ProjectReport = z.infer<typeof ProjectReportSchema>;

/** One practice whose status differs between the base and the head; `was` is the base's first evidence. */
export const StatusChangeSchema = z.object({
  practice: PracticeId,
  from: z.enum(STATUSES),
  to: z.enum(STATUSES),
  was: EvidenceSchema.optional(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** The change against a pull request's base commit; `available: false` with a `note` when it could not be scored. */
export const DeltaSchema = z.object({
  available: z.boolean(),
  note: z.string().optional(),
  baseScore: z.number().nullable().optional(),
  basePhase: z.number().optional(),
  scoreChange: z.number().nullable().optional(),
  phaseChange: z.number().optional(),
  gained: z.array(PracticeId).optional(),
  lost: z.array(PracticeId).optional(),
  /** Every practice whose status changed, in rule order. */
  changes: z.array(StatusChangeSchema).optional(),
});
export type Delta = z.infer<typeof DeltaSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('mlops-maturity'), version: z.string() }),
  root: z.string(),
  isMlProject: z.boolean(),
  /** The ML libraries and ML-specific tools that made `isMlProject` true, with one piece of evidence each. */
  mlSignals: z.array(EvidenceSchema),
  /**
   * What marks a repository as ML (libraries, model files, ML-specific tools), so a report on a repository
   * without ML can say what it looked for.
   */
  mlLookedFor: z.array(z.string()).optional(),
  practices: z.array(PracticeResultSchema),
  ...AssessmentSchema.shape,
  profile: z.object({ teamSize: z.enum(TEAM_SIZES), budget: z.enum(BUDGETS) }),
  /** Sub-projects named by the config's `projects` globs, each scored on its own. */
  projects: z.array(ProjectReportSchema),
  /** Where thresholds were set: what they are and whether the report meets them. */
  thresholds: z.object({
    failBelow: z.number().nullable(),
    minPhase: z.number().nullable(),
    passed: z.boolean(),
    reasons: z.array(z.string()),
  }),
  diagnostics: z.array(DiagnosticSchema),
  /** Set by the action on pull requests. */
  delta: DeltaSchema.optional(),
  stats: z.object({
    /** When the scan started (ISO 8601 UTC); a roll-up tells stale reports by it. */
    scannedAt: z.string().optional(),
    filesListed: z.number().int(),
    /** Listed files the configuration's `ignore` globs left out; present when it has some. */
    filesIgnored: z.number().int().optional(),
    filesRead: z.number().int(),
    bytesRead: z.number().int(),
    durationMs: z.number(),
  }),
});
export type Report = z.infer<typeof ReportSchema>;
