// Reads the two dependency shapes TOML manifests use: arrays of PEP 508 strings and `name = constraint` tables.
import {
  addFactOrDiagnostic,
  dependencyFact,
  type ExtractionDraft,
  pep508Fact,
  unreadableRequirement,
} from './dependency-fact.js';
import { classifyRequirementLine } from './requirement-lines.js';
import { inlineToml, isTable, type TomlTable, tomlKey } from './toml-file.js';
import type { TomlLines } from './toml-lines.js';

/** One parsed TOML manifest being read into a draft extraction. */
export interface TomlManifest {
  path: string;
  lines: TomlLines;
  draft: ExtractionDraft;
}

/** Which manifest family and optional group the entries of one array or table belong to. */
export interface DependencyOrigin {
  manager: string;
  group?: string | undefined;
}

/**
 * Reads an array of PEP 508 strings found at `keyPath` (`['project', 'dependencies']`). Tables in the
 * array (PEP 735 `{include-group = ...}`) are skipped; other non-strings and a non-array value get a diagnostic.
 */
export function readRequirementArray(
  manifest: TomlManifest,
  keyPath: string[],
  value: unknown,
  origin: DependencyOrigin,
): void {
  if (value === undefined) return;
  let cursor = manifest.lines.findKey(keyPath);
  const site = { path: manifest.path, line: cursor.line + 1, ...origin };
  if (!Array.isArray(value)) {
    manifest.draft.diagnostics.push({
      path: manifest.path,
      line: site.line,
      message: `${keyPath.join('.')} is not a list of requirement strings. Its dependencies are not counted.`,
      blocks: ['dependency'],
    });
    return;
  }
  for (const item of value) {
    if (isTable(item)) continue;
    if (typeof item !== 'string') {
      manifest.draft.diagnostics.push(unreadableRequirement(manifest.path, site.line, inlineToml(item)));
      continue;
    }
    const found = manifest.lines.findString(cursor, item);
    if (found) cursor = found;
    const itemSite = { ...site, line: (found ?? cursor).line + 1 };
    if (item.trimStart().startsWith('-e')) {
      // PDM writes editable local packages as `-e file:///${PROJECT_ROOT}/lib#egg=name`.
      const entry = classifyRequirementLine(item.trim());
      if (entry.kind === 'named-link')
        manifest.draft.facts.push(dependencyFact(itemSite, entry.name, entry.text, false));
      continue;
    }
    addFactOrDiagnostic(manifest.draft, pep508Fact(itemSite, item));
  }
}

/**
 * Reads a `name = constraint` table (Poetry, Pipfile). `isPinned` judges one value and returns undefined
 * when the value has a shape the format does not allow, which becomes a diagnostic. `groupOf` may give
 * an entry its own group (Poetry's optional dependencies).
 */
export function readDependencyTable(
  manifest: TomlManifest,
  keyPath: string[],
  table: TomlTable | undefined,
  origin: DependencyOrigin,
  judge: {
    isPinned: (value: unknown) => boolean | undefined;
    isSkipped?: (name: string) => boolean;
    groupOf?: (name: string, value: unknown) => string | undefined;
  },
): void {
  if (!table) return;
  for (const [name, value] of Object.entries(table)) {
    if (judge.isSkipped?.(name)) continue;
    const line = manifest.lines.findKey([...keyPath, name]).line + 1;
    const requirement = `${tomlKey(name)} = ${inlineToml(value)}`;
    const isPinned = judge.isPinned(value);
    if (isPinned === undefined) {
      manifest.draft.diagnostics.push(unreadableRequirement(manifest.path, line, requirement));
      continue;
    }
    const group = judge.groupOf?.(name, value) ?? origin.group;
    const site = { path: manifest.path, line, manager: origin.manager, group };
    manifest.draft.facts.push(dependencyFact(site, name, requirement, isPinned));
  }
}
