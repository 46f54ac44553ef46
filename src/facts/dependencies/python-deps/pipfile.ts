// Pipenv's Pipfile: [packages] and [dev-packages] (https://pipenv.pypa.io/en/latest/pipfile.html).
import type { Extraction } from '../../model.js';
import { isExactPin, parseSpecifierSet } from '../pep508.js';
import { finishExtraction, startExtraction } from './dependency-fact.js';
import { readDependencyTable, type TomlManifest } from './toml-dependencies.js';
import { isTable, readToml, tableAt } from './toml-file.js';
import { TomlLines } from './toml-lines.js';

export function extractPipfile(path: string, text: string): Extraction {
  const parsed = readToml(path, text);
  if ('diagnostic' in parsed) return { facts: [], diagnostics: [parsed.diagnostic] };
  const manifest: TomlManifest = { path, lines: new TomlLines(text), draft: startExtraction() };
  const judge = { isPinned: isPipfilePinned };
  readDependencyTable(
    manifest,
    ['packages'],
    tableAt(parsed.table, 'packages'),
    { manager: 'pipenv' },
    judge,
  );
  readDependencyTable(
    manifest,
    ['dev-packages'],
    tableAt(parsed.table, 'dev-packages'),
    { manager: 'pipenv', group: 'dev' },
    judge,
  );
  return finishExtraction(manifest.draft);
}

/** `"==1.2"` or `{version = "==1.2"}` pin; `"*"`, ranges, git and path entries do not. */
function isPipfilePinned(value: unknown): boolean | undefined {
  if (typeof value === 'string') return isExactVersionString(value);
  if (isTable(value)) return typeof value.version === 'string' && isExactVersionString(value.version);
  return undefined;
}

function isExactVersionString(version: string): boolean {
  const specifiers = parseSpecifierSet(version === '*' ? '' : version);
  return specifiers !== undefined && isExactPin(specifiers);
}
