// Parses and validates one custom rule file (a repository's own or a rule pack's).
import { type CustomRule, CustomRuleSchema } from './rule-schema.js';
import { UsageError } from './usage-error.js';
import { parseYamlValue, YamlSyntaxError } from './yaml-value.js';
import { describeIssue } from './zod-messages.js';

/** Parses one custom rule file; throws UsageError with the file and field. */
export function parseCustomRule(text: string, where: string): CustomRule {
  let input: unknown;
  try {
    // Rule files have no use for aliases; a few keep an alias bomb from growing.
    input = parseYamlValue(text, { maxAliasCount: 10, uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new UsageError(
      `${where}${error.line ? `:${error.line}` : ''}: not valid YAML (${error.reason}). Fix the syntax.`,
    );
  }
  const result = CustomRuleSchema.safeParse(input);
  if (!result.success) {
    throw new UsageError(
      `${where}: ${describeIssue(result.error.issues[0]!, input)}. See rules/_template.yml.`,
    );
  }
  return result.data;
}
