// The CLI: parse argv, call scan(), print a renderer's string, return the exit code (src/bin.ts sets it).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from './config/config-schema.js';
import { renderConfigJsonSchema } from './config/json-schema.js';
import { loadConfig } from './config/load-config.js';
import { withCustomRules } from './engine/custom-rules.js';
import { loadRules, loadRulesSnapshot } from './engine/load-rules.js';
import { BUDGETS, TEAM_SIZES } from './engine/rule-schema.js';
import { UsageError } from './engine/usage-error.js';
import { compareWithBase, startBaseGit } from './pipeline/base-scan.js';
import { neutralizeControls } from './report/escape.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderRuleDocsMarkdown, renderRuleExplanation, renderRuleListText } from './report/rule-docs.js';
import { renderText } from './report/text.js';
import { FileOutcomes, scanLoadingWalk } from './scan.js';
import { markPhase } from './timings.js';
import { VERSION } from './version.js';

const HELP = `Usage:
  mlops-maturity scan [path] [options]   report which MLOps practices a repository has, with evidence
  mlops-maturity rules [--format text|markdown|json]   list the practices and the tools each one recognises
  mlops-maturity explain <practice-id>   what a practice checks, why it matters, how to start
  mlops-maturity schema                  print the JSON Schema of .mlops-maturity.yml
  mlops-maturity rules test [dir]        run a custom rule pack's fixtures (rules test --help)
  mlops-maturity rollup REPORT.json|FOLDER...   merge reports of many repositories (rollup --help)
  mlops-maturity history [path] [options]   the score and practices over the git history (history --help)

Options of scan:
  --format text|json|markdown   output format (default: text)
  --output FILE                 write the report to FILE instead of standard output
  --config PATH                 configuration file (default: <path>/.mlops-maturity.yml when present)
  --team-size small|medium|large  team profile for advice: 1–5, 6–20, 20+ people (default: small)
  --budget free|paid            whether paid tools may be advised (default: free)
  --fail-below N                exit 1 when the score is below N (0–100)
  --min-phase N                 exit 1 when the phase is below N (0–3)
  --base REF                    also score commit REF (e.g. origin/main) and show what changed since
  -j, --jobs N                  threads reading files (default: 1 below 15,000 files, else the
                                cores there are, at most 4)

Other options:
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 success, 1 below a threshold (after printing the report), 2 usage or configuration error.
`;

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Runs the CLI and returns the exit code. Usage errors print one line; internal errors no stack unless DEBUG is set. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  markPhase('started');
  try {
    return await runCommand(argv, io);
  } catch (error) {
    // A message can quote a path or a value from the scanned repository: one line, controls shown.
    if (error instanceof UsageError) {
      io.stderr.write(`mlops-maturity: ${neutralizeControls(error.message)}\n`);
      return 2;
    }
    io.stderr.write(
      `mlops-maturity: internal error: ${neutralizeControls((error as Error).message)}. Please report it.\n`,
    );
    if (io.env.DEBUG) io.stderr.write(`${(error as Error).stack}\n`);
    return 3;
  }
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  // Commands with options of their own parse them themselves, and load only when asked for.
  if (argv[0] === 'rollup') return (await import('./rollup/rollup-command.js')).runRollup(argv.slice(1), io);
  if (argv[0] === 'rules' && argv[1] === 'test')
    return (await import('./rule-pack/rules-test-command.js')).runRulesTest(argv.slice(2), io);
  if (argv[0] === 'history')
    return (await import('./history/history-command.js')).runHistory(argv.slice(1), io);
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(argv);
  } catch (error) {
    // node's own wording is long and suggests `--`; name the option instead.
    const message = (error as Error).message;
    const option = /Unknown option '([^']+)'/.exec(message)?.[1];
    // node words a value that starts with a dash (`--base -x`) in three lines.
    const needsValue = /^Option '(?:-\w, )?(--[\w-]+)' argument is ambiguous/.exec(message)?.[1];
    const problem = option
      ? `unknown option "${option}"`
      : needsValue
        ? `${needsValue} needs a value (write ${needsValue}=VALUE for one that starts with "-")`
        : message.split('\n')[0]!.replace(/\.$/, '');
    throw new UsageError(`${problem}. Run mlops-maturity --help.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, path = '.', ...extra] = positionals;
  if (command === 'rules') return writeOutput(renderRules(values.format), values.output, io);
  if (command === 'explain') return writeOutput(explain(positionals[1]), values.output, io);
  if (command === 'schema') return writeOutput(renderConfigJsonSchema(), values.output, io);
  if (command !== 'scan') {
    throw new UsageError(
      command === undefined
        ? 'missing command. Run mlops-maturity scan [path].'
        : `unknown command "${command}". Run mlops-maturity scan [path].`,
    );
  }
  if (extra.length > 0)
    throw new UsageError(`scan takes one path, got also "${extra[0]}". Quote paths with spaces.`);
  const format = values.format ?? 'text';
  if (!isFormat(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}".`);

  const showProgress = format === 'text' && !values.output && io.stderr.isTTY === true;
  // A ref never starts with a dash: such a value is a git option, refused before git sees it.
  if (values.base !== undefined && (values.base === '' || values.base.startsWith('-')))
    throw new UsageError(`--base must name a commit (a branch, tag or SHA), got "${values.base}".`);
  // git's part of scoring the base runs beside the head scan.
  const baseGit = values.base ? startBaseGit(resolve(path), values.base) : undefined;
  const loaded = loadConfig(path, values.config);
  const config = withFlags(loaded.config, values);
  const ruleSet = withCustomRules(loadRules(), path, config, loaded.path);
  markPhase('configuration and rules loaded');
  const keep = values.base ? new FileOutcomes() : undefined;
  const head = await scanLoadingWalk(path, {
    ruleSet,
    config,
    keep,
    threads: parseJobs(values.jobs),
    onProgress: showProgress ? progressPrinter(io.stderr) : undefined,
  });
  const report = values.base
    ? {
        ...head,
        delta: await compareWithBase(resolve(path), values.base, ruleSet, config, head, keep, baseGit),
      }
    : head;
  if (values.base) markPhase('base scored');
  const useColor = !values.output && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const output =
    format === 'json'
      ? renderJson(report)
      : format === 'markdown'
        ? renderMarkdown(report)
        : renderText(report, { color: useColor });
  writeOutput(output, values.output, io);
  markPhase('report written');
  return report.thresholds.passed ? 0 : 1;
}

/** Command-line options override the configuration file, one field each. */
function withFlags(config: Config, values: ReturnType<typeof parseCli>['values']): Config {
  const merged = { ...config };
  if (values['team-size'] !== undefined)
    merged['team-size'] = oneOf('--team-size', values['team-size'], TEAM_SIZES);
  if (values.budget !== undefined) merged.budget = oneOf('--budget', values.budget, BUDGETS);
  if (values['fail-below'] !== undefined)
    merged['fail-below'] = numberIn('--fail-below', values['fail-below'], 0, 100);
  if (values['min-phase'] !== undefined)
    merged['min-phase'] = numberIn('--min-phase', values['min-phase'], 0, 3);
  return merged;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}".`);
}

/** Decimal digits only: Number() would also take `0x10`, `1e1` and ` 5`. */
function numberIn(flag: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (/^\d{1,4}$/.test(value) && number >= min && number <= max) return number;
  throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${value}".`);
}

function writeOutput(output: string, file: string | undefined, io: Io): number {
  if (file) {
    try {
      writeFileSync(file, output);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`--output ${file}: cannot write (${code}). Pick a writable path.`);
    }
  } else {
    io.stdout.write(output);
  }
  return 0;
}

function renderRules(format = 'text'): string {
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    throw new UsageError(`--format must be one of text, markdown, json for rules, got "${format}".`);
  }
  // JSON is the validated rule set with its fingerprint; the build ships it as dist/rules.json.
  if (format === 'json') return `${JSON.stringify(loadRulesSnapshot())}\n`;
  const ruleSet = loadRules();
  return format === 'markdown' ? renderRuleDocsMarkdown(ruleSet) : renderRuleListText(ruleSet);
}

function explain(id: string | undefined): string {
  const ruleSet = loadRules();
  const rule = ruleSet.rules.find((candidate) => candidate.id === id);
  if (!rule) {
    const known = ruleSet.rules.map((candidate) => candidate.id).join(', ');
    const problem = id === undefined ? 'explain needs a practice id' : `unknown practice "${id}"`;
    throw new UsageError(`${problem}. Pick one of ${known}.`);
  }
  return renderRuleExplanation(rule, ruleSet);
}

function parseCli(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      config: { type: 'string' },
      'team-size': { type: 'string' },
      budget: { type: 'string' },
      'fail-below': { type: 'string' },
      'min-phase': { type: 'string' },
      base: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!/^\d{1,2}$/.test(value) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, got "${value}".`);
  return jobs;
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** Shows "files scanned / total" on a TTY once a scan has taken more than a second. */
function progressPrinter(stderr: NodeJS.WriteStream): (done: number, total: number) => void {
  const started = Date.now();
  let shown = false;
  return (done, total) => {
    if (Date.now() - started < 1000) return;
    shown = true;
    stderr.write(`\rscanning ${done}/${total} files`);
    if (done === total && shown) stderr.write('\r\u001b[K');
  };
}
