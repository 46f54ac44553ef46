// Test code and fixtures exercise tools without the team using them: they are never evidence.

const TEST_FOLDERS = new Set(['test', 'tests', 'testing', '__tests__', 'fixtures', 'testdata', 'test_data']);

export function isTestPath(path: string): boolean {
  const segments = path.split('/');
  const baseName = segments.pop()!;
  if (segments.some((segment) => TEST_FOLDERS.has(segment))) return true;
  return (
    baseName === 'conftest.py' ||
    (baseName.startsWith('test_') && baseName.endsWith('.py')) ||
    baseName.endsWith('_test.py')
  );
}
