// Parses and validates the text of .mlops-maturity.yml: a problem is a usage error naming file, field and fix.
import { parse } from 'yaml';
import { UsageError } from '../engine/usage-error.js';
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
    input = parse(text, { maxAliasCount: 100 }) ?? {};
  } catch (error) {
    if (error instanceof NestingTooDeep)
      throw new UsageError(
        `${display}: nested more than ${error.limit} levels deep. A configuration is flat.`,
      );
    const firstLine = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // The parser may quote the text it choked on: a short excerpt only.
    const reason = firstLine.length > 80 ? `${firstLine.slice(0, 80)}…` : firstLine;
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
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
