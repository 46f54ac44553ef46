// What advice snippets need to know about a repository, from its file listing alone: where the data and the
// training script are, how dependencies are installed, whether there are tests, what the package is called.
import { posix } from 'node:path';

export interface RepositoryShape {
  /** A name for experiments, buckets and images: the package folder, else the project folder. */
  name: string;
  /** The data folder (`data/raw`, `data`), or undefined when there is none. */
  dataFolder?: string;
  /** The training entry point (`training/train.py`), or undefined. */
  trainingScript?: string;
  /** The shell command that installs the environment (`pip install -r requirements.txt`, `uv sync --locked`). */
  install: string;
  /** The requirements file to compile pins from, or undefined when the environment is not pip's. */
  requirementsFile?: string;
  /** The conda environment file, when that is how the environment is declared. */
  condaFile?: string;
  hasTests: boolean;
}

const TEST_FILE = /(^|\/)(tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$)/;
const TRAINING_SCRIPT = /(^|\/)train[^/]*\.py$/;
const SKIPPED = /(^|\/)(tests?|docs|examples?|notebooks)\//;

/**
 * `paths` are repo-relative; `prefix` is the project's folder (`''` for the repository). One pass over the
 * paths: a monorepo asks this once per project, and every path was tested several times.
 */
export function describeRepository(paths: readonly string[], prefix = ''): RepositoryShape {
  const topLevel = new Set<string>();
  const trainingScripts: string[] = [];
  const packageInits: string[] = [];
  let hasData = false;
  let hasRawData = false;
  let hasTests = false;
  for (const repoPath of paths) {
    if (!repoPath.startsWith(prefix)) continue;
    const path = prefix === '' ? repoPath : repoPath.slice(prefix.length);
    if (!path.includes('/')) topLevel.add(path);
    if (path.startsWith('data/')) {
      hasData = true;
      if (path.startsWith('data/raw/')) hasRawData = true;
    }
    // Every test path spells `test` (conftest.py too): the expression runs only on those.
    const isTest = path.includes('test') && TEST_FILE.test(path);
    if (isTest) hasTests = true;
    if (!path.endsWith('.py')) continue;
    if (!isTest && TRAINING_SCRIPT.test(path) && !SKIPPED.test(path)) trainingScripts.push(path);
    if (path.endsWith('__init__.py') && PACKAGE_INIT.test(path)) packageInits.push(path);
  }
  const has = (file: string) => topLevel.has(file);
  const condaFile = ['environment.yml', 'environment.yaml', 'conda.yaml', 'conda.yml'].find(has);
  const requirementsFile = has('requirements.txt')
    ? 'requirements.txt'
    : has('pyproject.toml')
      ? 'pyproject.toml'
      : undefined;
  const install = has('uv.lock')
    ? 'uv sync --locked'
    : has('poetry.lock')
      ? 'poetry install'
      : has('requirements.txt')
        ? 'pip install -r requirements.txt'
        : has('pyproject.toml')
          ? 'pip install .'
          : condaFile
            ? `conda env update -n base -f ${condaFile}`
            : 'pip install -r requirements.txt';
  const dataFolder = hasRawData ? 'data/raw' : hasData ? 'data' : undefined;
  const trainingScript = trainingScripts.sort(
    (a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b),
  )[0];
  return {
    name: packageName(packageInits) ?? (prefix ? posix.basename(prefix.replace(/\/$/, '')) : 'model'),
    ...(dataFolder ? { dataFolder } : {}),
    ...(trainingScript ? { trainingScript: `${prefix}${trainingScript}` } : {}),
    install,
    ...(requirementsFile ? { requirementsFile } : {}),
    ...(condaFile ? { condaFile } : {}),
    hasTests,
  };
}

const PACKAGE_INIT = /^(src\/)?[A-Za-z_][\w]*\/__init__\.py$/;

/** A top-level or src/ package, from its `churn/__init__.py` or `src/churn/__init__.py`. */
function packageName(inits: readonly string[]): string | undefined {
  const init = inits
    .map((path) => path.split('/').at(-2)!)
    .filter((name) => !/^(tests?|docs|scripts)$/.test(name))
    .sort()[0];
  return init?.replaceAll('_', '-');
}
