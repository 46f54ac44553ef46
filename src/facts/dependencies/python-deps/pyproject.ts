// pyproject.toml: PEP 621 [project], PEP 735 [dependency-groups], Poetry, PDM and uv dependency lists.
import type { Extraction } from '../../model.js';
import { finishExtraction, startExtraction } from './dependency-fact.js';
import { addInclude } from './include-path.js';
import { readPoetry } from './poetry.js';
import { readRequirementArray, type TomlManifest } from './toml-dependencies.js';
import { readToml, type TomlTable, tableAt } from './toml-file.js';
import { TomlLines } from './toml-lines.js';

export function extractPyproject(path: string, text: string): Extraction {
  const parsed = readToml(path, text);
  if ('diagnostic' in parsed) return { facts: [], diagnostics: [parsed.diagnostic] };
  const root = parsed.table;
  const manifest: TomlManifest = { path, lines: new TomlLines(text), draft: startExtraction() };
  readProject(manifest, root);
  readDependencyGroups(manifest, root);
  readPoetry(manifest, root);
  readPdmAndUv(manifest, root);
  readSetuptoolsDynamic(manifest, root);
  return finishExtraction(manifest.draft);
}

// https://packaging.python.org/en/latest/specifications/pyproject-toml/#dependencies-optional-dependencies
function readProject(manifest: TomlManifest, root: TomlTable): void {
  const project = tableAt(root, 'project');
  if (!project) return;
  readRequirementArray(manifest, ['project', 'dependencies'], project.dependencies, { manager: 'pyproject' });
  for (const [extra, requirements] of Object.entries(tableAt(project, 'optional-dependencies') ?? {})) {
    readRequirementArray(manifest, ['project', 'optional-dependencies', extra], requirements, {
      manager: 'pyproject',
      group: extra,
    });
  }
}

// https://peps.python.org/pep-0735/
function readDependencyGroups(manifest: TomlManifest, root: TomlTable): void {
  for (const [group, requirements] of Object.entries(tableAt(root, 'dependency-groups') ?? {})) {
    readRequirementArray(manifest, ['dependency-groups', group], requirements, {
      manager: 'pyproject',
      group,
    });
  }
}

// PDM: https://pdm-project.org/latest/usage/dependency/ ; uv: https://docs.astral.sh/uv/reference/settings/
function readPdmAndUv(manifest: TomlManifest, root: TomlTable): void {
  for (const [group, requirements] of Object.entries(
    tableAt(root, 'tool', 'pdm', 'dev-dependencies') ?? {},
  )) {
    readRequirementArray(manifest, ['tool', 'pdm', 'dev-dependencies', group], requirements, {
      manager: 'pdm',
      group,
    });
  }
  const uv = tableAt(root, 'tool', 'uv');
  readRequirementArray(manifest, ['tool', 'uv', 'dev-dependencies'], uv?.['dev-dependencies'], {
    manager: 'uv',
    group: 'dev',
  });
}

// `dynamic = ["dependencies"]` with `dependencies = {file = [...]}` keeps the list in requirements files.
// https://setuptools.pypa.io/en/latest/userguide/pyproject_config.html#dynamic-metadata
function readSetuptoolsDynamic(manifest: TomlManifest, root: TomlTable): void {
  const files = tableAt(root, 'tool', 'setuptools', 'dynamic', 'dependencies')?.file;
  const targets = typeof files === 'string' ? [files] : Array.isArray(files) ? files : [];
  const line = manifest.lines.findKey(['tool', 'setuptools', 'dynamic', 'dependencies']).line + 1;
  for (const target of targets) {
    if (typeof target === 'string') addInclude(manifest.draft, manifest.path, line, target);
  }
}
