// Reads the per-repository JSON reports a roll-up merges. Reports come from other repositories' runs, so
// every field is checked before use; a bad file becomes a listed error and the roll-up goes on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../engine/usage-error.js';

/** What a roll-up needs of one report: small, so 5,000 of them stay cheap. */
export interface RollupEntry {
  /** `owner/name` when the report says, else the file name without `.json`. */
  name: string;
  file: string;
  isMlProject: boolean;
  score: number | null;
  phase: number;
  /** Practice ids whose status is `fail`. */
  missing: string[];
  /** Practice id → title, for display. */
  titles: Record<string, string>;
  /** Practices the report's own pull-request delta lost. */
  lost: string[];
  /** When the scan ran (ISO 8601): the report's `stats.scannedAt`, else the file's modification time. */
  scannedAt: string;
}

export interface ReportReadError {
  file: string;
  message: string;
}

/** A report above this size is not a report (the largest real ones are under 1 MiB). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/**
 * Expands the arguments (files, or folders searched recursively for `*.json`) into report files, in a
 * stable order. Throws UsageError when an argument does not exist or nothing was found.
 */
export function findReportFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(arg);
    } catch {
      throw new UsageError(`rollup: "${arg}" does not exist. Give report files or folders of them.`);
    }
    if (stats.isDirectory()) files.push(...jsonFilesUnder(arg));
    else files.push(arg);
  }
  if (files.length === 0) {
    throw new UsageError(
      `rollup: no *.json report found in ${args.join(', ')}. Run scan --format json first.`,
    );
  }
  return files;
}

function jsonFilesUnder(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // Symlinks are not followed: an artifact folder has none, and a loop would never end.
    if (entry.isDirectory()) found.push(...jsonFilesUnder(path));
    else if (entry.isFile() && entry.name.endsWith('.json')) found.push(path);
  }
  return found;
}

/** Reads one report file; returns an error entry instead of throwing on anything wrong with it. */
export function readReport(file: string): RollupEntry | ReportReadError {
  let text: string;
  let modified: Date;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return { file, message: 'not a regular file' };
    if (stats.size > MAX_REPORT_BYTES) return { file, message: `larger than ${MAX_REPORT_BYTES >> 20} MiB` };
    text = readFileSync(file, 'utf8');
    modified = stats.mtime;
  } catch (error) {
    return { file, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { file, message: 'not valid JSON' };
  }
  return toEntry(file, value, modified);
}

function toEntry(file: string, value: unknown, modified: Date): RollupEntry | ReportReadError {
  if (!isRecord(value) || value.schemaVersion !== 1) {
    return { file, message: 'not an mlops-maturity report (schemaVersion 1 expected)' };
  }
  const { isMlProject, score, phase, practices } = value;
  if (typeof isMlProject !== 'boolean') return fieldError(file, 'isMlProject', 'a boolean');
  if (score !== null && !(typeof score === 'number' && score >= 0 && score <= 100))
    return fieldError(file, 'score', 'a number from 0 to 100 or null');
  const current = isRecord(phase) ? phase.current : undefined;
  if (!(typeof current === 'number' && Number.isInteger(current) && current >= 0 && current <= 3))
    return fieldError(file, 'phase.current', 'a whole number from 0 to 3');
  if (!Array.isArray(practices)) return fieldError(file, 'practices', 'a list');
  const missing: string[] = [];
  const titles: Record<string, string> = {};
  for (const [index, practice] of practices.entries()) {
    if (!isRecord(practice) || typeof practice.id !== 'string' || typeof practice.status !== 'string')
      return fieldError(file, `practices[${index}]`, 'an object with id and status');
    if (practice.status === 'fail') missing.push(practice.id);
    titles[practice.id] = typeof practice.title === 'string' ? practice.title : practice.id;
  }
  const delta = isRecord(value.delta) ? value.delta : undefined;
  const lost = Array.isArray(delta?.lost)
    ? delta.lost.filter((id): id is string => typeof id === 'string')
    : [];
  const source = isRecord(value.source) ? value.source : undefined;
  const repository = typeof source?.repository === 'string' ? source.repository : undefined;
  const stamp = isRecord(value.stats) ? value.stats.scannedAt : undefined;
  const scannedAt =
    typeof stamp === 'string' && !Number.isNaN(Date.parse(stamp))
      ? new Date(stamp).toISOString()
      : modified.toISOString();
  return {
    // The roll-up workflow names each report `owner__name.json`.
    name:
      repository ??
      basename(file)
        .replace(/\.json$/, '')
        .replace('__', '/'),
    file,
    isMlProject,
    score: typeof score === 'number' ? Math.round(score) : null,
    phase: current,
    missing,
    titles,
    lost,
    scannedAt,
  };
}

function fieldError(file: string, field: string, expected: string): ReportReadError {
  return { file, message: `${field} must be ${expected}` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isReadError(entry: RollupEntry | ReportReadError): entry is ReportReadError {
  return !('name' in entry);
}
