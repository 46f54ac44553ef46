// Parses and validates the text of .mlops-maturity.yml: a problem is a usage error naming file, field and fix.
import { UsageError } from '../engine/usage-error.js';
import { parseYamlValue, YamlSyntaxError } from '../engine/yaml-value.js';
import { describeIssue } from '../engine/zod-messages.js';
import { assertNestingWithin, NestingTooDeep } from '../facts/formats/nesting-depth.js';
import { type Config, ConfigSchema } from './config-schema.js';

/** Deeper than any real configuration (the deepest field is practices.<id>.weight). */
const MAX_CONFIG_NESTING = 16;

export function parseConfig(text: string, display: string): Config {
  let input: unknown;
  try {
    // The parser recurses: a hostile depth would overflow the stack after seconds of work.
    assertNestingWithin(text, MAX_CONFIG_NESTING);
    input = parseYamlValue(text, { maxAliasCount: 100 }) ?? {};
  } catch (error) {
    if (error instanceof NestingTooDeep)
      throw new UsageError(
        `${display}: nested more than ${error.limit} levels deep. A configuration is flat.`,
      );
    if (!(error instanceof YamlSyntaxError)) throw error;
    const { line, reason } = error;
    throw new UsageError(`${display}${line ? `:${line}` : ''}: not valid YAML (${reason}). Fix the syntax.`);
  }
  const result = ConfigSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(
      `${display}: ${describeIssue(issue, input)}. See the configuration section of the README.`,
    );
  }
  return result.data;
}
