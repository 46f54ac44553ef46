// Folders that hold installed or generated code, never the team's own practices.

const SKIPPED_FOLDERS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  'site-packages',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ipynb_checkpoints',
]);

/** True when any folder segment of a repo-relative POSIX path is vendored or an environment. */
export function isInSkippedFolder(path: string): boolean {
  let start = 0;
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', start)) {
    if (SKIPPED_FOLDERS.has(path.slice(start, slash))) return true;
    start = slash + 1;
  }
  return false;
}

export function isSkippedFolderName(name: string): boolean {
  return SKIPPED_FOLDERS.has(name);
}
