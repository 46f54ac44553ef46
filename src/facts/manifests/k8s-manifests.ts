// Kubernetes-style YAML manifests: objects, container images, probes, commands and Kubeflow pipeline specs.

import { isComposeFileName } from '../containers/compose-files.js';
import { normalizeImageName } from '../containers/image-name.js';
import { beforeComment, isSpaceOrTab } from '../formats/line-text.js';
import { isRecord, lineOf, parseYaml, yamlErrorDiagnostic } from '../formats/yaml-lines.js';
import type { Extraction, Extractor, Fact, SourceFile } from '../model.js';

// YAML files other extractors own or that are never manifests (lower-case base names).
const EXCLUDED_BASE_NAMES = new Set([
  '.gitlab-ci.yml',
  'dvc.yaml',
  '.pre-commit-config.yaml',
  'mkdocs.yml',
  'mkdocs.yaml',
  'bitbucket-pipelines.yml',
  'chart.yaml',
  'kustomization.yaml',
  'kustomization.yml',
  // Only the exact Prometheus config names: `prometheus-deployment.yaml` is a manifest.
  'prometheus.yml',
  'prometheus.yaml',
  'great_expectations.yml',
  'bentofile.yaml',
  'bentofile.yml',
  '.readthedocs.yml',
  '.readthedocs.yaml',
  'codecov.yml',
  'codecov.yaml',
  '.codecov.yml',
]);
const EXCLUDED_PREFIXES = ['environment', 'conda', 'azure-pipelines'];
const EXCLUDED_FOLDERS = ['.github/workflows/', '.circleci/', '.dvc/'];
const EXCLUDED_NESTED_FOLDERS = EXCLUDED_FOLDERS.map((folder) => `/${folder}`);

const PROBES = [
  ['livenessProbe', 'k8s-liveness-probe'],
  ['readinessProbe', 'k8s-readiness-probe'],
  ['startupProbe', 'k8s-startup-probe'],
] as const;

const KUBEFLOW_ANNOTATION_PREFIX = 'pipelines.kubeflow.org/';

// Helm template scan: top-level fields and probe keys, one line at a time.
const TOP_LEVEL_FIELD = /^(apiVersion|kind|metadata):[ \t]*(.*)$/;
const NAME_FIELD = /^name:[ \t]*(.*)$/;
const PROBE_KEY = /^[ \t]*(?:-[ \t]+)?(livenessProbe|readinessProbe|startupProbe):/;
const CARRIAGE_RETURN = /\r$/;

export const kubernetesManifestExtractor: Extractor = {
  name: 'k8s-manifest',
  claims: isManifestCandidate,
  extensions: ['yml', 'yaml'],
  extract: extractManifests,
};

function isManifestCandidate(path: string, baseName: string): boolean {
  const lower = baseName.toLowerCase();
  if (!lower.endsWith('.yaml') && !lower.endsWith('.yml')) return false;
  if (EXCLUDED_BASE_NAMES.has(lower) || isComposeFileName(lower)) return false;
  if (EXCLUDED_PREFIXES.some((prefix) => lower.startsWith(prefix))) return false;
  for (let i = 0; i < EXCLUDED_FOLDERS.length; i++) {
    if (path.startsWith(EXCLUDED_FOLDERS[i]!) || path.includes(EXCLUDED_NESTED_FOLDERS[i]!)) return false;
  }
  return true;
}

/**
 * Helm templates (`{{ ... }}`) are usually not valid YAML. When such a file does not parse, no
 * diagnostic is given: a line scan still reports its top-level `apiVersion`/`kind` objects and probe
 * keys, but not images or commands, which are mostly templated there.
 */
function extractManifests({ path, text }: SourceFile): Extraction {
  // Most YAML files in a repository are not manifests: skip them before parsing.
  if (!text.includes('apiVersion') && !text.includes('pipelineInfo')) return { facts: [], diagnostics: [] };
  const parsed = parseYaml(text);
  if (parsed.error && text.includes('{{')) return { facts: scanHelmTemplate(path, text), diagnostics: [] };
  const facts: Fact[] = [];
  // Aliases can make a List contain itself or the same object many times: visit each object once.
  const visited = new Set<object>();
  for (const document of parsed.documents) {
    if (isRecord(document)) extractObject(path, document, facts, visited);
  }
  const diagnostics = parsed.error
    ? [yamlErrorDiagnostic(path, parsed.error, 'Its Kubernetes objects are not counted.', ['manifest'])]
    : [];
  return { facts, diagnostics };
}

function extractObject(
  path: string,
  object: Record<string, unknown>,
  facts: Fact[],
  visited: Set<object>,
): void {
  if (visited.has(object)) return;
  visited.add(object);
  const { apiVersion, kind, metadata } = object;
  // KFP v2 intermediate representation: https://www.kubeflow.org/docs/components/pipelines/user-guides/core-functions/compile-a-pipeline/
  if (isRecord(object.pipelineInfo) && ('deploymentSpec' in object || 'root' in object)) {
    const name = object.pipelineInfo.name;
    facts.push({
      kind: 'signal',
      path,
      line: lineOf(object, 'pipelineInfo'),
      signal: 'kubeflow-pipeline-spec',
      ...(typeof name === 'string' ? { detail: name } : {}),
    });
  }
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return;
  // `kind: List` (kubectl get -o yaml) and typed lists such as `DeploymentList` only wrap their items.
  if (kind.endsWith('List') && Array.isArray(object.items)) {
    for (const item of object.items) {
      if (isRecord(item)) extractObject(path, item, facts, visited);
    }
    return;
  }
  const name = isRecord(metadata) && typeof metadata.name === 'string' ? metadata.name : undefined;
  facts.push({
    kind: 'manifest',
    path,
    line: lineOf(object, 'kind'),
    apiVersion,
    objectKind: kind,
    ...(name !== undefined ? { name } : {}),
  });
  for (const container of containersOf(object)) extractContainer(path, container, facts);
  if (kind === 'Workflow' && isRecord(metadata)) extractKubeflowV1Annotation(path, metadata, facts);
}

// KFP v1 compiles to an Argo Workflow tagged with `pipelines.kubeflow.org/...` annotations.
function extractKubeflowV1Annotation(path: string, metadata: Record<string, unknown>, facts: Fact[]): void {
  const { annotations } = metadata;
  if (!isRecord(annotations)) return;
  const key = Object.keys(annotations).find((annotation) =>
    annotation.startsWith(KUBEFLOW_ANNOTATION_PREFIX),
  );
  if (key === undefined) return;
  const name = typeof metadata.name === 'string' ? metadata.name : metadata.generateName;
  facts.push({
    kind: 'signal',
    path,
    line: lineOf(annotations, key),
    signal: 'kubeflow-pipeline-spec',
    ...(typeof name === 'string' ? { detail: name } : {}),
  });
}

/** Every container spec of a pod-bearing object, init containers included. */
function containersOf(object: Record<string, unknown>): Record<string, unknown>[] {
  const { spec, kind } = object;
  if (!isRecord(spec)) return [];
  const containers: Record<string, unknown>[] = [];
  const addPodSpec = (podSpec: unknown): void => {
    if (!isRecord(podSpec)) return;
    for (const key of ['initContainers', 'containers']) {
      for (const container of arrayAt(podSpec, key)) {
        if (isRecord(container)) containers.push(container);
      }
    }
  };
  if (kind === 'Pod') addPodSpec(spec);
  // Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, Knative Service, Argo Rollout...
  addPodSpec(recordAt(recordAt(spec, 'template'), 'spec'));
  addPodSpec(recordAt(recordAt(recordAt(recordAt(spec, 'jobTemplate'), 'spec'), 'template'), 'spec'));
  // Seldon Core v1: https://docs.seldon.io/projects/seldon-core/en/latest/reference/seldon-deployment.html
  for (const predictor of arrayAt(spec, 'predictors')) {
    for (const componentSpec of arrayAt(predictor, 'componentSpecs')) {
      addPodSpec(recordAt(componentSpec, 'spec'));
    }
  }
  // KServe InferenceService components embed a pod spec: https://kserve.github.io/website/latest/reference/api/
  for (const component of ['predictor', 'transformer', 'explainer']) addPodSpec(recordAt(spec, component));
  // Kubeflow training operator jobs: spec.pytorchReplicaSpecs.Master.template.spec, tfReplicaSpecs...
  for (const [key, replicaSpecs] of Object.entries(spec)) {
    if (!key.endsWith('ReplicaSpecs') || !isRecord(replicaSpecs)) continue;
    for (const replica of Object.values(replicaSpecs)) {
      addPodSpec(recordAt(recordAt(replica, 'template'), 'spec'));
    }
  }
  // Argo Workflow templates: https://argo-workflows.readthedocs.io/en/latest/fields/#template
  const workflowSpec = kind === 'CronWorkflow' ? recordAt(spec, 'workflowSpec') : spec;
  for (const template of arrayAt(workflowSpec, 'templates')) {
    for (const key of ['container', 'script']) {
      const container = recordAt(template, key);
      if (container) containers.push(container);
    }
  }
  return containers;
}

function extractContainer(path: string, container: Record<string, unknown>, facts: Fact[]): void {
  const { image } = container;
  if (typeof image === 'string' && image.trim() !== '') {
    facts.push({
      kind: 'image',
      path,
      line: lineOf(container, 'image'),
      image: normalizeImageName(image),
      reference: image,
      source: 'kubernetes',
    });
  }
  for (const [key, signal] of PROBES) {
    const probe = container[key];
    if (!isRecord(probe)) continue;
    const probePath = recordAt(probe, 'httpGet')?.path;
    facts.push({
      kind: 'signal',
      path,
      line: lineOf(container, key),
      signal,
      ...(typeof probePath === 'string' ? { detail: probePath } : {}),
      ...(typeof image === 'string' && image.trim() !== '' ? { image: normalizeImageName(image) } : {}),
    });
  }
  const words = [...wordsOf(container.command), ...wordsOf(container.args)];
  if (words.length > 0) {
    facts.push({
      kind: 'command',
      path,
      line: lineOf(container, 'command' in container ? 'command' : 'args'),
      command: words.join(' '),
      source: 'kubernetes',
    });
  }
}

function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((word) => typeof word === 'string' || typeof word === 'number').map(String);
}

function recordAt(record: unknown, key: string): Record<string, unknown> | undefined {
  if (!isRecord(record)) return undefined;
  const value = record[key];
  return isRecord(value) ? value : undefined;
}

function arrayAt(record: unknown, key: string): unknown[] {
  if (!isRecord(record)) return [];
  const value = record[key];
  return Array.isArray(value) ? value : [];
}

interface TemplateObject {
  apiVersion?: string;
  kind?: string;
  kindLine: number;
  name?: string;
}

/**
 * Line scan of a Helm template: each `---`-separated document with literal top-level `apiVersion:`
 * and `kind:` lines is one object; a templated kind is skipped, a templated name left out,
 * a templated apiVersion kept as written.
 */
function scanHelmTemplate(path: string, text: string): Fact[] {
  const objects: Fact[] = [];
  const probes: Fact[] = [];
  let current: TemplateObject = { kindLine: 0 };
  let isInMetadata = false;
  let metadataIndent: string | undefined;
  const flush = (): void => {
    const { apiVersion, kind, name } = current;
    if (apiVersion && kind && !kind.includes('{{')) {
      objects.push({
        kind: 'manifest',
        path,
        line: current.kindLine,
        apiVersion,
        objectKind: kind,
        ...(name !== undefined ? { name } : {}),
      });
    }
    current = { kindLine: 0 };
    isInMetadata = false;
  };
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(CARRIAGE_RETURN, '');
    if (line.startsWith('---')) {
      flush();
      continue;
    }
    const field = TOP_LEVEL_FIELD.exec(line);
    if (field) {
      const value = scalarText(field[2]!);
      isInMetadata = field[1] === 'metadata';
      metadataIndent = undefined;
      if (field[1] === 'apiVersion') current.apiVersion = value;
      if (field[1] === 'kind') {
        current.kind = value;
        current.kindLine = index + 1;
      }
      continue;
    }
    if (isInMetadata) {
      const trimmed = line.trimStart();
      const isContent = trimmed !== '' && !trimmed.startsWith('{{') && !trimmed.startsWith('#');
      const indent = line.slice(0, line.length - trimmed.length);
      if (isContent && indent === '') isInMetadata = false;
      else if (isContent) {
        metadataIndent ??= indent;
        const nameField = NAME_FIELD.exec(trimmed);
        if (nameField && indent === metadataIndent) {
          const name = scalarText(nameField[1]!);
          if (name && !name.includes('{{')) current.name = name;
        }
      }
    }
    const probe = PROBE_KEY.exec(line);
    if (probe) {
      const signal = PROBES.find(([key]) => key === probe[1])![1];
      probes.push({ kind: 'signal', path, line: index + 1, signal });
    }
  }
  flush();
  return objects.length > 0 ? [...objects, ...probes] : [];
}

function scalarText(raw: string): string {
  const value = beforeComment(raw, isSpaceOrTab, false).trim();
  const quote = value.charAt(0);
  if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2)
    return value.slice(1, -1);
  return value;
}
