// Commands from task runners and scripts: Makefile recipes, justfile recipes and shell scripts.
// https://www.gnu.org/software/make/manual/make.html#Recipes and https://just.systems/man/en/

import type { CommandFact, Extraction, Extractor, SourceFile } from '../model.js';
import { endsWithContinuation, isShellShebang, splitShellLines, stripShellComment } from './shell-lines.js';

type ScriptKind = 'make' | 'just' | 'shell';

// Directives that end a rule, so indented lines after them are not its recipe.
const MAKE_DIRECTIVES = new Set([
  'include',
  '-include',
  'sinclude',
  'export',
  'unexport',
  'vpath',
  'override',
]);
// Conditionals may sit between recipe lines without ending the rule.
const MAKE_CONDITIONALS = new Set(['ifeq', 'ifneq', 'ifdef', 'ifndef', 'else', 'endif']);
const RECIPE_PREFIX = /^\.RECIPEPREFIX\s*:{0,3}=\s*(\S?)/;
// `@echo`, `-rm -f build`, `+$(MAKE) -C docs`: echo, error and dry-run modifiers, not part of the command.
const RECIPE_MODIFIERS = /^[@+\-\s]+/;
const ASSIGNMENT_AFTER_COLON = /^:{1,3}=/;
const JUST_NAME = /^@?[A-Za-z_][\w-]*/;
const JUST_SETTINGS = ['set ', 'alias ', 'export ', 'import ', 'mod '];
const WHITESPACE = /\s+/;
const PREFIXED_DEFINE = /^(?:override|export)\s+define\b/;

export const makefileExtractor: Extractor = {
  name: 'makefile',
  claims: (_path, baseName) => scriptKindOf(baseName) !== undefined,
  // Makefile, justfile and .justfile have none.
  extensions: ['', 'mk', 'sh'],
  extract: extractScriptCommands,
};

function scriptKindOf(baseName: string): ScriptKind | undefined {
  if (baseName === 'Makefile' || baseName === 'makefile' || baseName === 'GNUmakefile') return 'make';
  if (baseName.endsWith('.mk')) return 'make';
  if (baseName === 'justfile' || baseName === 'Justfile' || baseName === '.justfile') return 'just';
  if (baseName.endsWith('.sh')) return 'shell';
  return undefined;
}

/** Command facts of one Makefile, justfile or shell script. Never throws; lines it cannot place are skipped. */
function extractScriptCommands({ path, text }: SourceFile): Extraction {
  const kind = scriptKindOf(path.slice(path.lastIndexOf('/') + 1));
  const commands = commandsOf(kind, text);
  const source: CommandFact['source'] = kind === 'shell' ? 'script' : 'makefile';
  const facts = commands.map(
    ({ command, line }): CommandFact => ({ kind: 'command', path, line, command, source }),
  );
  return { facts, diagnostics: [] };
}

function commandsOf(kind: ScriptKind | undefined, text: string): { command: string; line: number }[] {
  if (kind === 'shell') {
    return splitShellLines(text).map(({ command, offset }) => ({ command, line: offset + 1 }));
  }
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (kind === 'make') return makeRecipeCommands(lines);
  if (kind === 'just') return justRecipeCommands(lines);
  return [];
}

/** Physical lines joined at `\` continuations, each logical line with the 0-based index it starts at. */
function* logicalLines(lines: readonly string[]): Generator<{ first: string; text: string; index: number }> {
  let i = 0;
  while (i < lines.length) {
    const index = i;
    const first = lines[i]!;
    i++;
    if (!endsWithContinuation(first)) {
      yield { first, text: first, index };
      continue;
    }
    const parts = [first.slice(0, -1).trimEnd()];
    while (i < lines.length) {
      const next = lines[i]!.trim();
      i++;
      if (!endsWithContinuation(next)) {
        parts.push(next);
        break;
      }
      parts.push(next.slice(0, -1).trimEnd());
    }
    yield { first, text: parts.join(' '), index };
  }
}

/** The command of one recipe line, without modifiers and comments; undefined when nothing is left. */
function recipeCommand(text: string): string | undefined {
  const command = stripShellComment(text.trim().replace(RECIPE_MODIFIERS, ''));
  return command === '' || command.startsWith('#') ? undefined : command;
}

function makeRecipeCommands(lines: readonly string[]): { command: string; line: number }[] {
  const commands: { command: string; line: number }[] = [];
  let prefix = '\t';
  let isInRule = false;
  let defineDepth = 0;
  for (const { first, text, index } of logicalLines(lines)) {
    const trimmed = text.trim();
    const word = trimmed.split(WHITESPACE, 1)[0] ?? '';
    // `define ... endef` holds a variable's value (maybe a canned recipe), never run as written.
    if (defineDepth > 0) {
      if (word === 'endef') defineDepth--;
      else if (word === 'define') defineDepth++;
      continue;
    }
    if (first.startsWith(prefix)) {
      const command = isInRule ? recipeCommand(text.slice(prefix.length)) : undefined;
      if (command !== undefined) commands.push({ command, line: index + 1 });
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#') || MAKE_CONDITIONALS.has(word)) continue;
    isInRule = false;
    if (word === 'define' || PREFIXED_DEFINE.test(trimmed)) {
      defineDepth = 1;
      continue;
    }
    const recipePrefix = RECIPE_PREFIX.exec(trimmed);
    if (recipePrefix !== null) {
      prefix = recipePrefix[1] || '\t';
      continue;
    }
    if (MAKE_DIRECTIVES.has(word)) continue;
    const colon = ruleColonOf(trimmed);
    if (colon === -1) continue;
    isInRule = true;
    // `train: data.csv ; python train.py` puts the first recipe line on the rule line.
    const semicolon = trimmed.indexOf(';', colon);
    const hash = trimmed.indexOf('#', colon);
    if (semicolon !== -1 && (hash === -1 || hash > semicolon)) {
      const command = recipeCommand(trimmed.slice(semicolon + 1));
      if (command !== undefined) commands.push({ command, line: index + 1 });
    }
  }
  return commands;
}

/** Index of the colon that makes `text` a rule (`train: data.csv`), or -1 for assignments (`X := a:b`, `X = a:b`). */
function ruleColonOf(text: string): number {
  const colon = text.indexOf(':');
  if (colon === -1) return -1;
  const equals = text.indexOf('=');
  if (equals !== -1 && equals < colon) return -1;
  return ASSIGNMENT_AFTER_COLON.test(text.slice(colon)) ? -1 : colon;
}

function justRecipeCommands(lines: readonly string[]): { command: string; line: number }[] {
  const commands: { command: string; line: number }[] = [];
  let isInRecipe = false;
  let isFirstBodyLine = false;
  for (const { first, text, index } of logicalLines(lines)) {
    const trimmed = text.trim();
    if (first.startsWith(' ') || first.startsWith('\t')) {
      if (!isInRecipe) continue;
      // A shebang recipe runs its body with that interpreter; only shell bodies are commands.
      if (isFirstBodyLine && trimmed.startsWith('#!')) isInRecipe = isShellShebang(trimmed);
      isFirstBodyLine = false;
      const command = isInRecipe ? recipeCommand(trimmed) : undefined;
      if (command !== undefined) commands.push({ command, line: index + 1 });
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    isInRecipe = isJustRecipeHeader(trimmed);
    isFirstBodyLine = true;
  }
  return commands;
}

/** `train epochs="10": setup`, `@lint:`; not `version := "1.0"`, `set shell := ["bash", "-c"]` or `[private]`. */
function isJustRecipeHeader(text: string): boolean {
  if (JUST_SETTINGS.some((keyword) => text.startsWith(keyword))) return false;
  const name = JUST_NAME.exec(text);
  if (name === null) return false;
  const rest = text.slice(name[0].length).trimStart();
  return !rest.startsWith(':=') && rest.includes(':');
}
