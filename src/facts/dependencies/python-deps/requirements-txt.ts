// Reads pip requirements files (requirements*.txt, *.in) and the pip list inside conda environment files.
import type { Extraction } from '../../model.js';
import {
  addFactOrDiagnostic,
  type DependencySite,
  dependencyFact,
  type ExtractionDraft,
  finishExtraction,
  pep508Fact,
  startExtraction,
  unreadableRequirement,
} from './dependency-fact.js';
import { addInclude } from './include-path.js';
import { classifyRequirementLine, logicalLines } from './requirement-lines.js';

export function extractRequirementsFile(path: string, text: string): Extraction {
  const draft = startExtraction();
  for (const { line, text: lineText } of logicalLines(text)) {
    readRequirementEntry({ path, line, manager: 'requirements' }, lineText, draft);
  }
  return finishExtraction(draft);
}

/**
 * Adds what one requirement line declares to `into`: a fact, an include of another requirements file
 * (resolved against `site.path`), a diagnostic, or nothing for options and unnamed URLs or paths.
 */
export function readRequirementEntry(site: DependencySite, text: string, into: ExtractionDraft): void {
  const entry = classifyRequirementLine(text);
  switch (entry.kind) {
    case 'requirement':
      addFactOrDiagnostic(into, pep508Fact(site, entry.text));
      return;
    case 'named-link':
      into.facts.push(dependencyFact(site, entry.name, entry.text, false));
      return;
    case 'include':
      addInclude(into, site.path, site.line, entry.target);
      return;
    case 'invalid':
      into.diagnostics.push(unreadableRequirement(site.path, site.line, entry.text));
      return;
    case 'ignored':
      return;
  }
}
