// `mlops-maturity rollup REPORT.json|FOLDER... [--previous ROLLUP.json] [--format markdown|json|csv]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from '../engine/usage-error.js';
import {
  findReportFiles,
  isReadError,
  type ReportReadError,
  type RollupEntry,
  readReport,
} from './read-reports.js';
import { renderRollupCsv, renderRollupJson, renderRollupMarkdown } from './render-rollup.js';
import { type Rollup, rollUp } from './rollup.js';

export const ROLLUP_HELP = `Usage: mlops-maturity rollup REPORT.json|FOLDER... [options]

Merges per-repository JSON reports (scan --format json) into one view: each repository's phase and score,
the phase distribution, the practices missing most, who regressed, and stale reports.

Options:
  --format markdown|json|csv   output format (default: markdown)
  --previous FILE              an earlier roll-up's JSON: show each repository's change since then
  --stale-days N               a report older than N days is stale (default: 30)
  --output FILE                write to FILE instead of standard output
  -h, --help                   show this help
`;

const FORMATS = { markdown: renderRollupMarkdown, json: renderRollupJson, csv: renderRollupCsv } as const;

// Only what `compare` reads of the previous roll-up; the rest of it may change between versions.
const PreviousRollupSchema = z.object({
  repositories: z.array(
    z.object({
      name: z.string(),
      isMlProject: z.boolean(),
      score: z.number().nullable(),
      phase: z.number().int().min(0).max(3),
    }),
  ),
});

export interface RollupIo {
  stdout: { write(text: string): unknown };
  now?: Date;
}

/** Runs the roll-up command; returns the exit code. Throws UsageError for bad arguments. */
export function runRollup(argv: string[], io: RollupIo): number {
  const { values, positionals } = parseRollupArgs(argv);
  if (values.help) {
    io.stdout.write(ROLLUP_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('rollup needs report files or folders. Run mlops-maturity rollup --help.');
  const format = values.format ?? 'markdown';
  if (!(format in FORMATS))
    throw new UsageError(`--format must be one of markdown, json, csv for rollup, got "${format}".`);
  const staleDays =
    values['stale-days'] === undefined ? 30 : wholeNumber('--stale-days', values['stale-days']);
  const entries: RollupEntry[] = [];
  const errors: ReportReadError[] = [];
  for (const file of findReportFiles(positionals)) {
    const read = readReport(file);
    if (isReadError(read)) errors.push(read);
    else entries.push(read);
  }
  const previous = values.previous === undefined ? undefined : readPrevious(values.previous);
  const rollup = rollUp(entries, errors, { now: io.now ?? new Date(), staleDays, previous });
  const output = FORMATS[format as keyof typeof FORMATS](rollup);
  if (values.output) {
    try {
      writeFileSync(values.output, output);
    } catch (error) {
      throw new UsageError(
        `--output ${values.output}: cannot write (${(error as NodeJS.ErrnoException).code}). Pick a writable path.`,
      );
    }
  } else io.stdout.write(output);
  return 0;
}

function parseRollupArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        previous: { type: 'string' },
        'stale-days': { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const option = /Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    const problem = option ? `unknown option "${option}"` : (error as Error).message.replace(/\.$/, '');
    throw new UsageError(`rollup: ${problem}. Run mlops-maturity rollup --help.`);
  }
}

function readPrevious(file: string): Rollup {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--previous ${file}: ${code ? `cannot read (${code})` : 'not valid JSON'}. Give the JSON of an earlier rollup (--format json).`,
    );
  }
  const parsed = PreviousRollupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'the file';
    throw new UsageError(
      `--previous ${file}: ${field} is not what rollup --format json writes (${issue?.message ?? 'invalid'}).`,
    );
  }
  return parsed.data as unknown as Rollup;
}

function wholeNumber(flag: string, value: string): number {
  if (/^\d{1,5}$/.test(value)) return Number(value);
  throw new UsageError(`${flag} must be a whole number of days, got "${value}".`);
}
