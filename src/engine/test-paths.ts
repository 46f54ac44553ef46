// Test code, fixtures and documentation snippets exercise tools without the team using them: never evidence.

const TEST_FOLDERS = new Set(['test', 'tests', 'testing', '__tests__', 'fixtures', 'testdata', 'test_data']);
// Words that make a folder test code when they are one part of its name: `integration-test`, `e2e_tests`.
const TEST_WORDS = new Set(['test', 'tests', 'testing', 'e2e', 'fixtures']);
// Documentation snippets and editor containers describe or support the code; they are not the project.
const OTHER_FOLDERS = new Set(['docs', 'doc', '.devcontainer']);
// `test-requirements.txt`, `requirements_tests.in`: what the test suite installs.
const TEST_REQUIREMENTS = /^(tests?[-_]requirements|requirements[-_]tests?)\b/;

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
  if (slash !== -1 && isInTestFolder(path.slice(0, slash))) return true;
  return (
    baseName === 'conftest.py' ||
    (baseName.startsWith('test_') && baseName.endsWith('.py')) ||
    baseName.endsWith('_test.py') ||
    TEST_REQUIREMENTS.test(baseName)
  );
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

const TEST_GROUPS = new Set(['test', 'tests', 'testing', 'docs', 'doc']);

/** Optional dependency groups that only the test suite or the docs build installs. */
export function isTestGroup(group: string | undefined): boolean {
  return group !== undefined && TEST_GROUPS.has(group.toLowerCase());
}
