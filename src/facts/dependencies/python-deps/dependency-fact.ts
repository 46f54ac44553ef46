// Builds DependencyFacts and the diagnostics every Python manifest reader shares.

import type { DependencyFact, Diagnostic, Extraction } from '../../model.js';
import { isPinnedRequirement, normalizePackageName, parseRequirement } from '../pep508.js';

/** Where a dependency was declared and by which manifest family. */
export interface DependencySite {
  path: string;
  line: number;
  manager: string;
  group?: string | undefined;
}

export function dependencyFact(
  site: DependencySite,
  name: string,
  requirement: string,
  isPinned: boolean,
): DependencyFact {
  const fact: DependencyFact = {
    kind: 'dependency',
    path: site.path,
    line: site.line,
    name: normalizePackageName(name),
    requirement,
    isPinned,
    manager: site.manager,
  };
  if (site.group !== undefined) fact.group = site.group;
  return fact;
}

export function unreadableRequirement(path: string, line: number, text: string): Diagnostic {
  return { path, line, message: `cannot read requirement "${excerpt(text)}". It is not counted.` };
}

/** Quoted text is cut: a requirement can be a megabyte of brackets, and the report quotes it. */
const MAX_QUOTED = 120;

function excerpt(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/** Turns one PEP 508 string into a fact, or into a diagnostic when it does not parse. */
export function pep508Fact(site: DependencySite, text: string): DependencyFact | Diagnostic {
  const requirement = parseRequirement(text);
  if (!requirement) return unreadableRequirement(site.path, site.line, text.trim());
  return dependencyFact(site, requirement.name, text.trim(), isPinnedRequirement(requirement));
}

/** An Extraction being filled in; `includes` is always present until `finishExtraction` drops it if empty. */
export type ExtractionDraft = Required<Extraction>;

export function startExtraction(): ExtractionDraft {
  return { facts: [], diagnostics: [], includes: [] };
}

export function finishExtraction(draft: ExtractionDraft): Extraction {
  if (draft.includes.length > 0) return draft;
  return { facts: draft.facts, diagnostics: draft.diagnostics };
}

export function addFactOrDiagnostic(into: ExtractionDraft, result: DependencyFact | Diagnostic): void {
  if ('kind' in result) into.facts.push(result);
  else into.diagnostics.push(result);
}
