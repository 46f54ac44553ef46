// Poetry's [tool.poetry] dependency tables (https://python-poetry.org/docs/dependency-specification/).
import { normalizePackageName } from '../pep508.js';
import { readDependencyTable, type TomlManifest } from './toml-dependencies.js';
import { isTable, type TomlTable, tableAt } from './toml-file.js';

// A bare version is an exact pin in Poetry (`"1.2.3"` means `==1.2.3`); `*` or separators mean a range.
const EXACT_VERSION_RE = /^v?[0-9][A-Za-z0-9.+!-]*$/;
const OPTIONAL_GROUP = 'optional';

export function readPoetry(manifest: TomlManifest, root: TomlTable): void {
  const poetry = tableAt(root, 'tool', 'poetry');
  if (!poetry) return;
  const extraOf = extrasByPackage(poetry);
  const judge = {
    isPinned: isPoetryPinned,
    isSkipped: (name: string) => name === 'python',
  };
  readDependencyTable(
    manifest,
    ['tool', 'poetry', 'dependencies'],
    tableAt(poetry, 'dependencies'),
    { manager: 'poetry' },
    {
      ...judge,
      // An optional main dependency is only installed through an extra, so it belongs to that extra.
      groupOf: (name, value) =>
        isTable(value) && value.optional === true
          ? (extraOf.get(normalizePackageName(name)) ?? OPTIONAL_GROUP)
          : undefined,
    },
  );
  readDependencyTable(
    manifest,
    ['tool', 'poetry', 'dev-dependencies'],
    tableAt(poetry, 'dev-dependencies'),
    { manager: 'poetry', group: 'dev' },
    judge,
  );
  for (const [group, settings] of Object.entries(tableAt(poetry, 'group') ?? {})) {
    if (!isTable(settings)) continue;
    readDependencyTable(
      manifest,
      ['tool', 'poetry', 'group', group, 'dependencies'],
      tableAt(settings, 'dependencies'),
      { manager: 'poetry', group },
      judge,
    );
  }
}

/** Pinned for `"1.2.3"`, `"==1.2.3"` or `{version = "1.2.3"}`; undefined for shapes Poetry rejects. */
export function isPoetryPinned(value: unknown): boolean | undefined {
  if (typeof value === 'string') return isExactConstraint(value);
  if (isTable(value)) return typeof value.version === 'string' && isExactConstraint(value.version);
  if (Array.isArray(value)) {
    // Multiple-constraint form: one table per Python version or platform, each must pin.
    if (value.length === 0 || !value.every(isTable)) return undefined;
    return value.every((item) => typeof item.version === 'string' && isExactConstraint(item.version));
  }
  return undefined;
}

function isExactConstraint(constraint: string): boolean {
  let version = constraint.trim();
  if (version.startsWith('===')) version = version.slice(3);
  else if (version.startsWith('==')) version = version.slice(2);
  else if (version.startsWith('=')) version = version.slice(1);
  return EXACT_VERSION_RE.test(version.trim());
}

// [tool.poetry.extras] maps an extra to the optional packages it installs; the first extra naming one wins.
function extrasByPackage(poetry: TomlTable): Map<string, string> {
  const extraOf = new Map<string, string>();
  for (const [extra, packages] of Object.entries(tableAt(poetry, 'extras') ?? {})) {
    if (!Array.isArray(packages)) continue;
    for (const name of packages) {
      if (typeof name !== 'string') continue;
      const normalized = normalizePackageName(name);
      if (!extraOf.has(normalized)) extraOf.set(normalized, extra);
    }
  }
  return extraOf;
}
