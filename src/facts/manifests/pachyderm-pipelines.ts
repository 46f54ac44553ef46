// Pachyderm pipeline specs: a `pipeline` named, a `transform` to run, and an `input` read from versioned
// data repositories (`pfs`), in JSON or YAML (https://docs.pachyderm.com/latest/build-dags/pipeline-spec/).

import { lineAt } from '../formats/json-errors.js';
import { isRecord, lineOf, parseYaml } from '../formats/yaml-lines.js';
import type { Extraction, Extractor, SourceFile } from '../model.js';

const NOTHING: Extraction = { facts: [], diagnostics: [] };

export const pachydermPipelineExtractor: Extractor = {
  name: 'pachyderm-pipeline',
  // YAML files are read for manifests anyway; a JSON file only when its path says it may be a pipeline.
  claims: (path, baseName) => {
    const lower = baseName.toLowerCase();
    if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return true;
    if (!lower.endsWith('.json')) return false;
    const lowerPath = path.toLowerCase();
    return lowerPath.includes('pachyderm') || lowerPath.includes('pipeline') || lowerPath.includes('pps');
  },
  extensions: ['json', 'yml', 'yaml'],
  extract: extractPachydermPipeline,
};

function extractPachydermPipeline({ path, text }: SourceFile): Extraction {
  // Nearly every candidate is something else: skip it before parsing.
  if (!text.includes('pfs') || !text.includes('transform')) return NOTHING;
  const isJson = path.toLowerCase().endsWith('.json');
  const specs = isJson ? jsonSpecs(text) : parseYaml(text).documents;
  const facts = specs.filter(isRecord).flatMap((spec) => {
    const name = pipelineNameOf(spec);
    if (name === undefined) return [];
    const line = isJson ? jsonKeyLine(text, 'pipeline') : lineOf(spec, 'pipeline');
    return [{ kind: 'signal' as const, path, line, signal: 'pachyderm-pipeline' as const, detail: name }];
  });
  return { facts, diagnostics: [] };
}

function jsonSpecs(text: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [value];
  } catch {
    // Not ours to report: the file was read only because of its name.
    return [];
  }
}

/** The pipeline's name, when the value has the three parts of a spec and reads a `pfs` input. */
function pipelineNameOf(spec: Record<string, unknown>): string | undefined {
  if (!isRecord(spec.pipeline) || !isRecord(spec.transform)) return undefined;
  const { name } = spec.pipeline;
  return typeof name === 'string' && readsPfs(spec.input, 0) ? name : undefined;
}

// Inputs nest through cross, union, join and group lists; specs are shallow, so a small bound suffices.
// YAML aliases can share one value many times (an alias bomb): each value is looked at once.
function readsPfs(input: unknown, depth: number, seen = new Set<object>()): boolean {
  if (depth > 8 || typeof input !== 'object' || input === null || seen.has(input)) return false;
  seen.add(input);
  if (Array.isArray(input)) return input.some((item) => readsPfs(item, depth + 1, seen));
  if (!isRecord(input)) return false;
  if (isRecord(input.pfs)) return true;
  return Object.values(input).some((value) => readsPfs(value, depth + 1, seen));
}

function jsonKeyLine(text: string, key: string): number {
  const at = text.indexOf(`"${key}"`);
  return at === -1 ? 1 : lineAt(text, at);
}
