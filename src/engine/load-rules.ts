// Loads and validates rules/*.yml and the catalogs beside them. A broken file fails loudly, naming file and field.
// A bundled build ships the validated rules as JSON (rules.json); it is used only while its fingerprint
// matches the YAML on disk, so an edited rule is never shadowed by a stale snapshot.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { findShippedFile } from '../shipped-file.js';
import {
  type AdviceCatalog,
  AdviceCatalogSchema,
  BuiltInRuleSchema,
  type MlLibraries,
  MlLibrariesSchema,
  PRACTICE_IDS,
  type Rule,
  type Tool,
  ToolCatalogSchema,
} from './rule-schema.js';
import { UsageError } from './usage-error.js';
import { describeIssue } from './zod-messages.js';

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
  return { fingerprint, ruleSet: validateRules(rulesDir, ruleFiles, texts) };
}

function validateRules(rulesDir: string, ruleFiles: string[], texts: Map<string, string>): RuleSet {
  const display = (file: string) => `rules/${relative(rulesDir, file).split('\\').join('/')}`;
  const parseFile = <T>(name: string, schema: z.ZodType<T>): T =>
    parseRuleFile(texts.get(name)!, display(join(rulesDir, name)), schema);
  const tools = parseFile('catalog/tools.yml', ToolCatalogSchema);
  const mlLibraries = parseFile('catalog/ml-libraries.yml', MlLibrariesSchema);
  const advice = parseFile('catalog/advice.yml', AdviceCatalogSchema);
  const rules = ruleFiles.map((name) => {
    const rule: Rule = parseFile(name, BuiltInRuleSchema);
    checkRule(rule, name, tools, display(join(rulesDir, name)));
    return rule;
  });
  // Reports list practices in the contract's order, not the file system's.
  rules.sort((a, b) => practiceOrder(a.id) - practiceOrder(b.id));
  const missing = PRACTICE_IDS.filter((id) => !rules.some((rule) => rule.id === id));
  if (missing.length > 0) {
    throw new UsageError(
      `${display(rulesDir)}: no rule file for ${missing.join(', ')}. Add rules/${missing[0]}.yml.`,
    );
  }
  checkAdvice(advice, rules, tools, display(join(rulesDir, 'catalog', 'advice.yml')));
  return { rules, tools, mlLibraries, advice };
}

const practiceOrder = (id: string) => (PRACTICE_IDS as readonly string[]).indexOf(id);

function checkRule(rule: Rule, fileName: string, tools: Record<string, Tool>, where: string): void {
  if (`${rule.id}.yml` !== fileName) {
    throw new UsageError(
      `${where}: id "${rule.id}" differs from the file name. Rename the file to ${rule.id}.yml.`,
    );
  }
  rule.detect.forEach((detector, index) => {
    if (!tools[detector.tool]) {
      throw new UsageError(
        `${where}: detect[${index}].tool "${detector.tool}" is not in the tool catalog. Add it to rules/catalog/tools.yml.`,
      );
    }
  });
}

/** Advice may only name tools a practice detects (so it can be told apart from what the team uses). */
function checkAdvice(advice: AdviceCatalog, rules: Rule[], tools: Record<string, Tool>, where: string): void {
  for (const rule of rules) {
    const practice = advice.practices[rule.id];
    if (!practice)
      throw new UsageError(`${where}: practices.${rule.id} is missing. Add its recommendations.`);
    const detected = new Set(rule.detect.map((detector) => detector.tool));
    for (const [size, byBudget] of Object.entries(practice.recommend)) {
      for (const [budget, tool] of Object.entries(byBudget)) {
        if (!detected.has(tool)) {
          throw new UsageError(
            `${where}: practices.${rule.id}.recommend.${size}.${budget} names "${tool}", which rules/${rule.id}.yml does not detect. Pick one of ${[...detected].join(', ')}.`,
          );
        }
      }
    }
    for (const tool of Object.keys(practice['first-steps'])) {
      if (!detected.has(tool)) {
        throw new UsageError(
          `${where}: practices.${rule.id}.first-steps.${tool} is for a tool rules/${rule.id}.yml does not detect. Remove it or add a detector.`,
        );
      }
    }
  }
  for (const id of Object.keys(advice.practices)) {
    if (!rules.some((rule) => rule.id === id))
      throw new UsageError(`${where}: practices.${id} is not a practice. Remove it or add rules/${id}.yml.`);
  }
  const named = Object.values(advice['not-yet']).flatMap((byTool) => Object.keys(byTool));
  for (const tool of named) {
    if (!tools[tool])
      throw new UsageError(
        `${where}: "${tool}" is not in the tool catalog. Add it to rules/catalog/tools.yml.`,
      );
  }
}

function readRuleFile(rulesDir: string, name: string): string {
  try {
    return readFileSync(join(rulesDir, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`rules/${name}: cannot be read (${code}). Reinstall mlops-maturity.`);
  }
}

function parseRuleFile<T>(text: string, where: string, schema: z.ZodType<T>): T {
  let input: unknown;
  try {
    input = parse(text);
  } catch (error) {
    throw new UsageError(`${where}: ${(error as Error).message.split('\n')[0]}. Fix the YAML syntax.`);
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(`${where}: ${describeIssue(issue, input)}. See rules/_template.yml.`);
  }
  return result.data;
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
