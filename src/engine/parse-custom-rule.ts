// Parses and validates one custom rule file (a repository's own or a rule pack's).
import { parse } from 'yaml';
import { type CustomRule, CustomRuleSchema } from './rule-schema.js';
import { UsageError } from './usage-error.js';
import { describeIssue } from './zod-messages.js';

/** Parses one custom rule file; throws UsageError with the file and field. */
export function parseCustomRule(text: string, where: string): CustomRule {
  let input: unknown;
  try {
    // Rule files have no use for aliases; a few keep an alias bomb from growing.
    input = parse(text, { maxAliasCount: 10, uniqueKeys: true });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UsageError(`${where}: not valid YAML (${reason}). Fix the syntax.`);
  }
  const result = CustomRuleSchema.safeParse(input);
  if (!result.success) {
    throw new UsageError(
      `${where}: ${describeIssue(result.error.issues[0]!, input)}. See rules/_template.yml.`,
    );
  }
  return result.data;
}
