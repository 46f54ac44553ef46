// A project whose main requirements are pinned to one version each is a reproducible environment even
// without a lock file (pip-compile output, `pip freeze`). "Main" means what the product installs: the
// fact index has already left out test, dev, lint and docs files and groups. A stray unpinned line
// (a `pytest`, an `ipywidgets>=8`) should not fail a project that pins everything else, so the bar is
// a share: at least PINNED_SHARE of the distinct main requirement names are pinned somewhere.

import type { DependencyFact } from '../../facts/model.js';
import type { Evidence } from '../../report/model.js';
import { evidenceOf } from '../evidence.js';
import type { FactIndex } from '../fact-index.js';
import type { NearMiss } from '../near-miss.js';
import { pushTo } from '../push-to.js';

export const PINNED_SHARE = 0.9;
/** A single pinned line is not an environment; pip-compile output has many. */
const MIN_ENTRIES = 2;
// The interpreter and the installer themselves, which conda files list unpinned beside pinned packages.
const TOOLING = new Set(['python', 'pip', 'setuptools', 'wheel']);
// Test, lint and format tools listed among the main requirements: what developers run, not the product.
const DEVELOPER_TOOLS = new Set([
  'pytest',
  'coverage',
  'black',
  'flake8',
  'isort',
  'mypy',
  'ruff',
  'pylint',
  'pre-commit',
  'tox',
  'nox',
  'bandit',
  'pyright',
  'autopep8',
  'yapf',
  'pycodestyle',
  'pydocstyle',
  'codespell',
]);
const isDeveloperTool = (name: string) =>
  DEVELOPER_TOOLS.has(name) || name.startsWith('pytest-') || name.startsWith('flake8-');
// MLflow logs each model's requirements beside it; a committed artifacts/ folder is run output.
const RUN_OUTPUT = /(^|\/)artifacts\//;
const MAX_NAMED = 5;

interface PinShare {
  pinned: number;
  total: number;
  /** One requirement as written per unpinned name, in manifest order. */
  unpinned: DependencyFact[];
  /** Per manifest with pins: its first pinned entry and how many of its entries are pinned. */
  files: { first: DependencyFact; pinned: number; total: number }[];
}

const shares = new WeakMap<FactIndex, PinShare>();

function measure(index: FactIndex): PinShare {
  const known = shares.get(index);
  if (known) return known;
  const byName = new Map<string, DependencyFact[]>();
  const byFile = new Map<string, DependencyFact[]>();
  const main: [string, DependencyFact][] = [];
  for (const [name, facts] of index.dependencies) {
    if (TOOLING.has(name) || isDeveloperTool(name)) continue;
    for (const fact of facts) {
      // Optional extras and groups are not what the product installs by default.
      if (fact.group !== undefined || RUN_OUTPUT.test(fact.path)) continue;
      main.push([name, fact]);
    }
  }
  // The environment is the one declared at the assessed folder's root when there is one: a cloud
  // function's or a helper's requirements in a subfolder are components of their own.
  const atRoot = main.filter(([, fact]) => isAtRoot(fact.path, index.prefix));
  for (const [name, fact] of atRoot.length >= MIN_ENTRIES ? atRoot : main) {
    pushTo(byName, name, fact);
    pushTo(byFile, fact.path, fact);
  }
  const unpinned: DependencyFact[] = [];
  let pinned = 0;
  for (const facts of byName.values()) {
    if (facts.some((fact) => fact.isPinned)) pinned += 1;
    else unpinned.push(facts.reduce((first, fact) => (byPlace(fact, first) < 0 ? fact : first)));
  }
  unpinned.sort(byPlace);
  const files = [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, facts]) => {
      const pins = facts.filter((fact) => fact.isPinned);
      if (pins.length === 0) return [];
      const first = pins.reduce((earliest, fact) => (fact.line < earliest.line ? fact : earliest));
      return [{ first, pinned: pins.length, total: facts.length }];
    });
  const share = { pinned, total: byName.size, unpinned, files };
  shares.set(index, share);
  return share;
}

/** A manifest directly in the assessed folder (`requirements.txt`, `setup.py`, not `functions/x/requirements.txt`). */
function isAtRoot(path: string, prefix: string): boolean {
  return path.startsWith(prefix) && !path.slice(prefix.length).includes('/');
}

function byPlace(a: DependencyFact, b: DependencyFact): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}

/** Evidence (each manifest holding pins) when at least PINNED_SHARE of the main requirements are pinned. */
export function findPinnedRequirements(index: FactIndex, tool: string): Evidence[] {
  const { pinned, total, files } = measure(index);
  if (total < MIN_ENTRIES || pinned < PINNED_SHARE * total) return [];
  return files.map(({ first, pinned: filePins, total: fileTotal }) => ({
    ...evidenceOf(first, tool),
    detail: `${filePins} of ${fileTotal} requirements pinned in ${first.path.slice(first.path.lastIndexOf('/') + 1)}`,
  }));
}

/** `40 of 42 main requirements pinned (95%, 90% needed); not pinned: ipywidgets>=8, mkdocstrings[python]>=0.18.` */
export function describePinnedRequirements(index: FactIndex): string | undefined {
  const { pinned, total, unpinned } = measure(index);
  if (total === 0) return undefined;
  const percent = Math.floor((100 * pinned) / total);
  const head = `${pinned} of ${total} main requirements pinned (${percent}%, ${Math.round(PINNED_SHARE * 100)}% needed)`;
  if (unpinned.length === 0) return `${head}.`;
  const named = unpinned.slice(0, MAX_NAMED).map((fact) => fact.requirement.replace(/\s+/g, ' ').trim());
  const more = unpinned.length > MAX_NAMED ? ` and ${unpinned.length - MAX_NAMED} more` : '';
  return `${head}; not pinned: ${named.join(', ')}${more}.`;
}

/**
 * Why the environment falls short of pinned, for a report that lost the practice: the share and the
 * unpinned entries as evidence (the lines to fix). Undefined when nothing is pinned at all.
 */
export function explainUnpinned(index: FactIndex, tool: string): NearMiss | undefined {
  const { pinned, total, unpinned } = measure(index);
  if (total < MIN_ENTRIES || pinned === 0 || unpinned.length === 0) return undefined;
  return {
    message: describePinnedRequirements(index) ?? '',
    reason: 'is not pinned',
    evidence: unpinned.map((fact) => ({ ...evidenceOf(fact, tool), detail: fact.requirement })),
  };
}
