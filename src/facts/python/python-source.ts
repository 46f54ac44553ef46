// Python source facts from one token pass: imports, calls resolved through the file's imports, HTTP routes.

import type { CallFact, Extractor, Fact, ImportFact, RouteFact } from '../model.js';
import { mayMatter, mayMatterBytes, mlImportsOnlyBytes } from './python-prefilter.js';
import {
  callRouteSpec,
  decoratorRouteSpec,
  importedRouteSpec,
  isPathKeyword,
  type RouteArguments,
  type RouteSpec,
  routeOf,
} from './python-routes.js';
import { type PythonToken, tokenizePython } from './python-tokens.js';

/** An open call whose facts are still being read: keywords, and for routes the literal arguments. */
interface CallFrame extends RouteArguments {
  /** Bracket depth inside this call's parentheses: tokens at this depth are its top-level tokens. */
  depth: number;
  parent: CallFrame | undefined;
  fact: CallFact | undefined;
  route: RouteSpec | undefined;
  routeLine: number;
  /** Index of the first token of the call chain, to tie `name = callee(...)` or `name = a(...).b(...)` to this call. */
  startAt: number;
  positionalCount: number;
  /** Tokens seen in the current argument; 0 at its start. */
  argTokens: number;
  argKeyword: string | undefined;
  /** String literals in the current argument (route calls only), implicit concatenation applied. */
  argStrings: string[];
  /** The current argument holds nothing but literals, brackets and commas. */
  isArgLiteral: boolean;
  isArgBracketed: boolean;
}

// Far more tokens than any real function signature holds.
const MAX_SIGNATURE_TOKENS = 2_000;

const isOp = (token: PythonToken | undefined, text: string): boolean =>
  token !== undefined && token.type === 'op' && token.text === text;

const isName = (token: PythonToken | undefined): token is PythonToken =>
  token !== undefined && token.type === 'name';

const isOpening = (text: string): boolean => text === '(' || text === '[' || text === '{';
const isClosing = (text: string): boolean => text === ')' || text === ']' || text === '}';
const isRelativeDots = (token: PythonToken | undefined): boolean =>
  token !== undefined && token.type === 'op' && (token.text === '.' || token.text === '...');

/**
 * Reads the import, call and route facts of one Python source. `cellIndex` is set as `cell` on every fact
 * (notebooks). `aliases` maps local names to the dotted names they were imported as; it is filled as
 * imports are read, so the cells of one notebook, which share a namespace, pass the same map.
 * Never throws: tokens that fit no pattern are skipped, and calls left open at the end are closed there.
 */
export function extractPythonSource(
  text: string,
  path: string,
  cellIndex?: number,
  aliases: Map<string, string> = new Map(),
): Fact[] {
  const tokens = tokenizePython(text);
  const facts: Fact[] = [];
  /** Open brackets; the call frame for a tracked call's parentheses, undefined for any other bracket. */
  const stack: (CallFrame | undefined)[] = [];
  let active: CallFrame | undefined;
  let isStatementStart = true;
  let decoratorAt = -1;
  let decoratorLine = 0;
  let pendingAt = -1;
  let pending: CallFrame | undefined;
  let closedCallAt = -1;
  let closedCallee = '';
  // Where the chain of the call that closed last began: `x = a.b(...).c(...)` binds x to `a.b.c`.
  let closedChainAt = -1;
  // `run = wandb.init(...)`: the name assigned at statement start, and where its call must begin.
  let assignedName = '';
  let assignedCallAt = -1;
  // `if TYPE_CHECKING:` blocks import for type checkers only: nothing runs them, so they are not evidence.
  let typeOnlyIndent = -1;
  let isTypeOnlyLine = false;

  /** Names this source bound by `import x` / `import x as y` (see the re-assignment below). */
  const importedNames = new Set<string>();
  const addFact = (fact: Fact) => {
    if (cellIndex !== undefined) fact.cell = cellIndex;
    facts.push(fact);
  };
  let isTypeOnlyImport = false;
  const addImport = (module: string, line: number) => {
    if (isTypeOnlyImport) return;
    const fact: ImportFact = { kind: 'import', path, line, module };
    addFact(fact);
  };

  /** Reads `import ...` / `from ... import ...` at i; returns the index of the first token after it. */
  const readImport = (i: number): number => {
    const line = tokens[i]!.line;
    let k = i + 1;
    if (tokens[i]!.text === 'import') {
      while (isName(tokens[k])) {
        const root = tokens[k]!.text;
        let module = root;
        k++;
        while (isOp(tokens[k], '.') && isName(tokens[k + 1])) {
          module += `.${tokens[k + 1]!.text}`;
          k += 2;
        }
        addImport(module, line);
        if (tokens[k]?.text === 'as' && isName(tokens[k + 1])) {
          aliases.set(tokens[k + 1]!.text, module);
          importedNames.add(tokens[k + 1]!.text);
          k += 2;
        } else {
          aliases.set(root, root);
          importedNames.add(root);
        }
        if (!isOp(tokens[k], ',')) break;
        k++;
      }
      return k;
    }
    let isRelative = false;
    while (isRelativeDots(tokens[k])) {
      isRelative = true;
      k++;
    }
    let module = '';
    if (isName(tokens[k]) && tokens[k]!.text !== 'import') {
      module = tokens[k]!.text;
      k++;
      while (isOp(tokens[k], '.') && isName(tokens[k + 1])) {
        module += `.${tokens[k + 1]!.text}`;
        k += 2;
      }
    }
    if (tokens[k]?.text !== 'import' || (module === '' && !isRelative)) return k;
    k++;
    if (isOp(tokens[k], '*')) {
      if (!isRelative) addImport(module, line);
      return k + 1;
    }
    const isParenthesised = isOp(tokens[k], '(');
    if (isParenthesised) k++;
    while (isName(tokens[k])) {
      const member = tokens[k]!.text;
      let local = member;
      k++;
      if (tokens[k]?.text === 'as' && isName(tokens[k + 1])) {
        local = tokens[k + 1]!.text;
        k += 2;
      }
      // Relative imports are the project's own modules: no fact, and the name no longer means an import.
      if (isRelative) aliases.delete(local);
      else {
        addImport(`${module}.${member}`, line);
        aliases.set(local, `${module}.${member}`);
      }
      if (!isOp(tokens[k], ',')) break;
      k++;
    }
    if (isParenthesised && isOp(tokens[k], ')')) k++;
    return k;
  };

  /** `type="model"`: a keyword given a lone string literal keeps its value, for rules like `Artifact(type=model)`. */
  const rememberLiteral = (fact: CallFact, keyword: string, at: number) => {
    const value = tokens[at];
    const after = tokens[at + 1];
    if (value?.type !== 'string' || value.value === undefined) return;
    if (!isOp(after, ',') && !isOp(after, ')')) return;
    fact.literals ??= {};
    fact.literals[keyword] = value.value;
  };

  /** Files the current argument of a route call into the frame, then starts the next argument. */
  const finishArgument = (frame: CallFrame) => {
    if (frame.argTokens === 0) return;
    if (frame.route !== undefined) {
      const literal =
        frame.isArgLiteral && !frame.isArgBracketed && frame.argStrings.length === 1
          ? frame.argStrings[0]
          : undefined;
      const keyword = frame.argKeyword;
      if (keyword === undefined) {
        if (frame.positionalCount === 0) frame.first = literal;
        else if (frame.positionalCount === 1) frame.second = literal;
      } else if (isPathKeyword(keyword)) {
        if (literal !== undefined) frame.pathKeyword = literal;
      } else if (keyword === 'methods') {
        frame.methods = frame.isArgLiteral ? frame.argStrings.map((method) => method.toUpperCase()) : [];
      }
      frame.argStrings = [];
    }
    if (frame.argKeyword === undefined) frame.positionalCount++;
    frame.argTokens = 0;
    frame.argKeyword = undefined;
    frame.isArgLiteral = true;
    frame.isArgBracketed = false;
  };

  const finishCall = (frame: CallFrame, index: number) => {
    finishArgument(frame);
    if (frame.fact !== undefined) {
      closedCallAt = index;
      closedCallee = frame.fact.callee;
      closedChainAt = frame.startAt;
      rememberResultName(frame, index);
    }
    if (frame.route === undefined) return;
    const declared = routeOf(frame.route, frame);
    if (declared === undefined) return;
    const { route, methods, style } = declared;
    const fact: RouteFact = { kind: 'route', path, line: frame.routeLine, route, methods, style };
    addFact(fact);
  };

  /**
   * `client = MlflowClient()` and `with mlflow.start_run() as run:` make the name stand for the call's
   * result, so `client.create_registered_model(...)` resolves to `mlflow.MlflowClient.create_registered_model`.
   */
  const rememberResultName = (frame: CallFrame, closeAt: number) => {
    if (!isOp(tokens[closeAt], ')')) return;
    const next = tokens[closeAt + 1];
    if (frame.startAt === assignedCallAt && (next === undefined || next.type === 'newline')) {
      aliases.set(assignedName, frame.fact!.callee);
    } else if (next?.text === 'as' && isName(tokens[closeAt + 2])) {
      aliases.set(tokens[closeAt + 2]!.text, frame.fact!.callee);
    }
  };

  /** `a.b.C` at k resolved through the aliases (`mlflow.MlflowClient`), or undefined. */
  const resolvedNameAt = (k: number): string | undefined => {
    if (!isName(tokens[k])) return undefined;
    let resolved = aliases.get(tokens[k]!.text);
    if (resolved === undefined) return undefined;
    for (let m = k + 1; isOp(tokens[m], '.') && isName(tokens[m + 1]); m += 2)
      resolved += `.${tokens[m + 1]!.text}`;
    return resolved;
  };

  /**
   * `def f(client: MlflowClient) -> MlflowClient:` binds the parameter, and the function's result, to the
   * annotated type, so `client.create_model_version(...)` and `get_client().create_model_version(...)`
   * resolve as they would after `client = MlflowClient()`. `name` is the index of the function's name.
   */
  const bindAnnotations = (name: number) => {
    let depth = 0;
    let k = name + 1;
    // An unclosed list must not be read to the end of the file once per `def`: no parameter list holds
    // another `def` or `class`, nor runs past MAX_SIGNATURE_TOKENS.
    const end = Math.min(tokens.length, name + MAX_SIGNATURE_TOKENS);
    for (; k < end; k++) {
      const token = tokens[k]!;
      if (token.type === 'name' && (token.text === 'def' || token.text === 'class')) return;
      if (token.type !== 'op') continue;
      if (isOpening(token.text)) depth++;
      else if (isClosing(token.text) && --depth === 0) break;
      else if (depth === 1 && token.text === ':' && isName(tokens[k - 1])) {
        const before = tokens[k - 2];
        const isParameter = isOp(before, '(') || isOp(before, ',') || isOp(before, '*') || isOp(before, '**');
        const type = isParameter ? resolvedNameAt(k + 1) : undefined;
        if (type !== undefined && tokens[k - 1]!.text !== 'self') aliases.set(tokens[k - 1]!.text, type);
      }
    }
    if (k === end) return;
    if (isOp(tokens[k + 1], '->')) {
      const type = resolvedNameAt(k + 2);
      if (type !== undefined) aliases.set(tokens[name]!.text, type);
    }
  };

  const closeAll = (index: number) => {
    while (stack.length > 0) {
      const frame = stack.pop();
      if (frame !== undefined) finishCall(frame, index);
    }
    active = undefined;
  };

  /**
   * `@bentoml.service` or `@serve.deployment` with no parentheses still calls the decorator on the class
   * or function below: a call fact with no keywords.
   */
  const addBareDecorator = (i: number, j: number) => {
    let callee = aliases.get(tokens[i]!.text);
    if (callee === undefined) return;
    for (let k = i + 2; k <= j; k += 2) callee += `.${tokens[k]!.text}`;
    addFact({ kind: 'call', path, line: tokens[i]!.line, callee, keywords: [] });
  };

  /**
   * Looks at the dotted name starting at i (`base` is the resolved callee of a call it is chained on) and,
   * when a call follows that yields a call or route fact, prepares its frame for the `(`.
   */
  const considerCall = (i: number, base: string | undefined, isDecorator: boolean, chainAt = i) => {
    let j = i;
    while (isOp(tokens[j + 1], '.') && isName(tokens[j + 2])) j += 2;
    if (!isOp(tokens[j + 1], '(')) {
      if (isDecorator && tokens[j + 1]?.type === 'newline') addBareDecorator(i, j);
      return;
    }
    const root = tokens[i]!;
    const resolvedRoot = base === undefined ? aliases.get(root.text) : `${base}.${root.text}`;
    const segments = (j - i) / 2 + 1 + (base === undefined ? 0 : 1);
    const last = tokens[j]!.text;
    let callee: string | undefined;
    if (resolvedRoot !== undefined) {
      callee = resolvedRoot;
      for (let k = i + 2; k <= j; k += 2) callee += `.${tokens[k]!.text}`;
    }
    const route = isDecorator
      ? (decoratorRouteSpec(last, segments) ?? importedRouteSpec(callee))
      : callRouteSpec(callee, last, segments);
    if (callee === undefined && route === undefined) return;
    let fact: CallFact | undefined;
    if (callee !== undefined) fact = { kind: 'call', path, line: root.line, callee, keywords: [] };
    pendingAt = j + 1;
    pending = {
      depth: 0,
      parent: undefined,
      fact,
      route,
      routeLine: isDecorator ? decoratorLine : root.line,
      startAt: chainAt,
      positionalCount: 0,
      argTokens: 0,
      argKeyword: undefined,
      argStrings: [],
      isArgLiteral: true,
      isArgBracketed: false,
      first: undefined,
      second: undefined,
      pathKeyword: undefined,
      methods: undefined,
    };
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const type = token.type;
    if (type === 'newline') {
      if (stack.length > 0) closeAll(i);
      isStatementStart = true;
      isTypeOnlyLine = false;
      continue;
    }
    const wasStatementStart = isStatementStart;
    isStatementStart = false;
    const tokenText = token.text;

    const frame = active;
    if (frame !== undefined) {
      const isTopLevel = stack.length === frame.depth;
      if (isTopLevel && type === 'op') {
        if (tokenText === ',') {
          finishArgument(frame);
          continue;
        }
        if (isClosing(tokenText)) {
          stack.pop();
          finishCall(frame, i);
          active = frame.parent;
          continue;
        }
      }
      if (isTopLevel && frame.argTokens === 0 && type === 'name' && isOp(tokens[i + 1], '=')) {
        frame.argKeyword = tokenText;
        frame.fact?.keywords.push(tokenText);
        if (frame.fact !== undefined) rememberLiteral(frame.fact, tokenText, i + 2);
        frame.argTokens = 2;
        i++;
        continue;
      }
      frame.argTokens++;
      if (frame.route !== undefined) {
        if (type === 'string') {
          const value = token.value;
          if (value === undefined) frame.isArgLiteral = false;
          else if (tokens[i - 1]?.type === 'string' && frame.argStrings.length > 0) {
            frame.argStrings[frame.argStrings.length - 1] += value;
          } else frame.argStrings.push(value);
        } else if (type === 'op' && isOpening(tokenText)) {
          if (isTopLevel) frame.isArgBracketed = true;
        } else if (!(type === 'op' && !isTopLevel && (tokenText === ',' || isClosing(tokenText)))) {
          frame.isArgLiteral = false;
        }
      }
    }

    if (type === 'name') {
      if (wasStatementStart && typeOnlyIndent >= 0 && !isTypeOnlyLine && token.indent <= typeOnlyIndent) {
        typeOnlyIndent = -1;
      }
      if (wasStatementStart && tokenText === 'if' && isTypeCheckingTest(tokens, i + 1)) {
        typeOnlyIndent = token.indent;
        isTypeOnlyLine = true;
      }
      if (wasStatementStart && (tokenText === 'import' || tokenText === 'from')) {
        isTypeOnlyImport = isTypeOnlyLine || (typeOnlyIndent >= 0 && token.indent > typeOnlyIndent);
        i = readImport(i) - 1;
        isTypeOnlyImport = false;
        continue;
      }
      if (wasStatementStart && isOp(tokens[i + 1], '=') && isName(tokens[i + 2])) {
        assignedName = tokenText;
        assignedCallAt = i + 2;
        // A plain re-assignment (`run = None`) ends what the name stood for, except `None` given to an
        // imported module: the guard for a missing optional dependency (`except ImportError: wandb = None`).
        const isImportGuard = importedNames.has(tokenText) && tokens[i + 2]!.text === 'None';
        if (!isOp(tokens[i + 3], '(') && !isOp(tokens[i + 3], '.') && !isImportGuard) {
          aliases.delete(tokenText);
        }
      }
      if (tokenText === 'def' && isName(tokens[i + 1]) && isOp(tokens[i + 2], '(')) bindAnnotations(i + 1);
      const previous = tokens[i - 1];
      if (isOp(previous, '.')) {
        // `Client().method(...)`: a call chained on the result of a resolved call.
        if (closedCallAt === i - 2 && closedCallAt >= 0) considerCall(i, closedCallee, false, closedChainAt);
      } else if (!(isName(previous) && (previous.text === 'def' || previous.text === 'class'))) {
        considerCall(i, undefined, i === decoratorAt);
      }
      continue;
    }
    if (type !== 'op') continue;
    if (isOpening(tokenText)) {
      if (i === pendingAt && pending !== undefined) {
        stack.push(pending);
        pending.depth = stack.length;
        pending.parent = active;
        active = pending;
        if (pending.fact !== undefined) addFact(pending.fact);
        pending = undefined;
        pendingAt = -1;
      } else stack.push(undefined);
    } else if (isClosing(tokenText)) {
      // The innermost call frame was closed above; this closes a plain bracket (or a stray closer).
      if (stack.length > 0 && stack[stack.length - 1] === undefined) stack.pop();
    } else if (stack.length === 0) {
      if (tokenText === ';' || tokenText === ':') isStatementStart = true;
      else if (tokenText === '@' && wasStatementStart) {
        decoratorAt = i + 1;
        decoratorLine = token.line;
      }
    }
  }
  closeAll(tokens.length);
  // Route facts are added when their call closes, after the calls nested in it; restore source order.
  return facts.sort((a, b) => a.line - b.line);
}

/** `TYPE_CHECKING:` or `typing.TYPE_CHECKING:` (any module alias) starting at `start`. */
function isTypeCheckingTest(tokens: readonly PythonToken[], start: number): boolean {
  let k = start;
  while (isName(tokens[k]) && isOp(tokens[k + 1], '.')) k += 2;
  return tokens[k]?.type === 'name' && tokens[k]!.text === 'TYPE_CHECKING' && isOp(tokens[k + 1], ':');
}

/** Python modules (`.py`): imports, resolved calls and HTTP routes. */
export const pythonSourceExtractor: Extractor = {
  name: 'python-source',
  claims: (_path, baseName) => baseName.endsWith('.py'),
  extensions: ['py'],
  claimsEvery: ['py'],
  extract: (file, context) =>
    mayMatter(file.text, context)
      ? { facts: extractPythonSource(file.text, file.path), diagnostics: [] }
      : { facts: [], diagnostics: [] },
  mayMatterBytes,
  mlImportsOnlyBytes,
};
