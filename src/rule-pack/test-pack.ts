// Runs a rule pack's fixtures the way the built-in rules' are run: each detector of each rule has
// fixtures/<rule-id>/<tool>/positive/ (the practice passes with that tool, every piece of evidence names a
// file of the fixture) and negative/ (the tool is not found).
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/config-schema.js';
import { ConfigSchema } from '../config/config-schema.js';
import { withCustomRules } from '../engine/custom-rules.js';
import type { RuleSet } from '../engine/load-rules.js';
import { scan } from '../scan.js';

export interface FixtureResult {
  rule: string;
  tool: string;
  kind: 'positive' | 'negative';
  passed: boolean;
  /** Why it failed, or what was found. */
  message: string;
}

/**
 * Tests the rules of the pack in `packFolder` (rule files there, or in its rules/; fixtures in fixtures/
 * beside the rule files or beside rules/). Throws UsageError when the pack itself is invalid.
 */
export function testRulePack(builtIn: RuleSet, packFolder: string): FixtureResult[] {
  const rulesFolder = existsSync(join(packFolder, 'rules')) ? join(packFolder, 'rules') : packFolder;
  const config: Config = ConfigSchema.parse({ extends: [rulesFolder] });
  // The pack is loaded as a scan would load it from `extends:`, with the pack's folder as the root.
  const ruleSet = withCustomRules(builtIn, rulesFolder, { ...config, extends: ['.'] });
  const packRules = ruleSet.rules.filter((rule) => !builtIn.rules.includes(rule));
  const fixtures = [join(rulesFolder, 'fixtures'), join(packFolder, 'fixtures')].find(isFolder);
  const results: FixtureResult[] = [];
  for (const rule of packRules) {
    for (const { tool } of rule.detect) {
      for (const kind of ['positive', 'negative'] as const) {
        const folder = fixtures && join(fixtures, rule.id, tool, kind);
        const shown = `fixtures/${rule.id}/${tool}/${kind}/`;
        if (!folder || !isFolder(folder)) {
          results.push({
            rule: rule.id,
            tool,
            kind,
            passed: false,
            message: `${shown} is missing. Add a fixture folder.`,
          });
          continue;
        }
        results.push({ rule: rule.id, tool, kind, ...judge(ruleSet, folder, rule.id, tool, kind) });
      }
    }
  }
  return results;
}

function judge(ruleSet: RuleSet, folder: string, id: string, tool: string, kind: 'positive' | 'negative') {
  const report = scan(folder, { ruleSet });
  const practice = report.practices.find((candidate) => candidate.id === id);
  if (!practice) return { passed: false, message: `no practice ${id} in the report` };
  const found = practice.tools.includes(tool);
  const where = practice.evidence
    .filter((item) => item.tool === tool)
    .map((item) => `${item.path}:${item.line}`);
  if (kind === 'negative') {
    return found
      ? { passed: false, message: `found ${tool} in the negative fixture at ${where.join(', ')}` }
      : { passed: true, message: `${tool} not found` };
  }
  if (!report.isMlProject && practice.status === 'not-applicable') {
    return {
      passed: false,
      message: 'the fixture is not an ML project. Add an ML library (e.g. scikit-learn in requirements.txt).',
    };
  }
  if (practice.status !== 'pass' || !found) {
    return { passed: false, message: `${tool} not found (${practice.status}: ${practice.message})` };
  }
  const outside = practice.evidence.find((item) => !existsSync(join(folder, item.path)));
  if (outside) return { passed: false, message: `evidence ${outside.path} is not a file of the fixture` };
  return { passed: true, message: `found at ${where.join(', ')}` };
}

function isFolder(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
