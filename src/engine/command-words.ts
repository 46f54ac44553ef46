// Splits a shell command into the simple commands it runs, as word lists, so `cd app && dvc repro`
// and `poetry run python -m mlflow models serve` both reveal the tool that really runs.

const SEPARATORS = /&&|\|\||[;|&\n]/;
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const WRAPPERS = new Set(['sudo', 'exec', 'time', 'nohup', 'env', 'command']);
const RUNNERS = new Set(['poetry', 'uv', 'pipenv', 'pdm', 'hatch', 'rye', 'pixi']);

/** Word lists of each simple command; quotes are dropped, never interpreted further. */
export function splitCommand(command: string): string[][] {
  const commands: string[][] = [];
  for (const part of command.split(SEPARATORS)) {
    const words = unwrap(part.trim().split(/\s+/).filter(Boolean).map(unquote));
    if (words.length > 0) commands.push(words);
  }
  return commands;
}

function unwrap(words: string[]): string[] {
  let start = 0;
  for (;;) {
    const word = words[start];
    if (word === undefined) return [];
    if (word === '(' || word === '{' || word === '!' || word === 'then' || word === 'do' || word === 'else') {
      start += 1;
    } else if (ENV_ASSIGNMENT.test(word) || WRAPPERS.has(word)) {
      start += 1;
    } else if (RUNNERS.has(word) && words[start + 1] === 'run') {
      start += 2;
    } else if (word === 'conda' && words[start + 1] === 'run') {
      start += 2;
      while (words[start]?.startsWith('-')) start += words[start] === '-n' || words[start] === '-p' ? 2 : 1;
    } else if (/^python(\d(\.\d+)?)?$/.test(word) && words[start + 1] === '-m') {
      start += 2;
    } else {
      return words.slice(start);
    }
  }
}

function unquote(word: string): string {
  return word.replace(/^['"]|['"]$/g, '');
}

/** True when the command starts with the pattern's words (`dvc repro` matches `dvc repro -f`). */
export function startsWithWords(words: readonly string[], pattern: readonly string[]): boolean {
  if (words.length < pattern.length) return false;
  for (let index = 0; index < pattern.length; index += 1) {
    const word = words[index]!;
    const expected = pattern[index]!;
    // A path to the program counts as the program (`/usr/bin/tensorflow_model_server`).
    if (word !== expected && !(index === 0 && word.endsWith(`/${expected}`))) return false;
  }
  return true;
}
