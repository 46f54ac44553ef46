// Types of eval/score.mjs, for the TypeScript test that imports it.

export type Outcome = 'tp' | 'fp' | 'fn' | 'tn';

export interface LabelPractice {
  present: boolean;
  tools?: string[];
  evidence?: string[];
}

export interface Label {
  repo: string;
  commit: string;
  kind: string;
  isMlProject: boolean;
  practices: Record<string, LabelPractice>;
  notes?: string;
}

export interface ScannerEvidence {
  path: string;
  line?: number;
  detail?: string;
}

export interface ScanReport {
  isMlProject?: boolean;
  practices?: { id: string; status: string; evidence?: ScannerEvidence[] }[];
}

export interface Row {
  repo: string;
  practice: string;
  outcome: Outcome;
  scannerStatus: string;
  labelEvidence?: string[];
  scannerEvidence?: ScannerEvidence[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface MlCall {
  repo: string;
  expected: boolean;
  predicted: boolean;
}

export interface Summary {
  perPractice: (Counts & { practice: string })[];
  overall: Counts;
  overallMl: Counts;
  ml: { right: number; total: number; wrong: MlCall[] };
  errors: Row[];
}

export const PRACTICE_IDS: string[];
export const KINDS: string[];
export function labelFileName(repo: string): string;
export function labelProblem(label: unknown, fileName?: string): string | null;
export function predictionsOf(report: ScanReport): Map<string, ScannerEvidence[]>;
export function compareRepo(label: Label, report: ScanReport): Row[];
export function ratios(counts: { tp: number; fp: number; fn: number }): Pick<Counts, 'precision' | 'recall' | 'f1'>;
export function summarize(rows: Row[], mlCalls?: MlCall[]): Summary;
