// Loads and validates rules/*.yml and the catalogs beside them. A broken file fails loudly, naming file and field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  type AdviceCatalog,
  AdviceCatalogSchema,
  type MlLibraries,
  MlLibrariesSchema,
  PRACTICE_IDS,
  type Rule,
  RuleSchema,
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

export function loadRules(rulesDir = findRulesDir()): RuleSet {
  const display = (file: string) => `rules/${relative(rulesDir, file).split('\\').join('/')}`;
  const tools = parseFile(join(rulesDir, 'catalog', 'tools.yml'), ToolCatalogSchema, display);
  const mlLibraries = parseFile(join(rulesDir, 'catalog', 'ml-libraries.yml'), MlLibrariesSchema, display);
  const advice = parseFile(join(rulesDir, 'catalog', 'advice.yml'), AdviceCatalogSchema, display);
  const files = readdirSync(rulesDir)
    .filter((name) => name.endsWith('.yml') && !name.startsWith('_'))
    .sort();
  const rules = files.map((name) => {
    const file = join(rulesDir, name);
    const rule = parseFile(file, RuleSchema, display);
    checkRule(rule, name, tools, display(file));
    return rule;
  });
  // Reports list practices in the contract's order, not the file system's.
  rules.sort((a, b) => PRACTICE_IDS.indexOf(a.id) - PRACTICE_IDS.indexOf(b.id));
  const missing = PRACTICE_IDS.filter((id) => !rules.some((rule) => rule.id === id));
  if (missing.length > 0) {
    throw new UsageError(
      `${display(rulesDir)}: no rule file for ${missing.join(', ')}. Add rules/${missing[0]}.yml.`,
    );
  }
  checkAdvice(advice, rules, tools, display(join(rulesDir, 'catalog', 'advice.yml')));
  return { rules, tools, mlLibraries, advice };
}

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
  const named = Object.values(advice['not-yet']).flatMap((byTool) => Object.keys(byTool));
  for (const tool of named) {
    if (!tools[tool])
      throw new UsageError(
        `${where}: "${tool}" is not in the tool catalog. Add it to rules/catalog/tools.yml.`,
      );
  }
}

function parseFile<T>(file: string, schema: z.ZodType<T>, display: (file: string) => string): T {
  let input: unknown;
  try {
    input = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `${display(file)}: ${(error as Error).message.split('\n')[0]}. Fix the YAML syntax.`,
    );
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(`${display(file)}: ${describeIssue(issue, input)}. See rules/_template.yml.`);
  }
  return result.data;
}
