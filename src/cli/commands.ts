// The CLI's commands: each one's options, positional arguments and help. An option a command would
// ignore is rejected, so `explain x --format json` cannot silently print text.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../engine/usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: Options;
  /** Positional arguments: at most this many. */
  maxPositionals: number;
  help: string;
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;
const OUTPUT_OPTION = { output: { type: 'string', short: 'o' } } as const satisfies Options;
const PROFILE_OPTIONS = {
  'team-size': { type: 'string' },
  budget: { type: 'string' },
} as const satisfies Options;

const PROFILE_HELP = `  --team-size small|medium|large  team profile for advice: 1–5, 6–20, 20+ people (default: small)
  --budget free|paid            whether paid tools may be advised (default: free)`;

export const SCAN_FORMATS = ['text', 'json', 'markdown', 'sarif', 'badge'] as const;

export const COMMANDS: readonly Command[] = [
  {
    name: 'scan',
    usage: 'mlops-maturity scan [path] [options]',
    summary: 'report which MLOps practices a repository has, with evidence',
    options: {
      ...HELP_OPTION,
      ...OUTPUT_OPTION,
      ...PROFILE_OPTIONS,
      format: { type: 'string' },
      config: { type: 'string' },
      'fail-below': { type: 'string' },
      'min-phase': { type: 'string' },
      base: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', short: 'q' },
    },
    maxPositionals: 1,
    help: `Usage: mlops-maturity scan [path] [options]

Scans the repository at path (default: the current folder) and reports which MLOps practices it has,
with the file and line that shows each, its maturity phase and score, and next steps.

Options:
  --format FORMAT               text (default), json, markdown, sarif (SARIF 2.1.0 for code scanning)
                                or badge (shields.io endpoint JSON)
  -o, --output FILE             write the report to FILE instead of standard output
  --config PATH                 configuration file (default: the nearest .mlops-maturity.yml or
                                .mlops-maturity.yaml from path up to the repository root)
${PROFILE_HELP}
  --fail-below N                exit 1 when the score is below N (0–100)
  --min-phase N                 exit 1 when the phase is below N (0–3)
  --base REF                    also score commit REF (e.g. origin/main) and show what changed since
  -j, --jobs N                  threads reading files (default: 1 below 15,000 files, else the
                                cores there are, at most 4)
  -q, --quiet                   print no report (--output still writes it); only a threshold failure
                                and errors, on standard error
  -h, --help                    show this help

Colour: on a terminal, unless NO_COLOR is set or TERM=dumb; FORCE_COLOR=1 forces it, FORCE_COLOR=0 stops it.
Exit codes: 0 success, 1 below a threshold (the reason is on standard error), 2 usage or configuration error.
`,
  },
  {
    name: 'init',
    usage: 'mlops-maturity init [path] [options]',
    summary: 'write .mlops-maturity.yml with the thresholds the repository meets today',
    options: { ...HELP_OPTION, ...PROFILE_OPTIONS, force: { type: 'boolean' } },
    maxPositionals: 1,
    help: `Usage: mlops-maturity init [path] [options]

Writes path/.mlops-maturity.yml (default path: the current folder) with the team profile and fail-below
and min-phase set to the score and phase the repository has now: a ratchet, so the build fails only if it
gets worse. On a terminal it asks for the profile options not given.

Options:
${PROFILE_HELP}
  --force                       overwrite an existing configuration file
  -h, --help                    show this help
`,
  },
  {
    name: 'rules',
    usage: 'mlops-maturity rules [--format text|markdown|json]',
    summary: 'list the practices and the tools each one recognises',
    options: { ...HELP_OPTION, ...OUTPUT_OPTION, format: { type: 'string' } },
    maxPositionals: 0,
    help: `Usage: mlops-maturity rules [options]

Lists the practices, their phase and the tools each one recognises.

Options:
  --format text|markdown|json   text (default), the Markdown of docs/rules.md, or the validated rules
  -o, --output FILE             write to FILE instead of standard output
  -h, --help                    show this help
`,
  },
  {
    name: 'explain',
    usage: 'mlops-maturity explain <practice-id>',
    summary: 'what a practice checks, why it matters, how to start',
    options: { ...HELP_OPTION, ...OUTPUT_OPTION },
    maxPositionals: 1,
    help: `Usage: mlops-maturity explain <practice-id> [options]

Says what a practice checks, why it matters and a first step. mlops-maturity rules lists the ids.

Options:
  -o, --output FILE             write to FILE instead of standard output
  -h, --help                    show this help
`,
  },
  {
    name: 'schema',
    usage: 'mlops-maturity schema [--report]',
    summary: 'print the JSON Schema of .mlops-maturity.yml, or of the JSON report',
    options: { ...HELP_OPTION, ...OUTPUT_OPTION, report: { type: 'boolean' } },
    maxPositionals: 0,
    help: `Usage: mlops-maturity schema [options]

Prints the JSON Schema of .mlops-maturity.yml (for editors), or with --report that of the JSON report
(scan --format json).

Options:
  --report                      the JSON report's schema instead of the configuration's
  -o, --output FILE             write to FILE instead of standard output
  -h, --help                    show this help
`,
  },
];

export const OVERVIEW = `Usage: mlops-maturity <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(11)}${command.summary}`).join('\n')}
  rules test [dir]  run a custom rule pack's fixtures
  rollup REPORT.json|FOLDER...  merge reports of many repositories into one view
  history [path]    the score and practices over the git history (history --help)

Run mlops-maturity <command> --help for a command's options.
  -h, --help        show this help
  -v, --version     show the version
`;

export interface ParsedCommand {
  command: Command;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses `argv` after the command name with that command's options. Throws UsageError naming the fix. */
export function parseCommand(command: Command, argv: string[]): ParsedCommand {
  const seeHelp = `Run mlops-maturity ${command.name} --help.`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    // node's own wording is long and suggests `--`; name the option and the command instead.
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown) throw new UsageError(`${command.name} has no option "${unknown}". ${seeHelp}`);
    const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message)?.[1];
    if (missing) throw new UsageError(`${missing} needs a value. ${seeHelp}`);
    // node words a value that starts with a dash (`--base -x`) in three lines.
    const ambiguous = /^Option '(?:-\w, )?(--[\w-]+)' argument is ambiguous/.exec(message)?.[1];
    if (ambiguous)
      throw new UsageError(
        `${ambiguous} needs a value (write ${ambiguous}=VALUE for one that starts with "-"). ${seeHelp}`,
      );
    const takesNone = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message)?.[1];
    if (takesNone) throw new UsageError(`${takesNone} takes no value. ${seeHelp}`);
    throw new UsageError(`${message.split('\n')[0]!.replace(/\.$/, '')}. ${seeHelp}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > command.maxPositionals) {
    const extra = positionals[command.maxPositionals]!;
    throw new UsageError(
      command.maxPositionals === 0
        ? `${command.name} takes no argument, got "${extra}". ${seeHelp}`
        : `${command.name} takes one ${command.name === 'explain' ? 'practice id' : 'path'}, got also "${extra}". Quote paths with spaces.`,
    );
  }
  return { command, values: values as ParsedCommand['values'], positionals };
}

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
