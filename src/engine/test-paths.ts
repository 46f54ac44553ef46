// Test code, fixtures and documentation snippets exercise tools without the team using them: never evidence.

import { isComposeFileName } from '../facts/containers/compose-files.js';
import { isDockerfileName } from '../facts/containers/dockerfiles.js';

const TEST_FOLDERS = new Set(['test', 'tests', 'testing', '__tests__', 'fixtures', 'testdata', 'test_data']);
// Words that make a folder test code when they are one part of its name: `integration-test`, `e2e_tests`.
const TEST_WORDS = new Set(['test', 'tests', 'testing', 'e2e', 'fixtures']);
// Documentation snippets and editor containers describe or support the code; they are not the project.
// Tracking tools write run folders at run time (MLflow's mlruns/ with each model's requirements.txt and
// conda.yaml, W&B's wandb/): committed, they are outputs, not the project's code or environment.
const OTHER_FOLDERS = new Set(['docs', 'doc', '.devcontainer', 'mlruns', 'mlartifacts', 'wandb']);
// Words that make a requirements file, or a dependency group, one that only developers install: the test
// suite, linters and type checkers, the docs build, contributed plugins.
const DEV_WORDS = new Set([
  'test',
  'tests',
  'testing',
  'dev',
  'devel',
  'develop',
  'development',
  'lint',
  'linting',
  'linters',
  'style',
  'typing',
  'mypy',
  'docs',
  'doc',
  'documentation',
  'contrib',
  // `requirements.min.txt`: the lowest versions a library supports, pinned to test against them.
  'min',
  'minimum',
  'lowest',
]);

function isTestFolder(segment: string): boolean {
  return (
    TEST_FOLDERS.has(segment) ||
    OTHER_FOLDERS.has(segment) ||
    segment.split(/[-_.]/).some((word) => TEST_WORDS.has(word.toLowerCase()))
  );
}

// Folder verdicts by folder path: the files of a tree share few folders, so each is judged once.
const folderVerdicts = new Map<string, boolean>();
const MAX_REMEMBERED_FOLDERS = 1_000_000;

/** True for paths whose facts are never evidence: tests, fixtures, docs and dev containers. */
export function isTestPath(path: string): boolean {
  const slash = path.lastIndexOf('/');
  const baseName = path.slice(slash + 1);
  if (slash !== -1 && isInTestFolder(path.slice(0, slash))) {
    return !isDevContainerImage(path.slice(0, slash), baseName);
  }
  return (
    baseName === 'conftest.py' ||
    (baseName.startsWith('test_') && baseName.endsWith('.py')) ||
    baseName.endsWith('_test.py') ||
    isDevRequirementsFile(path, slash, baseName)
  );
}

/**
 * A dev container's Dockerfile or compose file still builds the image the team trains in (fastai's course
 * notebooks run in one), so it is containerization; the rest of `.devcontainer/` supports the editor.
 */
function isDevContainerImage(folder: string, baseName: string): boolean {
  const slash = folder.lastIndexOf('/');
  if (
    folder.slice(slash + 1) !== '.devcontainer' ||
    (slash !== -1 && isInTestFolder(folder.slice(0, slash)))
  ) {
    return false;
  }
  return isDockerfileName(baseName) || isComposeFileName(baseName);
}

/**
 * `requirements-dev.txt`, `dev-requirements.txt`, `requirements_docs.in`, `reqs/requirements-dev-lite.txt`,
 * `requirements/lint.txt`, requirement files under `contrib/`: what developers install, not the product.
 */
function isDevRequirementsFile(path: string, slash: number, baseName: string): boolean {
  const dot = baseName.lastIndexOf('.');
  const extension = dot === -1 ? '' : baseName.slice(dot + 1);
  const stem = baseName.slice(0, dot).toLowerCase();
  // Conda environments for developers: `environment-dev.yml`, `conda_docs.yaml`.
  if (extension === 'yml' || extension === 'yaml') {
    return /^(environment|conda)[-_.]/.test(stem) && stem.split(/[-_.]/).some((word) => DEV_WORDS.has(word));
  }
  if (extension !== 'txt' && extension !== 'in') return false;
  const folder = slash === -1 ? '' : path.slice(0, slash);
  const parent = folder.slice(folder.lastIndexOf('/') + 1).toLowerCase();
  const isInRequirementsFolder =
    parent === 'requirements' || parent === 'reqs' || parent === 'requirements.d';
  if (!isInRequirementsFolder && !stem.includes('requirements') && !stem.includes('reqs')) return false;
  if (`/${folder}/`.includes('/contrib/')) return true;
  return stem.split(/[-_.]/).some((word) => DEV_WORDS.has(word));
}

/** True when `folder` (a path without a trailing slash) or a folder above it is a test folder. */
function isInTestFolder(folder: string): boolean {
  const known = folderVerdicts.get(folder);
  if (known !== undefined) return known;
  const slash = folder.lastIndexOf('/');
  const verdict =
    isTestFolder(folder.slice(slash + 1)) || (slash !== -1 && isInTestFolder(folder.slice(0, slash)));
  if (folderVerdicts.size >= MAX_REMEMBERED_FOLDERS) folderVerdicts.clear();
  folderVerdicts.set(folder, verdict);
  return verdict;
}

/**
 * Optional dependency groups that only developers install: `test`, `dev`, `docs`, `lint`, `typing`,
 * `dev-tools`, `tests_extra`...
 */
export function isTestGroup(group: string | undefined): boolean {
  return (
    group
      ?.toLowerCase()
      .split(/[-_.]/)
      .some((word) => DEV_WORDS.has(word)) ?? false
  );
}
