// One YAML document read by the yaml library's parse() for a file a user writes (a configuration, a
// custom rule), with a syntax error worded the same way for each. Errors are not prettified: the library
// quotes the offending line for every error, so a long line of errors took time quadratic in its length
// (a 40 KB line of quotes, a second).
import { LineCounter, parse } from 'yaml';
import { yamlErrorLine } from '../facts/formats/yaml-lines.js';

export interface YamlValueOptions {
  maxAliasCount: number;
  uniqueKeys?: boolean;
}

/** A syntax error or limit: its 1-based line when known, and the parser's reason, cut to a short excerpt. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The text's value; throws YamlSyntaxError for a syntax error or a resource limit the parser hit. */
export function parseYamlValue(text: string, options: YamlValueOptions): unknown {
  const lineCounter = new LineCounter();
  try {
    return parse(text, { ...options, prettyErrors: false, lineCounter });
  } catch (error) {
    // A syntax error carries its position; a resource limit (too many aliases) is thrown without one.
    const position = (error as { pos?: [number, number] }).pos;
    const message = (error as Error).message;
    const firstLine = message.split('\n', 1)[0] ?? message;
    // The parser may quote the text it choked on: a short excerpt only.
    const reason = firstLine.length > 80 ? `${firstLine.slice(0, 80)}…` : firstLine;
    const line = Array.isArray(position) ? yamlErrorLine(text, lineCounter, position[0]) : undefined;
    throw new YamlSyntaxError(line, reason);
  }
}
