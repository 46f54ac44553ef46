// The CLI: parse argv, call scan(), print a renderer's string, return the exit code (src/bin.ts sets it).
import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBaseRef } from './cli/base-ref.js';
import { shouldColor } from './cli/color.js';
import { type Command, findCommand, OVERVIEW, parseCommand, SCAN_FORMATS } from './cli/commands.js';
import type { Config } from './config/config-schema.js';
import { loadConfig } from './config/load-config.js';
import { withCustomRules } from './engine/custom-rules.js';
import { loadRules, loadRulesSnapshot, type RuleSet } from './engine/load-rules.js';
import { BUDGETS, TEAM_SIZES } from './engine/rule-constants.js';
import { UsageError } from './engine/usage-error.js';
import { loadValidation, whenValidated } from './engine/validation.js';
import { compareWithBase, startBaseGit } from './pipeline/base-scan.js';
import { pathInWorkTree } from './repo/run-git.js';
import { neutralizeControls } from './report/escape.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import type { Report } from './report/model.js';
import { renderRuleDocsMarkdown, renderRuleExplanation, renderRuleListText } from './report/rule-docs.js';
import { renderText } from './report/text.js';
import { FileOutcomes, scanLoadingWalk } from './scan.js';
import { markPhase } from './timings.js';
import { VERSION } from './version.js';

type Format = (typeof SCAN_FORMATS)[number];
type Values = Record<string, string | boolean | undefined>;

interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
}

/** Runs the CLI and returns the exit code. Usage errors print one line; internal errors no stack unless DEBUG is set. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  markPhase('started');
  endQuietlyOnClosedPipes(io);
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

/**
 * `scan | head` closes the pipe before the report is written: that is the reader's choice, not an error,
 * so the run ends with its own exit code and no stack trace. Other write errors get one line.
 */
function endQuietlyOnClosedPipes(io: Io): void {
  for (const stream of [io.stdout, io.stderr]) {
    // A caller's own sink may be a bare writer, with no events to listen to.
    if (typeof stream.on !== 'function') continue;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      if (stream !== io.stderr) io.stderr.write(`mlops-maturity: cannot write the output (${error.code}).\n`);
    });
  }
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  // Commands with options of their own parse them themselves, and load only when asked for.
  if (argv[0] === 'rollup') return (await import('./rollup/rollup-command.js')).runRollup(argv.slice(1), io);
  if (argv[0] === 'history')
    return (await import('./history/history-command.js')).runHistory(argv.slice(1), io);
  if (argv[0] === 'rules' && argv[1] === 'test') {
    await loadValidation();
    return (await import('./rule-pack/rules-test-command.js')).runRulesTest(argv.slice(2), io);
  }
  if (argv[0] === 'help' && argv[1] === 'rollup') return runCommand(['rollup', '--help'], io);
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('missing command. Run mlops-maturity scan [path].');
  if (name === '-h' || name === '--help') return writeOutput(OVERVIEW, undefined, io);
  if (name === '-v' || name === '--version') return writeOutput(`${VERSION}\n`, undefined, io);
  if (name === 'help') return writeOutput(helpFor(rest[0]), undefined, io);
  const command = findCommand(name);
  if (!command) {
    throw new UsageError(
      name.startsWith('-')
        ? `"${neutralizeControls(name)}" comes before a command. Run mlops-maturity scan [path] ${neutralizeControls(name)}.`
        : `unknown command "${neutralizeControls(name)}". Run mlops-maturity --help.`,
    );
  }
  const { values, positionals } = parseCommand(command, rest);
  if (values.help) return writeOutput(command.help, undefined, io);
  const output = values.output as string | undefined;
  switch (command.name) {
    case 'scan':
      return runScan(values, positionals[0] ?? '.', io);
    case 'init':
      return runInit(values, positionals[0] ?? '.', io);
    case 'rules':
      await loadValidation();
      return writeOutput(renderRules(values.format as string | undefined), output, io);
    case 'explain':
      await loadValidation();
      return writeOutput(explain(positionals[0]), output, io);
    default:
      return writeOutput(await renderSchema(values.report === true), output, io);
  }
}

function helpFor(name: string | undefined): string {
  if (name === undefined) return OVERVIEW;
  const command: Command | undefined = findCommand(name);
  if (!command)
    throw new UsageError(`unknown command "${neutralizeControls(name)}". Run mlops-maturity --help.`);
  return command.help;
}

async function runScan(values: Values, path: string, io: Io): Promise<number> {
  const format = oneOf('--format', (values.format as string | undefined) ?? 'text', SCAN_FORMATS);
  const file = values.output as string | undefined;
  const base = values.base as string | undefined;
  const isQuiet = values.quiet === true;
  const showProgress = format === 'text' && !file && !isQuiet && io.stderr.isTTY === true;
  // A ref never starts with a dash: such a value is a git option, refused before git sees it.
  if (base?.startsWith('-'))
    throw new UsageError(
      `--base must name a commit (a branch, tag or SHA), got "${neutralizeControls(base.slice(0, 60))}".`,
    );
  // A base that names no commit is a usage error before any work; git's part of scoring a good one runs
  // beside the head scan. A path that is no folder is left to the scan to report.
  if (base !== undefined && isFolder(path)) checkBaseRef(resolve(path), path, base);
  const baseGit = base !== undefined ? startBaseGit(resolve(path), base) : undefined;
  const { config, ruleSet } = await whenValidated(() => {
    const loaded = loadConfig(path, values.config as string | undefined);
    const config = withFlags(loaded.config, values);
    return { config, ruleSet: withCustomRules(loadRules(), path, config, loaded.path) };
  });
  markPhase('configuration and rules loaded');
  const keep = base !== undefined ? new FileOutcomes() : undefined;
  const head = await scanLoadingWalk(path, {
    ruleSet,
    config,
    keep,
    threads: parseJobs(values.jobs as string | undefined),
    onProgress: showProgress ? progressPrinter(io.stderr) : undefined,
  });
  const report =
    base !== undefined
      ? { ...head, delta: await compareWithBase(resolve(path), base, ruleSet, config, head, keep, baseGit) }
      : head;
  if (base !== undefined) markPhase('base scored');
  if (file || !isQuiet) {
    const color = !file && shouldColor(io.stdout, io.env);
    writeOutput(await render(format, report, ruleSet, path, color), file, io);
  }
  markPhase('report written');
  // The reason goes to standard error whatever the format and wherever the report went.
  if (!report.thresholds.passed)
    io.stderr.write(`mlops-maturity: threshold not met: ${report.thresholds.reasons.join('; ')}.\n`);
  return report.thresholds.passed ? 0 : 1;
}

/** The report in `format`; SARIF and the badge are loaded only when asked for. */
async function render(format: Format, report: Report, ruleSet: RuleSet, path: string, color: boolean) {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report);
  if (format === 'sarif') {
    const { renderSarif } = await import('./report/sarif.js');
    // Code scanning wants paths from the repository's root, the scanned folder may be below it.
    const folder = isFolder(path) ? pathInWorkTree(resolve(path)) : '';
    return renderSarif(report, ruleSet, { uriPrefix: folder ? `${folder}/` : '' });
  }
  if (format === 'badge') return (await import('./report/badge.js')).renderBadge(report);
  return renderText(report, { color });
}

async function runInit(values: Values, path: string, io: Io): Promise<number> {
  // init scans the repository to suggest thresholds: its rules may need validating.
  await loadValidation();
  const { initConfig, terminalQuestions } = await import('./cli/init.js');
  const teamSize = values['team-size'] as string | undefined;
  const budget = values.budget as string | undefined;
  const questions =
    io.stdin?.isTTY && io.stdout.isTTY && (teamSize === undefined || budget === undefined)
      ? terminalQuestions(io.stdin, io.stdout)
      : undefined;
  try {
    const done = await initConfig({
      path,
      teamSize: teamSize === undefined ? undefined : oneOf('--team-size', teamSize, TEAM_SIZES),
      budget: budget === undefined ? undefined : oneOf('--budget', budget, BUDGETS),
      force: values.force === true,
      ask: questions?.ask,
    });
    return writeOutput(done, undefined, io);
  } finally {
    questions?.close();
  }
}

async function renderSchema(isReport: boolean): Promise<string> {
  if (!isReport) return (await import('./config/json-schema.js')).renderConfigJsonSchema();
  return (await import('./report/report-schema.js')).renderReportJsonSchema();
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Command-line options override the configuration file, one field each. */
function withFlags(config: Config, flags: Values): Config {
  const values = flags as Record<string, string | undefined>;
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

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!/^\d{1,2}$/.test(value) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, got "${value}".`);
  return jobs;
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
