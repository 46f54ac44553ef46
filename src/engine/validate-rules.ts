// Validates rules/*.yml and the catalogs beside them: a broken file fails loudly, naming file and field.
// Loaded only when no fresh rules.json stands for them (load-rules.ts).
import { join, relative } from 'node:path';
import type { z } from 'zod';
import type { RuleSet } from './load-rules.js';
import { PRACTICE_IDS } from './rule-constants.js';
import {
  type AdviceCatalog,
  AdviceCatalogSchema,
  BuiltInRuleSchema,
  MlLibrariesSchema,
  type Rule,
  type Tool,
  ToolCatalogSchema,
} from './rule-schema.js';
import { UsageError } from './usage-error.js';
import { parseYamlValue, YamlSyntaxError } from './yaml-value.js';
import { describeIssue } from './zod-messages.js';

export function validateRules(rulesDir: string, ruleFiles: string[], texts: Map<string, string>): RuleSet {
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

function parseRuleFile<T>(text: string, where: string, schema: z.ZodType<T>): T {
  let input: unknown;
  try {
    // The library's default alias limit, with errors worded as for every file a person writes.
    input = parseYamlValue(text, { maxAliasCount: 100 });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new UsageError(
      `${where}${error.line ? `:${error.line}` : ''}: not valid YAML (${error.reason}). Fix the syntax.`,
    );
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(`${where}: ${describeIssue(issue, input)}. See rules/_template.yml.`);
  }
  return result.data;
}
