// `mlops-maturity init`: writes .mlops-maturity.yml with the team profile and the thresholds the repository
// meets today, so a build gated on it fails only when the score or the phase gets worse.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { type Config, ConfigSchema } from '../config/config-schema.js';
import { CONFIG_FILES } from '../config/find-config.js';
import { loadRules } from '../engine/load-rules.js';
import { BUDGETS, type Budget, TEAM_SIZES, type TeamSize } from '../engine/rule-constants.js';
import { UsageError } from '../engine/usage-error.js';
import { neutralizeControls } from '../report/escape.js';
import { scanLoadingWalk } from '../scan.js';

export const SCHEMA_URL =
  'https://raw.githubusercontent.com/mlops-maturity/mlops-maturity/main/schema/mlops-maturity.schema.json';

export interface InitOptions {
  path: string;
  teamSize?: TeamSize;
  budget?: Budget;
  force: boolean;
  /** Asks for the profile options not given (set on a terminal). */
  ask?: (question: string) => Promise<string>;
}

/** Writes the file and returns the line to print. Throws UsageError when a file exists and not `force`. */
export async function initConfig(options: InitOptions): Promise<string> {
  const existing = CONFIG_FILES.map((name) => join(options.path, name)).filter((file) => existsSync(file));
  if (existing.length > 0 && !options.force) {
    throw new UsageError(
      `${neutralizeControls(existing[0]!)} exists already. Pass --force to overwrite it, or edit it by hand.`,
    );
  }
  // init writes .yml: a .yaml left beside it would make two configuration files in one folder.
  const file = join(options.path, CONFIG_FILES[0]);
  const other = existing.find((candidate) => candidate !== file);
  if (other)
    throw new UsageError(
      `${neutralizeControls(other)} exists. Remove it first: init writes ${CONFIG_FILES[0]}.`,
    );
  const teamSize = options.teamSize ?? (await askChoice(options.ask, 'Team size', TEAM_SIZES, TEAM_HINT));
  const budget = options.budget ?? (await askChoice(options.ask, 'Budget', BUDGETS, BUDGET_HINT));
  const config: Config = { ...ConfigSchema.parse({}), 'team-size': teamSize, budget };
  const report = await scanLoadingWalk(options.path, { ruleSet: loadRules(), config });
  const failBelow = report.isMlProject ? report.score : null;
  const minPhase = report.isMlProject ? report.phase.current : null;

  const lines = [
    '# mlops-maturity configuration: https://github.com/mlops-maturity/mlops-maturity#configuration',
    `$schema: ${SCHEMA_URL}`,
    `team-size: ${teamSize}        # small (1–5 people) | medium (6–20) | large (20+)`,
    `budget: ${budget}             # free | paid: whether paid tools may be advised`,
    '# The score and phase this repository has today: the build fails only if they get worse. Raise them',
    '# as practices are added.',
    failBelow === null ? '# fail-below: 60' : `fail-below: ${failBelow}`,
    minPhase === null ? '# min-phase: 1' : `min-phase: ${minPhase}`,
  ];
  try {
    writeFileSync(file, `${lines.join('\n')}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${neutralizeControls(file)}: cannot write (${code}). Pick a writable folder.`);
  }
  const thresholds =
    failBelow === null
      ? 'no thresholds (not an ML project yet, no score)'
      : `fail-below ${failBelow}, min-phase ${minPhase}`;
  return `Wrote ${neutralizeControls(file)}: team ${teamSize}, ${budget} tools, ${thresholds}.\n`;
}

const TEAM_HINT = 'small (1–5 people), medium (6–20), large (20+)';
const BUDGET_HINT = 'free tools only, or paid ones too';

async function askChoice<T extends string>(
  ask: InitOptions['ask'],
  label: string,
  choices: readonly T[],
  hint: string,
): Promise<T> {
  if (!ask) return choices[0]!;
  for (;;) {
    const answer = (await ask(`${label}? ${hint} [${choices.join('/')}, default ${choices[0]}]: `))
      .trim()
      .toLowerCase();
    if (answer === '') return choices[0]!;
    const choice = choices.find((candidate) => candidate === answer);
    if (choice) return choice;
  }
}

/** Questions on the terminal, for a run whose standard input and output are both one. */
export function terminalQuestions(
  input: NodeJS.ReadStream,
  output: NodeJS.WriteStream,
): { ask: (question: string) => Promise<string>; close: () => void } {
  const lines = createInterface({ input, output });
  return { ask: (question) => lines.question(question), close: () => lines.close() };
}
