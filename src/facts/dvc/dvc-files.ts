// DVC files: pipeline stages and artifacts (dvc.yaml), tracked data (*.dvc) and remotes (.dvc/config).

import { hasLineTerminator } from '../formats/line-text.js';
import { isRecord, lineOf, parseYaml, type YamlError, yamlErrorDiagnostic } from '../formats/yaml-lines.js';
import type { BlockedFact, Diagnostic, Extraction, Extractor, Fact, SourceFile } from '../model.js';

// `.dvc/config` is an INI file written by `dvc remote add`: `['remote "storage"']` then `url = s3://...`.
// https://dvc.org/doc/user-guide/project-structure/configuration
const REMOTE_SECTION = /^remote\s+"([^"]+)"$/;

export const dvcExtractor: Extractor = {
  name: 'dvc',
  claims: (path, baseName) =>
    baseName === 'dvc.yaml' ||
    (baseName.endsWith('.dvc') && baseName !== '.dvc') ||
    path === '.dvc/config' ||
    path.endsWith('/.dvc/config'),
  // `.dvc/config` has none.
  extensions: ['yaml', 'dvc', ''],
  extract: extractDvc,
};

function extractDvc(file: SourceFile): Extraction {
  if (file.path.endsWith('.dvc/config')) return { facts: extractRemotes(file), diagnostics: [] };
  if (file.path.endsWith('.dvc')) return extractTrackedFile(file);
  return extractPipeline(file);
}

// https://dvc.org/doc/user-guide/project-structure/dvcyaml-files
function extractPipeline({ path, text }: SourceFile): Extraction {
  const parsed = parseYaml(text);
  const facts: Fact[] = [];
  const [document] = parsed.documents;
  if (isRecord(document)) {
    const { stages, artifacts } = document;
    if (isRecord(stages)) {
      for (const [name, stage] of Object.entries(stages)) {
        if (!isRecord(stage)) continue;
        facts.push({ kind: 'signal', path, line: lineOf(stages, name), signal: 'dvc-stage', detail: name });
        // `foreach`/`do` stages keep their command under `do`.
        extractCommands(path, isRecord(stage.do) ? stage.do : stage, facts);
      }
    }
    if (isRecord(artifacts)) {
      for (const [name, artifact] of Object.entries(artifacts)) {
        const type = isRecord(artifact) && typeof artifact.type === 'string' ? artifact.type : undefined;
        // Only models make a model registry; a `type: dataset` artifact is data, already shown by the stages.
        if (type !== undefined && type !== 'model') continue;
        const detail = type ? `${name} (${type})` : name;
        facts.push({ kind: 'signal', path, line: lineOf(artifacts, name), signal: 'dvc-artifact', detail });
      }
    }
  }
  return {
    facts,
    diagnostics: diagnosticsOf(path, parsed.error, 'Its DVC stages are not counted.', [
      'dvc-stage',
      'dvc-artifact',
      'command',
    ]),
  };
}

// https://dvc.org/doc/user-guide/project-structure/dvc-files
function extractTrackedFile({ path, text }: SourceFile): Extraction {
  const parsed = parseYaml(text);
  const facts: Fact[] = [];
  const [document] = parsed.documents;
  if (isRecord(document)) {
    const outs = document.outs;
    const [firstOut] = Array.isArray(outs) ? outs : [];
    if (isRecord(firstOut) && typeof firstOut.path === 'string') {
      facts.push({
        kind: 'signal',
        path,
        line: lineOf(firstOut, 'path'),
        signal: 'dvc-tracked-file',
        detail: firstOut.path,
      });
    }
    // DVC 0.x wrote pipeline stages as `.dvc` files with a top-level `cmd`.
    if ('cmd' in document) {
      facts.push({ kind: 'signal', path, line: lineOf(document, 'cmd'), signal: 'dvc-stage' });
      extractCommands(path, document, facts);
    }
  }
  return {
    facts,
    diagnostics: diagnosticsOf(path, parsed.error, 'Its tracked data is not counted.', ['dvc-tracked-file']),
  };
}

function extractCommands(path: string, stage: Record<string, unknown>, facts: Fact[]): void {
  const { cmd } = stage;
  if (typeof cmd === 'string' && cmd.trim() !== '') {
    facts.push({ kind: 'command', path, line: lineOf(stage, 'cmd'), command: cmd.trim(), source: 'dvc' });
  } else if (Array.isArray(cmd)) {
    // A list runs one command after the other.
    cmd.forEach((command, index) => {
      if (typeof command === 'string' && command.trim() !== '') {
        facts.push({
          kind: 'command',
          path,
          line: lineOf(cmd, index),
          command: command.trim(),
          source: 'dvc',
        });
      }
    });
  }
}

function extractRemotes({ path, text }: SourceFile): Fact[] {
  const facts: Fact[] = [];
  let remote: { name: string; line: number; url?: string } | undefined;
  const flush = (): void => {
    if (remote) {
      const detail = remote.url ? `${remote.name} ${remote.url}` : remote.name;
      facts.push({ kind: 'signal', path, line: remote.line, signal: 'dvc-remote', detail });
    }
    remote = undefined;
  };
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = sectionName(line);
    if (header !== undefined) {
      flush();
      const remoteName = REMOTE_SECTION.exec(header)?.[1];
      if (remoteName) remote = { name: remoteName, line: index + 1 };
      continue;
    }
    const url = remote && urlOption(line);
    if (remote && url) remote.url = url;
  }
  flush();
  return facts;
}

function diagnosticsOf(
  path: string,
  error: YamlError | undefined,
  consequence: string,
  blocks: BlockedFact[],
): Diagnostic[] {
  return error ? [yamlErrorDiagnostic(path, error, consequence, blocks)] : [];
}

/**
 * The section a trimmed INI line heads (`[core]`, `['remote "s3"']`), without its optional quotes; else
 * undefined. As `/^\[\s*'?\s*([^\]']*?)\s*'?\s*\]\s*$/` reads it, in linear time: that expression took
 * minutes on a line of `[` and blanks.
 */
function sectionName(line: string): string | undefined {
  if (!line.startsWith('[') || !line.endsWith(']')) return undefined;
  let name = line.slice(1, -1).trim();
  if (name.startsWith("'")) name = name.slice(1).trimStart();
  if (name.endsWith("'")) name = name.slice(0, -1).trimEnd();
  return name.includes(']') || name.includes("'") ? undefined : name;
}

/** The value of a trimmed `url = value` line, else undefined (`/^url\s*=\s*(.*?)\s*$/`, linearly). */
function urlOption(line: string): string | undefined {
  if (!line.startsWith('url')) return undefined;
  const rest = line.slice(3).trimStart();
  if (!rest.startsWith('=')) return undefined;
  const value = rest.slice(1).trim();
  return hasLineTerminator(value) ? undefined : value;
}
