// setup.py: install_requires and extras_require read statically from literals. The file is never executed.
import type { Extraction } from '../../model.js';
import { tokenizePython } from '../../python/python-tokens.js';
import {
  addFactOrDiagnostic,
  type DependencySite,
  type ExtractionDraft,
  finishExtraction,
  pep508Fact,
  startExtraction,
  unreadableRequirement,
} from './dependency-fact.js';
import {
  assignedValue,
  bracketInner,
  expressionAt,
  isOp,
  type PlacedToken,
  placeTokens,
  splitAt,
  type TokenRange,
} from './python-expressions.js';

type Keyword = 'install_requires' | 'extras_require';

interface SetupPy {
  path: string;
  text: string;
  tokens: PlacedToken[];
  draft: ExtractionDraft;
}

// `REQUIRED = BASE` chains are followed this far before giving up.
const MAX_NAME_HOPS = 3;

export function extractSetupPy(path: string, text: string): Extraction {
  const tokens = placeTokens(text, tokenizePython(text));
  const setupPy: SetupPy = { path, text, tokens, draft: startExtraction() };
  for (let index = 0; index + 2 < tokens.length; index++) {
    const keyword = keywordAt(tokens, index);
    if (!keyword) continue;
    const value = expressionAt(tokens, index + 2);
    const site: DependencySite = { path, line: tokens[index]!.line, manager: 'setup.py' };
    const isRead =
      keyword === 'install_requires'
        ? readRequirementList(setupPy, value, site)
        : readExtras(setupPy, value, site);
    if (!isRead) {
      setupPy.draft.diagnostics.push({
        path,
        line: site.line,
        // Not blocking: computed lists usually read a requirements file, which is scanned on its own.
        message: `${keyword} is computed at run time and cannot be read statically. Declare dependencies in pyproject.toml or a requirements file to have them counted.`,
      });
    }
  }
  return finishExtraction(setupPy.draft);
}

// `install_requires=` as a call keyword, or `"install_requires":` as a key of a dict passed as `**kwargs`.
function keywordAt(tokens: PlacedToken[], index: number): Keyword | undefined {
  const token = tokens[index]!;
  const word = token.type === 'string' ? token.value : token.text;
  if (token.depth === 0 || (word !== 'install_requires' && word !== 'extras_require')) return undefined;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const isKeywordArgument =
    token.type === 'name' && isOp(next, '=') && (isOp(previous, '(') || isOp(previous, ','));
  const isDictKey =
    token.type === 'string' && isOp(next, ':') && (isOp(previous, '{') || isOp(previous, ','));
  return isKeywordArgument || isDictKey ? word : undefined;
}

/**
 * Reads a list or tuple of requirement strings, following variable names to their assignment and
 * `+` concatenations to each operand. False when some part is computed; the readable parts still count.
 */
function readRequirementList(
  setupPy: SetupPy,
  value: TokenRange,
  site: DependencySite,
  visited: Set<string> = new Set(),
): boolean {
  const resolution = resolveName(setupPy.tokens, value, visited);
  if (resolution === 'none') return true;
  if (!resolution) return false;
  const { range } = resolution;
  const { tokens } = setupPy;
  const operands = splitAt(tokens, range, '+');
  if (operands.length > 1) {
    let isEveryOperandRead = true;
    for (const operand of operands) {
      isEveryOperandRead =
        readRequirementList(setupPy, operand, site, resolution.visited) && isEveryOperandRead;
    }
    return isEveryOperandRead;
  }
  const inner = bracketInner(tokens, range, '[') ?? bracketInner(tokens, range, '(');
  if (!inner) return false;
  for (const element of splitAt(tokens, inner, ',')) {
    const line = tokens[element.start]!.line;
    const literal = stringLiteral(tokens, element);
    if (literal === undefined) {
      setupPy.draft.diagnostics.push(unreadableRequirement(setupPy.path, line, sourceText(setupPy, element)));
    } else {
      addFactOrDiagnostic(setupPy.draft, pep508Fact({ ...site, line }, literal));
    }
  }
  return true;
}

/** Reads `{"extra": [...]}` or `dict(extra=[...])`; each key becomes the group of its requirements. */
function readExtras(setupPy: SetupPy, value: TokenRange, site: DependencySite): boolean {
  const resolution = resolveName(setupPy.tokens, value, new Set());
  if (resolution === 'none') return true;
  if (!resolution) return false;
  const resolved = resolution.range;
  const { tokens } = setupPy;
  const dictLiteral = bracketInner(tokens, resolved, '{');
  const dictCall =
    tokens[resolved.start]?.text === 'dict'
      ? bracketInner(tokens, { ...resolved, start: resolved.start + 1 }, '(')
      : undefined;
  const inner = dictLiteral ?? dictCall;
  if (!inner) return false;
  for (const element of splitAt(tokens, inner, ',')) {
    const [keyPart, valuePart] = splitAt(tokens, element, dictLiteral ? ':' : '=');
    const keyToken = keyPart && keyPart.end - keyPart.start === 1 ? tokens[keyPart.start] : undefined;
    // A dict literal's key must be a plain string (an f-string has no static value); dict(...) keys are names.
    const group = keyToken?.type === 'string' ? keyToken.value : dictLiteral ? undefined : keyToken?.text;
    if (group === undefined || !valuePart) continue;
    // A computed extra (`"all": sorted(set(chain(...)))`) usually repeats the others: skipped without a diagnostic.
    readRequirementList(setupPy, valuePart, { ...site, group });
  }
  return true;
}

/**
 * Follows a lone variable name to the value it is assigned; 'none' for `None`, undefined if unresolvable.
 * `visited` holds the names followed on the way here, so `REQS = REQS + [...]` cannot loop.
 */
function resolveName(
  tokens: PlacedToken[],
  value: TokenRange,
  visited: Set<string>,
): { range: TokenRange; visited: Set<string> } | 'none' | undefined {
  let current = value;
  let names = visited;
  for (let hop = 0; hop <= MAX_NAME_HOPS; hop++) {
    const token = tokens[current.start];
    if (!token || current.end - current.start !== 1 || token.type !== 'name')
      return { range: current, visited: names };
    if (token.text === 'None') return 'none';
    const assigned = names.has(token.text) ? undefined : assignedValue(tokens, token.text);
    if (!assigned) return undefined;
    names = new Set([...names, token.text]);
    current = assigned;
  }
  return undefined;
}

/** The value of an element made only of plain string literals (adjacent literals concatenate). */
function stringLiteral(tokens: PlacedToken[], element: TokenRange): string | undefined {
  let text = '';
  for (let index = element.start; index < element.end; index++) {
    const token = tokens[index]!;
    // No value: an f-string, known only at run time, or an unterminated literal.
    if (token.type !== 'string' || token.value === undefined) return undefined;
    text += token.value;
  }
  return text;
}

function sourceText(setupPy: SetupPy, element: TokenRange): string {
  const first = setupPy.tokens[element.start];
  const last = setupPy.tokens[element.end - 1];
  return first && last ? setupPy.text.slice(first.start, last.end) : '';
}
