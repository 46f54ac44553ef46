// Conda environment files: `dependencies:` match specs and the nested `- pip:` requirement list.
// https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#create-env-file-manually
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { firstYamlError, parseYamlDocuments, yamlErrorDiagnostic } from '../../formats/yaml-lines.js';
import type { Extraction } from '../../model.js';
import { normalizePackageName } from '../pep508.js';
import {
  type DependencySite,
  dependencyFact,
  type ExtractionDraft,
  finishExtraction,
  startExtraction,
  unreadableRequirement,
} from './dependency-fact.js';
import { readRequirementEntry } from './requirements-txt.js';

// `channel::name`, then the version (and build) part: `=1.2.3=py39_0`, `==1.2`, `>=1.0,<2`, ` 1.2.*`, `[version='>=1']`.
const CONDA_SPEC_RE = /^(?:\S+::)?([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*(.*)$/;
const VERSION_PART_START_RE = /^[=<>!~*0-9[]/;
const EXACT_VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z_.+!-]*$/;
const VERSION_END_RE = /[=\s]/;
const SKIPPED_NAMES = new Set(['python', 'pip']);

export function extractCondaEnvironment(path: string, text: string): Extraction {
  // All documents, so a stray `---` gives its own syntax errors rather than a "use parseAllDocuments" one.
  const parsed = parseYamlDocuments(text);
  // Conda's message has always kept the parser's capital letter.
  const error = firstYamlError(parsed, { keepCase: true });
  if (error) {
    return {
      facts: [],
      diagnostics: [yamlErrorDiagnostic(path, error, 'Its dependencies are not counted.', ['dependency'])],
    };
  }
  const draft = startExtraction();
  const { documents, lineCounter } = parsed;
  const contents = documents[0]?.contents;
  const dependencies = isMap(contents) ? contents.get('dependencies', true) : undefined;
  // A file named environment.yml without a dependency list is not a conda environment; nothing to say.
  if (!isSeq(dependencies)) return finishExtraction(draft);
  const lineOf = (node: Node): number => lineCounter.linePos(node.range?.[0] ?? 0).line;
  for (const item of dependencies.items) {
    if (isScalar(item)) {
      if (item.value === null) continue;
      readCondaSpec({ path, line: lineOf(item), manager: 'conda' }, String(item.value), draft);
      continue;
    }
    const pipList = isMap(item) ? item.get('pip', true) : undefined;
    if (!isSeq(pipList)) continue;
    for (const pipItem of pipList.items) {
      if (!isScalar(pipItem) || pipItem.value === null) continue;
      readRequirementEntry(
        { path, line: lineOf(pipItem), manager: 'conda-pip' },
        String(pipItem.value),
        draft,
      );
    }
  }
  return finishExtraction(draft);
}

function readCondaSpec(site: DependencySite, spec: string, draft: ExtractionDraft): void {
  const text = spec.trim();
  const match = CONDA_SPEC_RE.exec(text);
  const versionPart = match?.[2] ?? '';
  if (!match || (versionPart !== '' && !VERSION_PART_START_RE.test(versionPart))) {
    draft.diagnostics.push(unreadableRequirement(site.path, site.line, text));
    return;
  }
  const name = match[1]!;
  if (SKIPPED_NAMES.has(normalizePackageName(name))) return;
  draft.facts.push(dependencyFact(site, name, text, isExactCondaVersion(versionPart)));
}

// `=1.2.3`, `==1.2.3`, `=1.2.3=build` and the space form `1.2.3` fix a version; `*`, `|`, `,` and ranges do not.
function isExactCondaVersion(versionPart: string): boolean {
  let rest = versionPart;
  if (rest.startsWith('==')) rest = rest.slice(2);
  else if (rest.startsWith('=')) rest = rest.slice(1);
  const version = rest.trim().split(VERSION_END_RE, 1)[0] ?? '';
  return EXACT_VERSION_RE.test(version);
}
