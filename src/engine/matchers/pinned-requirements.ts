// A requirements or conda file whose every entry is pinned to one version is a reproducible
// environment even without a lock file (pip-compile output, `pip freeze`).
import type { DependencyFact } from '../../facts/model.js';
import type { Evidence } from '../../report/model.js';
import { evidenceOf } from '../evidence.js';
import type { FactIndex } from '../fact-index.js';
import type { NearMiss } from '../near-miss.js';

const PINNABLE_MANAGERS = new Set(['requirements', 'conda', 'conda-pip']);
/** A single pinned line is not an environment; pip-compile output has many. */
const MIN_ENTRIES = 2;

export function findPinnedRequirements(index: FactIndex, tool: string): Evidence[] {
  const byFile = pinnableByFile(index);
  const evidence: Evidence[] = [];
  for (const [path, facts] of byFile) {
    if (facts.length < MIN_ENTRIES || !facts.every((fact) => fact.isPinned)) continue;
    const first = facts.reduce((earliest, fact) => (fact.line < earliest.line ? fact : earliest));
    evidence.push({
      ...evidenceOf(first, tool),
      detail: `all ${facts.length} requirements pinned in ${fileName(path)}`,
    });
  }
  return evidence;
}

/** Unpinned entries a report names, after which it counts the rest. */
const MAX_NAMED = 3;

/**
 * The requirements file closest to fully pinned, when none is: "40 of 42 requirements pinned in
 * requirements.txt; not pinned: matplotlib>=3.9, rich", with the unpinned lines as evidence.
 */
export function explainUnpinned(index: FactIndex, tool: string): NearMiss | undefined {
  let closest: { path: string; facts: DependencyFact[]; pinned: number } | undefined;
  for (const [path, facts] of pinnableByFile(index)) {
    const pinned = facts.filter((fact) => fact.isPinned).length;
    if (facts.length < MIN_ENTRIES || pinned === 0) continue;
    if (!closest || pinned / facts.length > closest.pinned / closest.facts.length)
      closest = { path, facts, pinned };
  }
  if (!closest) return undefined;
  const unpinned = closest.facts.filter((fact) => !fact.isPinned).sort((a, b) => a.line - b.line);
  const named = unpinned.slice(0, MAX_NAMED).map((fact) => fact.requirement);
  const more = unpinned.length > MAX_NAMED ? ` and ${unpinned.length - MAX_NAMED} more` : '';
  return {
    message: `${closest.pinned} of ${closest.facts.length} requirements pinned in ${closest.path}; not pinned: ${named.join(', ')}${more}.`,
    reason: 'is not pinned',
    evidence: unpinned.map((fact) => ({ ...evidenceOf(fact, tool), detail: fact.requirement })),
  };
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function pinnableByFile(index: FactIndex): [string, DependencyFact[]][] {
  const byFile = new Map<string, DependencyFact[]>();
  for (const facts of index.dependencies.values()) {
    for (const fact of facts) {
      if (!PINNABLE_MANAGERS.has(fact.manager)) continue;
      const list = byFile.get(fact.path) ?? [];
      list.push(fact);
      byFile.set(fact.path, list);
    }
  }
  return [...byFile].sort(([a], [b]) => a.localeCompare(b));
}
