// `mlops-maturity rules test [dir]`: runs a rule pack's positive and negative fixtures.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadRules } from '../engine/load-rules.js';
import { UsageError } from '../engine/usage-error.js';
import { testRulePack } from './test-pack.js';

export const RULES_TEST_HELP = `Usage: mlops-maturity rules test [dir] [--format text|json]

Runs the fixtures of the rule pack in dir (default: .mlops-maturity/rules when present, else .): for each
detector, fixtures/<rule-id>/<tool>/positive/ must pass with that tool and .../negative/ must not find it.
Exit codes: 0 all pass, 1 a fixture failed, 2 the pack is invalid.
`;

export function runRulesTest(argv: string[], io: { stdout: { write(text: string): unknown } }): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const option = /Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    throw new UsageError(
      `rules test: ${option ? `unknown option "${option}"` : (error as Error).message}. Run mlops-maturity rules test --help.`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(RULES_TEST_HELP);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`rules test takes one folder, got also "${positionals[1]}".`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json for rules test, got "${format}".`);
  const folder = positionals[0] ?? (existsSync('.mlops-maturity/rules') ? '.mlops-maturity/rules' : '.');
  if (!existsSync(folder))
    throw new UsageError(`rules test: "${folder}" does not exist. Give the rule pack's folder.`);
  const results = testRulePack(loadRules(), folder);
  if (results.length === 0) throw new UsageError(`rules test: no rule files (*.yml) in "${folder}".`);
  const failed = results.filter((result) => !result.passed);
  if (format === 'json')
    io.stdout.write(`${JSON.stringify({ passed: failed.length === 0, results }, null, 2)}\n`);
  else {
    for (const result of results) {
      io.stdout.write(
        `${result.passed ? '✓' : '✗'} ${result.rule} ${result.tool} ${result.kind}: ${result.message}\n`,
      );
    }
    io.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed\n`);
  }
  return failed.length === 0 ? 0 : 1;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}
