// Small, well-known config files of ML and serving tools, each recognised by its file name.

import { isRecord, lineOf, parseYaml, yamlErrorDiagnostic } from '../formats/yaml-lines.js';
import type { BlockedFact, Extraction, Extractor, Fact, SourceFile } from '../model.js';

type ConfigKind =
  | 'mlproject'
  | 'great-expectations'
  | 'bentofile'
  | 'torchserve'
  | 'triton'
  | 'prometheus'
  | 'helm-chart'
  | 'kustomization';

const CONFIG_KINDS = new Map<string, ConfigKind>([
  ['MLproject', 'mlproject'],
  ['great_expectations.yml', 'great-expectations'],
  ['bentofile.yaml', 'bentofile'],
  ['bentofile.yml', 'bentofile'],
  ['config.properties', 'torchserve'],
  ['config.pbtxt', 'triton'],
  ['Chart.yaml', 'helm-chart'],
  ['kustomization.yaml', 'kustomization'],
  ['kustomization.yml', 'kustomization'],
  ['Kustomization', 'kustomization'],
]);

// https://pytorch.org/serve/configuration.html
const TORCHSERVE_KEY = /^\s*(inference_address|model_store)\s*[=:]/;
// https://docs.nvidia.com/deeplearning/triton-inference-server/user-guide/docs/user_guide/model_configuration.html
const TRITON_RUNTIME = /^\s*(?:platform|backend)\s*:\s*["']([^"']*)["']/;

export const mlConfigExtractor: Extractor = {
  name: 'ml-config',
  claims: (path, baseName) => configKindOf(path, baseName) !== undefined,
  // MLproject and Kustomization have none.
  extensions: ['', 'yml', 'yaml', 'properties', 'pbtxt'],
  extract: extractMlConfig,
};

function configKindOf(path: string, baseName: string): ConfigKind | undefined {
  const kind = CONFIG_KINDS.get(baseName);
  if (kind) return kind;
  const lower = baseName.toLowerCase();
  if (!lower.endsWith('.yml') && !lower.endsWith('.yaml')) return undefined;
  // `prometheus.yml`, `prometheus-local.yaml`, or any YAML in a `prometheus/` folder.
  const isInPrometheusFolder = path.startsWith('prometheus/') || path.includes('/prometheus/');
  return lower.startsWith('prometheus') || isInPrometheusFolder ? 'prometheus' : undefined;
}

function extractMlConfig(file: SourceFile): Extraction {
  const baseName = file.path.slice(file.path.lastIndexOf('/') + 1);
  switch (configKindOf(file.path, baseName)) {
    case 'mlproject':
      return extractMlproject(file);
    case 'great-expectations':
      // The file name is the evidence; its content varies across GX versions.
      return signalOnly(file.path, 'great-expectations-project');
    case 'bentofile':
      return extractBentofile(file);
    case 'torchserve':
      return extractTorchServeConfig(file);
    case 'triton':
      return extractTritonConfig(file);
    case 'prometheus':
      return extractPrometheusConfig(file);
    case 'helm-chart':
      return extractHelmChart(file);
    case 'kustomization':
      return signalOnly(file.path, 'kustomization');
    default:
      return { facts: [], diagnostics: [] };
  }
}

function signalOnly(path: string, signal: 'great-expectations-project' | 'kustomization'): Extraction {
  return { facts: [{ kind: 'signal', path, line: 1, signal }], diagnostics: [] };
}

/** Parses a single-document YAML config; a syntax error becomes the one diagnostic. */
function parseConfig(
  { path, text }: SourceFile,
  consequence: string,
  blocks: BlockedFact[],
): { document: Record<string, unknown> | undefined; extraction: Extraction } {
  const parsed = parseYaml(text);
  const [document] = parsed.documents;
  const diagnostics = parsed.error ? [yamlErrorDiagnostic(path, parsed.error, consequence, blocks)] : [];
  return { document: isRecord(document) ? document : undefined, extraction: { facts: [], diagnostics } };
}

// https://mlflow.org/docs/latest/projects.html#mlproject-file
function extractMlproject(file: SourceFile): Extraction {
  const { document, extraction } = parseConfig(file, 'Its MLflow project is not counted.', [
    'mlproject',
    'command',
  ]);
  if (!document) return extraction;
  const { path } = file;
  const { name, entry_points: entryPoints } = document;
  extraction.facts.push({
    kind: 'signal',
    path,
    line: lineOf(document, 'name'),
    signal: 'mlproject',
    ...(typeof name === 'string' ? { detail: name } : {}),
  });
  if (isRecord(entryPoints)) {
    for (const entryPoint of Object.values(entryPoints)) {
      if (!isRecord(entryPoint) || typeof entryPoint.command !== 'string') continue;
      const command = entryPoint.command.trim();
      if (command) {
        extraction.facts.push({
          kind: 'command',
          path,
          line: lineOf(entryPoint, 'command'),
          command,
          source: 'mlproject',
        });
      }
    }
  }
  return extraction;
}

// https://docs.bentoml.com/en/latest/reference/bentoml/bento-build-options.html
function extractBentofile(file: SourceFile): Extraction {
  const { document, extraction } = parseConfig(file, 'Its BentoML build file is not counted.', [
    'bentoml-build-file',
  ]);
  if (!document) return extraction;
  const { service } = document;
  extraction.facts.push({
    kind: 'signal',
    path: file.path,
    line: lineOf(document, 'service'),
    signal: 'bentoml-build-file',
    ...(typeof service === 'string' ? { detail: service } : {}),
  });
  return extraction;
}

function extractTorchServeConfig({ path, text }: SourceFile): Extraction {
  // Other tools name files config.properties too: only TorchServe's own keys count.
  if (!text.includes('inference_address') && !text.includes('model_store'))
    return { facts: [], diagnostics: [] };
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (TORCHSERVE_KEY.test(lines[index]!)) {
      return {
        facts: [{ kind: 'signal', path, line: index + 1, signal: 'torchserve-config' }],
        diagnostics: [],
      };
    }
  }
  return { facts: [], diagnostics: [] };
}

/** A Triton model config is valid even when empty (auto-complete), so the name alone is the evidence. */
function extractTritonConfig({ path, text }: SourceFile): Extraction {
  const lines = text.split('\n');
  let depth = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const runtime = depth === 0 ? TRITON_RUNTIME.exec(line) : null;
    if (runtime) {
      const fact: Fact = {
        kind: 'signal',
        path,
        line: index + 1,
        signal: 'triton-model-config',
        detail: runtime[1]!,
      };
      return { facts: [fact], diagnostics: [] };
    }
    depth = Math.max(0, depth + nestingChange(line));
  }
  return { facts: [{ kind: 'signal', path, line: 1, signal: 'triton-model-config' }], diagnostics: [] };
}

/** Net `{`/`[` minus `}`/`]` on a protobuf text line, ignoring strings and `#` comments. */
function nestingChange(line: string): number {
  let change = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') break;
    else if (char === '{' || char === '[') change++;
    else if (char === '}' || char === ']') change--;
  }
  return change;
}

// https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config
function extractPrometheusConfig(file: SourceFile): Extraction {
  // Alert and recording rule files share the folder; only the server config has scrape jobs.
  if (!file.text.includes('scrape_configs')) return { facts: [], diagnostics: [] };
  const { document, extraction } = parseConfig(file, 'Its scrape configs are not counted.', [
    'prometheus-scrape-config',
  ]);
  const scrapeConfigs = document?.scrape_configs;
  if (!Array.isArray(scrapeConfigs)) return extraction;
  for (const scrapeConfig of scrapeConfigs) {
    if (!isRecord(scrapeConfig) || typeof scrapeConfig.job_name !== 'string') continue;
    extraction.facts.push({
      kind: 'signal',
      path: file.path,
      line: lineOf(scrapeConfig, 'job_name'),
      signal: 'prometheus-scrape-config',
      detail: scrapeConfig.job_name,
    });
  }
  return extraction;
}

// https://helm.sh/docs/topics/charts/#the-chartyaml-file
function extractHelmChart(file: SourceFile): Extraction {
  const { document, extraction } = parseConfig(file, 'Its Helm chart is not counted.', ['helm-chart']);
  if (typeof document?.apiVersion !== 'string' || typeof document.name !== 'string') return extraction;
  extraction.facts.push({
    kind: 'signal',
    path: file.path,
    line: lineOf(document, 'name'),
    signal: 'helm-chart',
    detail: document.name,
  });
  return extraction;
}
