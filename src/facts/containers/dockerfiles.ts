// Dockerfile extractor: base images, healthchecks, exposed ports and the commands a build and container run.
// Syntax: https://docs.docker.com/reference/dockerfile/

import { findHeredocBodies, isShellShebang, splitShellLines } from '../ci/shell-lines.js';
import type { Diagnostic, Extraction, Extractor, Fact, SourceFile } from '../model.js';
import { normalizeImageName } from './image-name.js';

/** One instruction after continuation lines are joined. `line` is the line of its keyword. */
interface Instruction {
  keyword: string;
  args: string;
  line: number;
  /** Heredoc bodies (`RUN <<EOF`), in order, each with the line of its first body line. */
  heredocs: { firstLine: number; text: string }[];
}

// Parser directives sit before anything else: `# escape=\``, `# syntax=docker/dockerfile:1`.
const DIRECTIVE = /^#\s*([A-Za-z][\w-]*)\s*=\s*(\S+)\s*$/;
const INSTRUCTION = /^([A-Za-z]+)(?:\s+(.*))?$/;
const CONTINUATION = { '\\': /\\[ \t]*$/, '`': /`[ \t]*$/ } as const;
type EscapeChar = keyof typeof CONTINUATION;
const HEREDOC_MARKER = /(?<!<)<<-?\s*(['"]?)[A-Za-z_][\w.-]*\1/g;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
// `RUN --mount=type=cache,target=/root/.cache pip install ...`, `HEALTHCHECK --interval=30s CMD ...`
const LEADING_FLAGS = /^(?:--[\w-]+(?:=\S*)?\s+)+/;
const ARG_REFERENCE = /\$\{([A-Za-z_]\w*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_]\w*)/g;
const WHITESPACE = /\s+/;
const QUOTED = /^(["'])(.*)\1$/;

export const dockerfileExtractor: Extractor = {
  name: 'dockerfile',
  claims: (_path, baseName) => isDockerfileName(baseName),
  extensions: [],
  names: {
    exact: ['Dockerfile', 'Containerfile', 'dockerfile'],
    prefixes: ['Dockerfile.', 'Containerfile.'],
    suffixes: ['.Dockerfile', '.dockerfile'],
  },
  extract: extractDockerfile,
};

/** `Dockerfile`, `Containerfile`, `Dockerfile.gpu`, `serve.Dockerfile`; not `Dockerfile.dockerignore`. */
export function isDockerfileName(baseName: string): boolean {
  if (baseName === 'Dockerfile' || baseName === 'Containerfile' || baseName === 'dockerfile') return true;
  const isVariant =
    baseName.startsWith('Dockerfile.') ||
    baseName.startsWith('Containerfile.') ||
    baseName.endsWith('.Dockerfile') ||
    baseName.endsWith('.dockerfile');
  return isVariant && !baseName.endsWith('.dockerignore') && !baseName.endsWith('.md');
}

/** Facts of one Dockerfile. Never throws: lines that are not instructions are skipped. */
function extractDockerfile(file: SourceFile): Extraction {
  const { path } = file;
  const diagnostics: Diagnostic[] = [];
  const instructions = parseInstructions(file.text, path, diagnostics);
  const facts: Fact[] = [];
  const globalArgs = new Map<string, string | undefined>();
  const stageNames = new Set<string>();
  let hasSeenFrom = false;
  for (const instruction of instructions) {
    const { keyword, args, line } = instruction;
    switch (keyword) {
      case 'ARG':
        // Only ARGs declared before the first FROM can be used in FROM lines.
        if (!hasSeenFrom) for (const [name, value] of parseArgDeclarations(args)) globalArgs.set(name, value);
        break;
      case 'FROM': {
        const from = parseFrom(args);
        // The first FROM is what makes the file a Dockerfile (a `Dockerfile.md` has none).
        if (!hasSeenFrom && from !== undefined) {
          facts.push({ kind: 'signal', path, line, signal: 'dockerfile', detail: from.reference });
        }
        hasSeenFrom = true;
        if (from === undefined) {
          diagnostics.push({
            path,
            line,
            message: 'has a FROM without an image. Its base image is not counted.',
            blocks: ['image'],
          });
          break;
        }
        const resolved = expandArgs(from.reference, globalArgs);
        const isStage = stageNames.has(resolved.toLowerCase());
        const image = normalizeImageName(resolved);
        // An ARG without a default is only known at build time; the name is still known when the ARG is in the tag.
        if (resolved !== 'scratch' && !isStage && image !== '' && !image.includes('$')) {
          facts.push({ kind: 'image', path, line, image, reference: from.reference, source: 'dockerfile' });
        }
        if (from.stageName !== undefined) stageNames.add(from.stageName.toLowerCase());
        break;
      }
      case 'RUN':
        pushRunCommands(instruction, path, facts);
        break;
      case 'CMD':
      case 'ENTRYPOINT': {
        const command = decodeCommand(args);
        if (command !== '') facts.push({ kind: 'command', path, line, command, source: 'dockerfile' });
        break;
      }
      case 'HEALTHCHECK': {
        const detail = parseHealthcheck(args);
        if (detail !== undefined) {
          facts.push({ kind: 'signal', path, line, signal: 'docker-healthcheck', detail, dockerfile: path });
        }
        break;
      }
      case 'EXPOSE':
        if (args !== '') {
          const detail = args.split(WHITESPACE).join(' ');
          facts.push({ kind: 'signal', path, line, signal: 'docker-expose', detail });
        }
        break;
    }
  }
  return { facts, diagnostics };
}

function parseInstructions(text: string, path: string, diagnostics: Diagnostic[]): Instruction[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  let escapeChar: EscapeChar = '\\';
  let i = 0;
  for (; i < lines.length; i++) {
    const directive = DIRECTIVE.exec(lines[i]!);
    if (directive === null) break;
    const value = directive[2];
    if (directive[1]!.toLowerCase() === 'escape' && (value === '\\' || value === '`')) escapeChar = value;
  }
  const continuation = CONTINUATION[escapeChar];
  const instructions: Instruction[] = [];
  while (i < lines.length) {
    const first = lines[i]!.trim();
    i++;
    if (first === '' || first.startsWith('#')) continue;
    const line = i;
    const parts: string[] = [];
    let current = first;
    while (continuation.test(current)) {
      parts.push(current.replace(continuation, '').trimEnd());
      // Comment and blank lines inside a continued instruction are dropped, as Docker does.
      while (i < lines.length && isBlankOrComment(lines[i]!)) i++;
      current = i < lines.length ? lines[i]!.trim() : '';
      i++;
    }
    // A continuation at the end of the file just ends the instruction.
    if (current !== '') parts.push(current);
    const match = INSTRUCTION.exec(parts.join(' '));
    if (match === null) continue;
    const keyword = match[1]!.toUpperCase();
    const args = (match[2] ?? '').trim();
    const instruction: Instruction = { keyword, args, line, heredocs: [] };
    if (HEREDOC_KEYWORDS.has(keyword) && args.includes('<<') && !args.startsWith('[')) {
      const heredocs = findHeredocBodies(lines, i, args);
      if (!heredocs.isClosed) {
        diagnostics.push({
          path,
          line,
          message: `has a ${keyword} heredoc that is never closed. Instructions after it are not counted.`,
          blocks: ['image', 'command', 'docker-healthcheck', 'docker-expose'],
        });
      }
      for (const body of heredocs.bodies) {
        instruction.heredocs.push({
          firstLine: body.start + 1,
          text: lines.slice(body.start, body.end).join('\n'),
        });
      }
      i = heredocs.next;
    }
    instructions.push(instruction);
  }
  return instructions;
}

function isBlankOrComment(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed === '' || trimmed.startsWith('#');
}

/**
 * `RUN <<EOF` with nothing else runs its body as a shell script: one command per body line. Any other RUN
 * (including `RUN python3 <<EOF`, whose body is the program's input) is one command as written.
 */
function pushRunCommands(instruction: Instruction, path: string, facts: Fact[]): void {
  const args = instruction.args.replace(LEADING_FLAGS, '');
  const body = instruction.heredocs[0];
  const isScriptBody = body !== undefined && args.replace(HEREDOC_MARKER, '').trim() === '';
  if (!isScriptBody) {
    const command = decodeCommand(args);
    if (command !== '') {
      facts.push({ kind: 'command', path, line: instruction.line, command, source: 'dockerfile' });
    }
    return;
  }
  const firstBodyLine = body.text.split('\n', 1)[0]!.trim();
  if (firstBodyLine.startsWith('#!') && !isShellShebang(firstBodyLine)) return;
  for (const { command, offset } of splitShellLines(body.text)) {
    facts.push({ kind: 'command', path, line: body.firstLine + offset, command, source: 'dockerfile' });
  }
}

/** Exec form `["python", "serve.py"]` is JSON-decoded and joined with spaces; shell form is kept as written. */
function decodeCommand(args: string): string {
  if (!args.startsWith('[')) return args;
  try {
    const parsed: unknown = JSON.parse(args);
    if (Array.isArray(parsed) && parsed.every((part) => typeof part === 'string')) return parsed.join(' ');
  } catch {
    // Docker runs an exec form that is not valid JSON as shell form, so keep it as written.
  }
  return args;
}

function parseFrom(args: string): { reference: string; stageName?: string } | undefined {
  const words = args.split(WHITESPACE).filter((word) => word !== '' && !word.startsWith('--'));
  const reference = words[0];
  if (reference === undefined) return undefined;
  const stageName = words[1]?.toLowerCase() === 'as' ? words[2] : undefined;
  return stageName === undefined ? { reference } : { reference, stageName };
}

/** `ARG BASE_IMAGE=python:3.11 CUDA` → `[['BASE_IMAGE', 'python:3.11'], ['CUDA', undefined]]`. */
function parseArgDeclarations(args: string): [string, string | undefined][] {
  const declarations: [string, string | undefined][] = [];
  for (const word of args.split(WHITESPACE)) {
    if (word === '') continue;
    const equals = word.indexOf('=');
    if (equals === -1) declarations.push([word, undefined]);
    else declarations.push([word.slice(0, equals), word.slice(equals + 1).replace(QUOTED, '$2')]);
  }
  return declarations;
}

/** `reference` with `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}` expanded; unknown values are kept as written. */
function expandArgs(reference: string, args: ReadonlyMap<string, string | undefined>): string {
  if (!reference.includes('$')) return reference;
  return reference.replace(
    ARG_REFERENCE,
    (match: string, braced?: string, operator?: string, word?: string, bare?: string) => {
      const value = args.get(braced ?? bare ?? '');
      const isSet = value !== undefined && value !== '';
      if (operator === '-') return isSet ? value : (word ?? '');
      if (operator === '+') return isSet ? (word ?? '') : '';
      return value ?? match;
    },
  );
}

/** The command of `HEALTHCHECK [options] CMD <command>`, or undefined for `HEALTHCHECK NONE`. */
function parseHealthcheck(args: string): string | undefined {
  const rest = args.replace(LEADING_FLAGS, '');
  const space = rest.search(WHITESPACE);
  const word = (space === -1 ? rest : rest.slice(0, space)).toUpperCase();
  if (word === 'NONE' || rest === '') return undefined;
  if (word !== 'CMD') return rest;
  const command = decodeCommand(rest.slice(word.length).trim());
  return command === '' ? undefined : command;
}
