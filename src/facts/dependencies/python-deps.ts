// Declared Python dependencies from requirements files, pyproject.toml, setup.cfg, setup.py, Pipfile and
// conda environment files. Lock files are not read: their presence is judged from the file listing.
import type { Extraction, Extractor, SourceFile } from '../model.js';
import { extractCondaEnvironment } from './python-deps/conda.js';
import { PYTHON_DEPS_EXTRACTOR } from './python-deps/include-path.js';
import { extractPipfile } from './python-deps/pipfile.js';
import { extractPyproject } from './python-deps/pyproject.js';
import { extractRequirementsFile } from './python-deps/requirements-txt.js';
import { extractSetupCfg } from './python-deps/setup-cfg.js';
import { extractSetupPy } from './python-deps/setup-py.js';

type Reader = (path: string, text: string) => Extraction;

const READERS_BY_NAME = new Map<string, Reader>([
  ['pyproject.toml', extractPyproject],
  ['Pipfile', extractPipfile],
  ['setup.cfg', extractSetupCfg],
  ['setup.py', extractSetupPy],
  ['environment.yml', extractCondaEnvironment],
  ['environment.yaml', extractCondaEnvironment],
  ['conda.yml', extractCondaEnvironment],
  ['conda.yaml', extractCondaEnvironment],
]);

const REQUIREMENTS_FOLDER = 'requirements/';

export const pythonDependencyExtractor: Extractor = {
  name: PYTHON_DEPS_EXTRACTOR,
  claims(path, baseName) {
    return readerFor(path, baseName) !== undefined;
  },
  // Requirements and conda files by extension; the other manifests by name.
  extensions: ['txt', 'in', 'yml', 'yaml'],
  names: { exact: ['pyproject.toml', 'Pipfile', 'setup.cfg', 'setup.py'] },
  extract(file: SourceFile): Extraction {
    const baseName = file.path.slice(file.path.lastIndexOf('/') + 1);
    // Any .txt/.in is read as requirements: the scanner hands us files named by `-r` includes.
    const reader =
      readerFor(file.path, baseName) ??
      (isRequirementsExtension(baseName) ? extractRequirementsFile : undefined);
    if (!reader) return { facts: [], diagnostics: [] };
    const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
    return reader(file.path, text);
  },
};

function readerFor(path: string, baseName: string): Reader | undefined {
  const byName = READERS_BY_NAME.get(baseName);
  if (byName) return byName;
  if (isCondaEnvironmentVariant(baseName)) return extractCondaEnvironment;
  if (!isRequirementsExtension(baseName)) return undefined;
  if (baseName.toLowerCase().includes('requirements') || isInRequirementsFolder(path, baseName)) {
    return extractRequirementsFile;
  }
  return undefined;
}

function isRequirementsExtension(baseName: string): boolean {
  return baseName.endsWith('.txt') || baseName.endsWith('.in');
}

// `environment-gpu.yml`, `environment_cpu.yaml`, and Azure ML's `conda_dependencies.yml` / `ci_dependencies.yml`;
// `environment.lock.yml` and conda-lock files stay unclaimed. A YAML file without a `dependencies:` list yields nothing.
function isCondaEnvironmentVariant(baseName: string): boolean {
  if (!baseName.endsWith('.yml') && !baseName.endsWith('.yaml')) return false;
  if (baseName.includes('lock')) return false;
  return (
    baseName.startsWith('environment-') ||
    baseName.startsWith('environment_') ||
    baseName.startsWith('conda_') ||
    baseName.startsWith('conda-') ||
    baseName.endsWith('_dependencies.yml') ||
    baseName.endsWith('_dependencies.yaml')
  );
}

// `requirements/dev.txt`, `ci/requirements/test.in`, but not `dev-requirements/base.txt`.
function isInRequirementsFolder(path: string, baseName: string): boolean {
  const folderStart = path.length - baseName.length - REQUIREMENTS_FOLDER.length;
  if (folderStart < 0 || !path.startsWith(REQUIREMENTS_FOLDER, folderStart)) return false;
  return folderStart === 0 || path[folderStart - 1] === '/';
}
