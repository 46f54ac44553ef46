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

/** `paths` are repo-relative; `prefix` is the project's folder (`''` for the repository). */
export function describeRepository(paths: readonly string[], prefix = ''): RepositoryShape {
  const own = paths.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
  const has = (file: string) => own.includes(file);
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
  const dataFolder = ['data/raw', 'data'].find((folder) => own.some((path) => path.startsWith(`${folder}/`)));
  const trainingScript = own
    .filter((path) => TRAINING_SCRIPT.test(path) && !TEST_FILE.test(path) && !SKIPPED.test(path))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
  return {
    name: packageName(own) ?? (prefix ? posix.basename(prefix.replace(/\/$/, '')) : 'model'),
    ...(dataFolder ? { dataFolder } : {}),
    ...(trainingScript ? { trainingScript: `${prefix}${trainingScript}` } : {}),
    install,
    ...(requirementsFile ? { requirementsFile } : {}),
    ...(condaFile ? { condaFile } : {}),
    hasTests: own.some((path) => TEST_FILE.test(path)),
  };
}

/** A top-level or src/ package: `churn/__init__.py` or `src/churn/__init__.py`. */
function packageName(paths: readonly string[]): string | undefined {
  const init = paths
    .filter((path) => /^(src\/)?[A-Za-z_][\w]*\/__init__\.py$/.test(path))
    .map((path) => path.split('/').at(-2)!)
    .filter((name) => !/^(tests?|docs|scripts)$/.test(name))
    .sort()[0];
  return init?.replaceAll('_', '-');
}
