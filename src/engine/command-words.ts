// Splits a shell command into the simple commands it runs, as word lists, so `cd app && dvc repro`
// and `poetry run python -m mlflow models serve` both reveal the tool that really runs.

const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
// Words that open or continue a compound command: `if dvc pull; then dvc repro; fi`.
const SHELL_KEYWORDS = new Set(['(', '{', '!', 'if', 'elif', 'then', 'else', 'while', 'until', 'do']);
const WRAPPERS = new Set(['sudo', 'exec', 'time', 'nohup', 'env', 'command']);
const RUNNERS = new Set(['poetry', 'uv', 'pipenv', 'pdm', 'hatch', 'rye', 'pixi']);

/**
 * Word lists of each simple command. `&&`, `||`, `;`, `|`, `&` and newlines separate commands only
 * outside quotes, so `echo "build && bentoml serve"` stays one `echo` command. A quoted string is one word.
 */
export function splitCommand(command: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let hasWord = false;
  const endWord = () => {
    if (hasWord) words.push(word);
    word = '';
    hasWord = false;
  };
  const endCommand = () => {
    endWord();
    const unwrapped = unwrap(words);
    if (unwrapped.length > 0) commands.push(unwrapped);
    words = [];
  };
  for (let index = 0; index < command.length; index += 1) {
    const char = command[index]!;
    if (char === '"' || char === "'") {
      const close = command.indexOf(char, index + 1);
      const end = close === -1 ? command.length : close;
      word += command.slice(index + 1, end);
      hasWord = true;
      index = end;
    } else if (char === ' ' || char === '\t') {
      endWord();
    } else if (char === ';' || char === '|' || char === '&' || char === '\n') {
      endCommand();
    } else {
      word += char;
      hasWord = true;
    }
  }
  endCommand();
  return commands;
}

function unwrap(words: string[]): string[] {
  let start = 0;
  for (;;) {
    const word = words[start];
    if (word === undefined) return [];
    if (SHELL_KEYWORDS.has(word)) {
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
