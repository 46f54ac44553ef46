// Runs every rule detector against its own fixtures: test/fixtures/rules/<rule-id>/<tool>/{positive,negative}/.
// A new detector brings its fixtures and needs no new test code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/load-rules.js';
import { scan } from '../src/scan.js';

const ruleSet = loadRules();
const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules');

function practiceOf(root: string, id: string) {
  const report = scan(root, { ruleSet });
  // A fixture that is not an ML project would pass or fail for the wrong reason: every practice is not-applicable.
  expect(report.isMlProject, `${root} must be an ML project`).toBe(true);
  const practice = report.practices.find((candidate) => candidate.id === id);
  if (!practice) throw new Error(`no practice ${id} in the report`);
  return practice;
}

for (const rule of ruleSet.rules) {
  describe(rule.id, () => {
    for (const { tool } of rule.detect) {
      const folder = join(FIXTURES, rule.id, tool);
      it(`finds ${tool} in its positive fixture`, () => {
        const practice = practiceOf(join(folder, 'positive'), rule.id);
        expect(practice.status).toBe('pass');
        expect(practice.tools).toContain(tool);
        for (const item of practice.evidence)
          expect(existsSync(join(folder, 'positive', item.path))).toBe(true);
      });
      it(`does not find ${tool} in its negative fixture`, () => {
        const practice = practiceOf(join(folder, 'negative'), rule.id);
        expect(practice.tools).not.toContain(tool);
      });
    }
  });
}
