// A requirements or conda file whose every entry is pinned to one version is a reproducible
// environment even without a lock file (pip-compile output, `pip freeze`).
import type { DependencyFact } from '../../facts/model.js';
import type { Evidence } from '../../report/model.js';
import { evidenceOf } from '../evidence.js';
import type { FactIndex } from '../fact-index.js';

const PINNABLE_MANAGERS = new Set(['requirements', 'conda', 'conda-pip']);
/** A single pinned line is not an environment; pip-compile output has many. */
const MIN_ENTRIES = 2;

export function findPinnedRequirements(index: FactIndex, tool: string): Evidence[] {
  const byFile = new Map<string, DependencyFact[]>();
  for (const facts of index.dependencies.values()) {
    for (const fact of facts) {
      if (!PINNABLE_MANAGERS.has(fact.manager)) continue;
      const list = byFile.get(fact.path) ?? [];
      list.push(fact);
      byFile.set(fact.path, list);
    }
  }
  const evidence: Evidence[] = [];
  for (const [path, facts] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    if (facts.length < MIN_ENTRIES || !facts.every((fact) => fact.isPinned)) continue;
    const first = facts.reduce((earliest, fact) => (fact.line < earliest.line ? fact : earliest));
    evidence.push({
      ...evidenceOf(first, tool),
      detail: `all ${facts.length} requirements pinned in ${path.slice(path.lastIndexOf('/') + 1)}`,
    });
  }
  return evidence;
}
