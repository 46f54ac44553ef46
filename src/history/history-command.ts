// `mlops-maturity history`: the maturity timeline of a repository's first-parent history.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { withCustomRules } from '../engine/custom-rules.js';
import { loadRules } from '../engine/load-rules.js';
import { UsageError } from '../engine/usage-error.js';
import { loadValidation } from '../engine/validation.js';
import { isIsoDate, readHistory } from './git-history.js';
import { renderHistoryJson, renderHistoryMarkdown } from './render-history.js';
import { scoreHistory } from './score-history.js';
import { buildTimeline, type Timeline } from './timeline.js';

export const HISTORY_HELP = `Usage:
  mlops-maturity history [path] [options]   the maturity score and practices over the first-parent history

Options of history:
  --max-commits N           score the last N commits (default: 100, at most 10000)
  --since DATE              only commits since DATE (YYYY-MM-DD, or an ISO 8601 date and time)
  --format markdown|json    output format (default: markdown)
  --output FILE             write the timeline to FILE instead of standard output
  --config PATH             configuration file (default: <path>/.mlops-maturity.yml when present)
  -h, --help                show this help
`;

export const DEFAULT_MAX_COMMITS = 100;
const MAX_COMMITS_LIMIT = 10_000;

interface Io {
  stdout: { write(text: string): unknown };
}

export interface HistoryOptions {
  maxCommits: number;
  since?: string;
  configPath?: string;
}

/** Runs `history` with its arguments (after the command word); returns the exit code. Throws UsageError. */
export async function runHistory(argv: string[], io: Io): Promise<number> {
  await loadValidation();
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(HISTORY_HELP);
    return 0;
  }
  const [path = '.', ...extra] = positionals;
  if (extra.length > 0)
    throw new UsageError(`history takes one path, got also "${extra[0]}". Quote paths with spaces.`);
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json')
    throw new UsageError(`--format must be one of markdown, json for history, got "${format}".`);
  const timeline = buildHistoryTimeline(path, {
    maxCommits: parseMaxCommits(values['max-commits']),
    since: parseSince(values.since),
    configPath: values.config,
  });
  const output = format === 'json' ? renderHistoryJson(timeline) : renderHistoryMarkdown(timeline);
  if (values.output) {
    try {
      writeFileSync(values.output, output);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`--output ${values.output}: cannot write (${code}). Pick a writable path.`);
    }
  } else {
    io.stdout.write(output);
  }
  return 0;
}

/** Scores the history of the repository at `path`. Throws UsageError when it has none to read. */
export function buildHistoryTimeline(path: string, options: HistoryOptions): Timeline {
  const root = resolve(path);
  const loaded = loadConfig(path, options.configPath);
  const config = loaded.config;
  // The rules of today, custom ones included, judge every commit: a timeline measures against one standard.
  const ruleSet = withCustomRules(loadRules(), path, config, loaded.path);
  const history = readHistory(root, options.maxCommits, options.since);
  const scored = scoreHistory(root, history, ruleSet, config);
  const oldest = history.commits[0];
  const isCut = oldest !== undefined && oldest.parents.length === 0 && history.isShallow;
  return buildTimeline(scored, {
    startsAtRoot: oldest !== undefined && oldest.parents.length === 0 && !history.isShallow,
    note: isCut ? shallowNote(history.commits.length) : undefined,
  });
}

export function shallowNote(commits: number): string {
  return `The clone is shallow: git has ${commits === 1 ? 'only 1 commit' : `only ${commits} commits`} of this history. Fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) to see how the maturity evolved.`;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'max-commits': { type: 'string' },
        since: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const message = (error as Error).message;
    const option = /Unknown option '([^']+)'/.exec(message)?.[1];
    const missing = /Option '(--[\w-]+)[^']*' argument missing/.exec(message)?.[1];
    const problem = option
      ? `unknown option "${option}" for history`
      : missing
        ? `${missing} needs a value`
        : message.split('\n')[0]!.replace(/\.$/, '');
    throw new UsageError(`${problem}. Run mlops-maturity history --help.`);
  }
}

function parseMaxCommits(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_COMMITS;
  const number = Number(value);
  if (/^\d+$/.test(value) && number >= 1 && number <= MAX_COMMITS_LIMIT) return number;
  throw new UsageError(
    `--max-commits must be a whole number from 1 to ${MAX_COMMITS_LIMIT}, got "${value}".`,
  );
}

function parseSince(value: string | undefined): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new UsageError(`--since must be a date such as 2025-01-31 or 2025-01-31T12:00:00Z, got "${value}".`);
}
