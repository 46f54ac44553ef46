// Test helpers: run the extractor on inline text and build the expected DependencyFact objects.

import { pythonDependencyExtractor } from '../../../../src/facts/dependencies/python-deps.js';
import type { DependencyFact, Extraction } from '../../../../src/facts/model.js';

export function extract(path: string, text: string): Extraction {
  return pythonDependencyExtractor.extract({ path, text });
}

export function dependency(
  path: string,
  manager: string,
  fields: { line: number; name: string; requirement: string; isPinned: boolean; group?: string },
): DependencyFact {
  const { line, name, requirement, isPinned, group } = fields;
  const fact: DependencyFact = { kind: 'dependency', path, line, name, requirement, isPinned, manager };
  if (group !== undefined) fact.group = group;
  return fact;
}
