// PEP 508 requirement strings (https://peps.python.org/pep-0508/) and PEP 503 name normalisation.

/** One version clause, e.g. `>=` `2.9`. */
export interface VersionSpecifier {
  operator: string;
  version: string;
}

/** A parsed PEP 508 requirement. */
export interface Requirement {
  /** The distribution name as written. */
  name: string;
  extras: string[];
  /** Empty for a bare name or a direct reference. */
  specifiers: VersionSpecifier[];
  /** Set for a direct reference (`name @ https://...`). */
  url?: string;
  /** The environment marker after `;`, without the `;`. */
  marker?: string;
}

// https://packaging.python.org/en/latest/specifications/name-normalization/
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const FULL_NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const SEPARATOR_RUN_RE = /[-_.]+/g;
const CLAUSE_RE = /^(===|==|!=|<=|>=|~=|<|>)\s*(\S+)$/;
// PEP 440 versions plus `*` wildcards and `+local` labels; `===` takes any non-blank string instead.
const VERSION_RE = /^[A-Za-z0-9][A-Za-z0-9_.*+!-]*$/;
const WHITESPACE_RE = /\s/;

/** PEP 503 normal form: lower case, each run of `-`, `_`, `.` collapsed to one `-`. */
export function normalizePackageName(name: string): string {
  return name.toLowerCase().replace(SEPARATOR_RUN_RE, '-');
}

/**
 * Parses one PEP 508 requirement (`mlflow[extras]>=2.9 ; python_version > "3.8"`, `pkg @ https://...`).
 * Returns `undefined` when the text is not a requirement (a bare URL or path, an empty string, a missing
 * version after an operator, stray words); it never throws. Markers are kept as text, not validated.
 */
export function parseRequirement(text: string): Requirement | undefined {
  const source = text.trim();
  const nameMatch = NAME_RE.exec(source);
  if (!nameMatch) return undefined;
  const name = nameMatch[0];
  let rest = source.slice(name.length).trimStart();

  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return undefined;
    const parsedExtras = parseExtras(rest.slice(1, close));
    if (!parsedExtras) return undefined;
    extras = parsedExtras;
    rest = rest.slice(close + 1).trimStart();
  }

  if (rest.startsWith('@')) return parseDirectReference(name, extras, rest.slice(1).trimStart());

  const semicolon = rest.indexOf(';');
  const versionPart = semicolon < 0 ? rest : rest.slice(0, semicolon);
  const specifiers = parseSpecifierSet(versionPart);
  if (!specifiers) return undefined;
  const requirement: Requirement = { name, extras, specifiers };
  if (semicolon >= 0) {
    const marker = rest.slice(semicolon + 1).trim();
    if (marker === '') return undefined;
    requirement.marker = marker;
  }
  return requirement;
}

/**
 * Parses a PEP 440 specifier set (`>=1.0,<2`, `(==1.2)`, or empty). Returns `undefined` when a clause
 * has no known operator or no version.
 */
export function parseSpecifierSet(text: string): VersionSpecifier[] | undefined {
  let inner = text.trim();
  if (inner.startsWith('(')) {
    if (!inner.endsWith(')')) return undefined;
    inner = inner.slice(1, -1).trim();
  }
  if (inner === '') return [];
  const specifiers: VersionSpecifier[] = [];
  for (const clause of inner.split(',')) {
    const match = CLAUSE_RE.exec(clause.trim());
    if (!match) return undefined;
    const operator = match[1]!;
    const version = match[2]!;
    if (operator !== '===' && !VERSION_RE.test(version)) return undefined;
    specifiers.push({ operator, version });
  }
  return specifiers;
}

/** True when the clauses fix one exact version: `===x`, or `==x` without a `*` wildcard. */
export function isExactPin(specifiers: VersionSpecifier[]): boolean {
  return specifiers.some(
    (clause) => clause.operator === '===' || (clause.operator === '==' && !clause.version.includes('*')),
  );
}

/** True when the requirement fixes one exact version. A direct reference is never counted as pinned. */
export function isPinnedRequirement(requirement: Requirement): boolean {
  return requirement.url === undefined && isExactPin(requirement.specifiers);
}

function parseExtras(text: string): string[] | undefined {
  if (text.trim() === '') return [];
  const extras: string[] = [];
  for (const extra of text.split(',')) {
    const trimmed = extra.trim();
    if (!FULL_NAME_RE.test(trimmed)) return undefined;
    extras.push(trimmed);
  }
  return extras;
}

// PEP 508 requires whitespace between the URL and a `;` marker, since `;` may appear inside a URL.
function parseDirectReference(name: string, extras: string[], rest: string): Requirement | undefined {
  let urlEnd = 0;
  while (urlEnd < rest.length && !WHITESPACE_RE.test(rest[urlEnd]!)) urlEnd++;
  const url = rest.slice(0, urlEnd);
  if (url === '' || !url.includes(':')) return undefined;
  const requirement: Requirement = { name, extras, specifiers: [], url };
  const after = rest.slice(urlEnd).trim();
  if (after === '') return requirement;
  if (!after.startsWith(';')) return undefined;
  const marker = after.slice(1).trim();
  if (marker === '') return undefined;
  requirement.marker = marker;
  return requirement;
}
