// Catalog integrity: every rule file is valid, named after its id, and every detector has both fixtures.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRulesDir, loadRules } from '../src/engine/load-rules.js';
import { PRACTICE_IDS } from '../src/engine/rule-constants.js';

const ruleSet = loadRules();
const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules');

describe('rule catalog', () => {
  it('has exactly one rule per practice id, named after it', () => {
    const files = readdirSync(findRulesDir()).filter(
      (name) => name.endsWith('.yml') && !name.startsWith('_'),
    );
    expect(files.sort()).toEqual(PRACTICE_IDS.map((id) => `${id}.yml`).sort());
    expect(ruleSet.rules.map((rule) => rule.id).sort()).toEqual([...PRACTICE_IDS].sort());
  });

  it('names each tool at most once per rule', () => {
    for (const rule of ruleSet.rules) {
      const tools = rule.detect.map((detector) => detector.tool);
      expect(new Set(tools).size, rule.id).toBe(tools.length);
    }
  });

  it('has a positive and a negative fixture for every detector', () => {
    const missing = ruleSet.rules.flatMap((rule) =>
      rule.detect.flatMap(({ tool }) =>
        ['positive', 'negative']
          .map((kind) => join(rule.id, tool, kind))
          .filter((folder) => !existsSync(join(FIXTURES, folder))),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('has no fixture folder for a detector that no longer exists', () => {
    const known = new Set(
      ruleSet.rules.flatMap((rule) => rule.detect.map(({ tool }) => join(rule.id, tool))),
    );
    const folders = readdirSync(FIXTURES)
      .filter((name) => !name.startsWith('_'))
      .flatMap((id) => readdirSync(join(FIXTURES, id)).map((tool) => join(id, tool)));
    expect(folders.filter((folder) => !known.has(folder))).toEqual([]);
  });

  it('uses only tools listed in the tool catalog', () => {
    for (const rule of ruleSet.rules) {
      for (const { tool } of rule.detect) expect(ruleSet.tools[tool], `${rule.id}: ${tool}`).toBeDefined();
    }
  });
});
