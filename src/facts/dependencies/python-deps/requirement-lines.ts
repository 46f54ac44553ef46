// The pip requirements-file line format (https://pip.pypa.io/en/stable/reference/requirements-file-format/).

import { beforeComment, isWhitespace } from '../../formats/line-text.js';

/** One logical line: continuations joined, comments removed, numbered by its first physical line. */
export interface LogicalLine {
  line: number;
  text: string;
}

/** What one logical line asks pip to do, as far as declared dependencies are concerned. */
export type RequirementLine =
  | { kind: 'requirement'; text: string }
  /** An editable install or bare URL whose `#egg=` fragment names the package. */
  | { kind: 'named-link'; name: string; text: string }
  | { kind: 'include'; target: string }
  | { kind: 'ignored' }
  | { kind: 'invalid'; text: string };

const NEWLINE_RE = /\r?\n/;
const COMMENT_ONLY_RE = /^\s*#/;
const OPTION_START_RE = /\s-/;
const EGG_RE = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/;
const URL_SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const LONG_OPTION_END_RE = /[\s=]/;
const ARCHIVE_SUFFIXES = ['.whl', '.tar.gz', '.tgz', '.tar.bz2', '.zip'];

/** pip's COMMENT_RE, `(^|\s+)#.*$`: a `#` at the start or after whitespace, so `pkg @ https://host/x#egg=y` keeps its fragment. */
const withoutComment = (line: string) => beforeComment(line, isWhitespace, true);

/** Splits a requirements file into logical lines the way pip does (`\` joins, comments dropped, blanks skipped). */
export function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(NEWLINE_RE);
  const result: LogicalLine[] = [];
  let pending: string[] = [];
  let pendingLine = 0;
  for (let index = 0; index < physical.length; index++) {
    const raw = physical[index]!;
    // A comment line ending in `\` does not continue: pip checks comments first.
    if (raw.endsWith('\\') && !COMMENT_ONLY_RE.test(raw)) {
      if (pending.length === 0) pendingLine = index + 1;
      pending.push(raw.slice(0, -1));
      continue;
    }
    const joined = pending.length === 0 ? raw : pending.join('') + raw;
    const line = pending.length === 0 ? index + 1 : pendingLine;
    pending = [];
    const stripped = withoutComment(joined).trim();
    if (stripped !== '') result.push({ line, text: stripped });
  }
  if (pending.length > 0) {
    const stripped = withoutComment(pending.join('')).trim();
    if (stripped !== '') result.push({ line: pendingLine, text: stripped });
  }
  return result;
}

/**
 * Classifies one logical line. Index, find-links, trusted-host and constraint options are `ignored`, as
 * are bare URLs and local paths without an `#egg=` name. `invalid` is only an include option without a
 * file: any other text comes back as a `requirement` for the PEP 508 parser to judge.
 */
export function classifyRequirementLine(text: string): RequirementLine {
  if (text.startsWith('-')) return classifyOption(text);
  // pip splits per-requirement options (`--hash=...`) off at the first token starting with `-`.
  const optionStart = text.search(OPTION_START_RE);
  const requirement = optionStart < 0 ? text : text.slice(0, optionStart).trimEnd();
  if (isUrlOrPath(requirement)) return namedByEgg(requirement, requirement);
  return { kind: 'requirement', text: requirement };
}

function classifyOption(text: string): RequirementLine {
  const { option, value } = splitOption(text);
  switch (option) {
    case '-r':
    case '--requirement':
      return value === '' ? { kind: 'invalid', text } : { kind: 'include', target: value };
    case '-e':
    case '--editable':
      return namedByEgg(value, text);
    default:
      return { kind: 'ignored' };
  }
}

// Accepts `-r file`, `-rfile`, `--requirement file` and `--requirement=file`.
function splitOption(text: string): { option: string; value: string } {
  if (text.startsWith('--')) {
    const end = text.search(LONG_OPTION_END_RE);
    if (end < 0) return { option: text, value: '' };
    return { option: text.slice(0, end), value: text.slice(end + 1).trim() };
  }
  return { option: text.slice(0, 2), value: text.slice(2).trim() };
}

function namedByEgg(target: string, text: string): RequirementLine {
  const egg = EGG_RE.exec(target);
  return egg ? { kind: 'named-link', name: egg[1]!, text } : { kind: 'ignored' };
}

function isUrlOrPath(text: string): boolean {
  if (text.startsWith('.') || text.startsWith('/') || text.startsWith('~')) return true;
  // A scheme right at the start (`git+https:`, `C:`) cannot be a name: `name @ url` has the name first.
  if (URL_SCHEME_RE.test(text)) return true;
  // With an `@` it is a direct reference (`name @ https://.../name.whl`), which names its package.
  if (text.includes('@')) return false;
  if (text.includes('/') || text.includes('\\')) return true;
  const lower = text.toLowerCase();
  return ARCHIVE_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}
