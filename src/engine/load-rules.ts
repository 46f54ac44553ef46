// Loads rules/*.yml and the catalogs beside them. A bundled build ships the validated rules as JSON
// (rules.json); it is used only while its fingerprint matches the YAML on disk, so an edited rule is never
// shadowed by a stale snapshot. Without a fresh snapshot the files are validated (validate-rules.ts, loaded
// on demand: see validation.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findShippedFile } from '../shipped-file.js';
import type { AdviceCatalog, MlLibraries, Rule, Tool } from './rule-schema.js';
import { UsageError } from './usage-error.js';
import { validation } from './validation.js';

export interface RuleSet {
  rules: Rule[];
  tools: Record<string, Tool>;
  mlLibraries: MlLibraries;
  advice: AdviceCatalog;
}

/** Finds the shipped rules/ folder from wherever this code runs (src/ in tests, dist/ when bundled). */
export function findRulesDir(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'catalog', 'tools.yml'))) return candidate;
    if (dirname(dir) === dir)
      throw new UsageError(`Could not find the rules/ folder above ${start}. Reinstall mlops-maturity.`);
  }
}

/** The validated rules with the fingerprint of the YAML they came from: what `rules --format json` prints. */
export interface RulesSnapshot {
  fingerprint: string;
  ruleSet: RuleSet;
}

const CATALOG_FILES = ['catalog/tools.yml', 'catalog/ml-libraries.yml', 'catalog/advice.yml'] as const;
const SNAPSHOT_NAME = 'rules.json';

/**
 * Loads the rules in `rulesDir`. `snapshotFile` (by default rules.json beside the bundle) is used instead
 * of parsing the YAML when it was made from exactly these files.
 */
export function loadRules(rulesDir = findRulesDir(), snapshotFile = findSnapshotFile()): RuleSet {
  return loadRulesSnapshot(rulesDir, snapshotFile).ruleSet;
}

export function loadRulesSnapshot(
  rulesDir = findRulesDir(),
  snapshotFile = findSnapshotFile(),
): RulesSnapshot {
  const ruleFiles = readdirSync(rulesDir)
    .filter((name) => name.endsWith('.yml') && !name.startsWith('_'))
    .sort();
  const texts = new Map<string, string>();
  for (const name of [...CATALOG_FILES, ...ruleFiles]) texts.set(name, readRuleFile(rulesDir, name));
  const fingerprint = fingerprintOf(texts);
  const snapshot = snapshotFile && readSnapshot(snapshotFile);
  if (snapshot && snapshot.fingerprint === fingerprint) return snapshot;
  return { fingerprint, ruleSet: validation().validateRules(rulesDir, ruleFiles, texts) };
}

function readRuleFile(rulesDir: string, name: string): string {
  try {
    return readFileSync(join(rulesDir, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`rules/${name}: cannot be read (${code}). Reinstall mlops-maturity.`);
  }
}

/** dist/rules.json, found from the running bundle; none when running from source. */
function findSnapshotFile(): string | undefined {
  return findShippedFile(import.meta.url, SNAPSHOT_NAME);
}

/** A snapshot that cannot be read or parsed is ignored: the YAML is the source of truth. */
function readSnapshot(file: string): RulesSnapshot | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Partial<RulesSnapshot>;
    return typeof snapshot.fingerprint === 'string' && snapshot.ruleSet
      ? (snapshot as RulesSnapshot)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A fast 53-bit hash (cyrb53) of every file's name and text: tells a snapshot from stale, not an attacker. */
function fingerprintOf(texts: Map<string, string>): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const [name, text] of texts) {
    for (const part of [name, '\0', text, '\0']) {
      for (let index = 0; index < part.length; index += 1) {
        const code = part.charCodeAt(index);
        h1 = Math.imul(h1 ^ code, 2654435761);
        h2 = Math.imul(h2 ^ code, 1597334677);
      }
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
