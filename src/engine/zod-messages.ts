// Turns zod issues into messages that name the field, what was expected and what was found.
import type { z } from 'zod';

/** `detect[0].dependencies` from `['detect', 0, 'dependencies']`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One sentence per issue: `<field> <what is wrong>, got <what was found>`. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = formatIssuePath(issue.path) || 'the file';
  const found = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      if (found === 'nothing') return `${field} is required (expected ${issue.expected})`;
      return `${field} must be ${article(issue.expected)}, got ${found}`;
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${found}`;
    case 'unrecognized_keys':
      return `${field === 'the file' ? 'the file' : field} has unknown field${issue.keys.length > 1 ? 's' : ''} ${listKeys(issue.keys)}`;
    case 'too_small':
      // A schema's own message (`must give the reason, ...`) says more than the generic bound.
      if (!/^too small/i.test(issue.message)) return `${field} ${issue.message}, got ${found}`;
      return `${field} must ${describeBound('least', issue.origin, issue.minimum)}, got ${found}`;
    case 'too_big':
      return `${field} must ${describeBound('most', issue.origin, issue.maximum)}, got ${found}`;
    case 'invalid_format':
      return `${field} must be a valid ${issue.format}, got ${found}`;
    case 'custom':
      return `${field} ${issue.message}`;
    case 'invalid_key': {
      // A record key failed its own schema (a practice id that is not kebab-case): say why.
      const reason = issue.issues[0]?.message;
      return reason && !/^invalid/i.test(reason) ? `${field} ${reason}` : `${field} is not a valid name`;
    }
    default:
      return `${field}: ${issue.message}`;
  }
}

/** At most three keys, each cut short: a key can be any text of the file. */
function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).map((key) => (key.length > 40 ? `${key.slice(0, 40)}…` : key));
  return keys.length > 3 ? `${shown.join(', ')} and ${keys.length - 3} more` : shown.join(', ');
}

function describeBound(side: 'least' | 'most', origin: string, bound: number | bigint): string {
  if (origin === 'array')
    return side === 'least' && bound === 1 ? 'not be empty' : `have at ${side} ${bound} items`;
  if (origin === 'string')
    return side === 'least' && bound === 1 ? 'not be empty' : `be at ${side} ${bound} characters long`;
  return `be at ${side} ${bound}`;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
