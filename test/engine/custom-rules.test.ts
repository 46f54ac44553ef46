import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { loadConfig } from '../../src/config/load-config.js';
import { withCustomRules } from '../../src/engine/custom-rules.js';
import { loadRules } from '../../src/engine/load-rules.js';
import { UsageError } from '../../src/engine/usage-error.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { testRulePack } from '../../src/rule-pack/test-pack.js';
import { scan } from '../../src/scan.js';

const builtIn = loadRules();
const PACK = join(import.meta.dirname, '..', '..', 'examples', 'rule-pack');
const MODEL_CARD_RULE = `id: model-card
title: Every model has a model card
category: deployment
phase: 1
weight: 2
why: Whoever deploys a model should know what it is for.
detect:
  - tool: model-card
    files: ['**/MODEL_CARD.md']
tools:
  model-card: { name: Model card }
remediation: { effort: low, text: Add MODEL_CARD.md beside the training code. }
`;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'custom-rules-'));
  write('requirements.txt', 'scikit-learn==1.5.2\nmlflow==2.16.0\n');
  write('train.py', 'import mlflow\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

function rulesFor(): ReturnType<typeof loadRules> {
  const loaded = loadConfig(root);
  return withCustomRules(builtIn, root, loaded.config, loaded.path);
}

function failure(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('custom rules', () => {
  it('scores a rule from .mlops-maturity/rules and shows it in every format', () => {
    write('.mlops-maturity/rules/model-card.yml', MODEL_CARD_RULE);
    const without = scan(root, { ruleSet: builtIn });
    const failing = scan(root, { ruleSet: rulesFor() });
    const practice = failing.practices.find((candidate) => candidate.id === 'model-card');
    expect(practice).toMatchObject({
      status: 'fail',
      phase: 1,
      weight: 2,
      title: 'Every model has a model card',
    });
    expect(failing.points.possible).toBe(without.points.possible + 2);

    write('models/churn/MODEL_CARD.md', '# Churn\n');
    const passing = scan(root, { ruleSet: rulesFor() });
    expect(passing.practices.find((candidate) => candidate.id === 'model-card')).toMatchObject({
      status: 'pass',
      toolNames: ['Model card'],
      evidence: [{ path: 'models/churn/MODEL_CARD.md', line: 1, tool: 'model-card' }],
    });
    expect(passing.points.earned).toBe(failing.points.earned + 2);
    expect(JSON.parse(renderJson(passing)).practices.map((item: { id: string }) => item.id)).toContain(
      'model-card',
    );
    expect(renderMarkdown(passing)).toContain('`model-card`');
    expect(renderText(passing, { color: false })).toContain('model-card');
  });

  it('loads a pack named by extends: from a folder and from an installed package', () => {
    write('models/churn/MODEL_CARD.md', '# Churn\n');
    cpSync(join(PACK, 'rules'), join(root, 'standards'), { recursive: true });
    write('.mlops-maturity.yml', 'extends: ./standards\n');
    const fromFolder = rulesFor().rules.map((rule) => rule.id);
    expect(fromFolder.slice(-3)).toEqual(['base-image', 'feature-store', 'model-card']);

    rmSync(join(root, 'standards'), { recursive: true });
    cpSync(PACK, join(root, 'node_modules', '@acme', 'mlops-rules'), { recursive: true });
    write('.mlops-maturity.yml', 'extends: ["@acme/mlops-rules"]\n');
    const report = scan(root, { ruleSet: rulesFor() });
    expect(report.practices.find((practice) => practice.id === 'model-card')?.status).toBe('pass');
    expect(report.practices.find((practice) => practice.id === 'feature-store')?.status).toBe('fail');
  });

  it('lets the config override a custom practice and rejects an unknown one', () => {
    write('.mlops-maturity/rules/model-card.yml', MODEL_CARD_RULE);
    write('.mlops-maturity.yml', 'practices:\n  model-card:\n    not-applicable: No models here yet\n');
    const report = scan(root, { ruleSet: rulesFor(), config: loadConfig(root).config });
    expect(report.practices.find((practice) => practice.id === 'model-card')?.status).toBe('not-applicable');
    write('.mlops-maturity.yml', 'practices:\n  model-crad:\n    weight: 1\n');
    expect(failure(rulesFor)).toMatch(
      /^\.mlops-maturity\.yml: practices\.model-crad is not a practice\. Pick one of experiment-tracking, /,
    );
  });

  it('does not let a custom rule shadow a built-in one unless it says replaces:', () => {
    const ciRule = MODEL_CARD_RULE.replace('id: model-card', 'id: ci-cd');
    write('.mlops-maturity/rules/ci-cd.yml', ciRule);
    expect(failure(rulesFor)).toBe(
      '.mlops-maturity/rules/ci-cd.yml: id "ci-cd" is a built-in practice. Pick another id, or add "replaces: ci-cd" to replace the built-in rule.',
    );
    write('.mlops-maturity/rules/ci-cd.yml', `${ciRule}replaces: ci-cd\n`);
    const rules = rulesFor().rules;
    expect(rules.filter((rule) => rule.id === 'ci-cd')).toHaveLength(1);
    expect(rules.find((rule) => rule.id === 'ci-cd')?.title).toBe('Every model has a model card');
    // The replacement keeps the built-in's place.
    expect(rules.map((rule) => rule.id)).toEqual(builtIn.rules.map((rule) => rule.id));
  });

  it('names the file and the field of an invalid rule', () => {
    write('.mlops-maturity/rules/model-card.yml', MODEL_CARD_RULE.replace('weight: 2', 'weight: heavy'));
    expect(failure(rulesFor)).toMatch(/^\.mlops-maturity\/rules\/model-card\.yml: weight /);
    write(
      '.mlops-maturity/rules/model-card.yml',
      MODEL_CARD_RULE.replace('tool: model-card', 'tool: card-thing'),
    );
    expect(failure(rulesFor)).toBe(
      '.mlops-maturity/rules/model-card.yml: detect[0].tool "card-thing" is neither a built-in tool nor in this file\'s tools:. Add it under tools:.',
    );
    write('.mlops-maturity/rules/model-card.yml', 'id: [unclosed\n');
    expect(failure(rulesFor)).toMatch(/^\.mlops-maturity\/rules\/model-card\.yml:1: not valid YAML/);
  });

  it('never reads a pack or a rule file from outside the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    try {
      writeFileSync(join(outside, 'secret.yml'), 'id: TOP-SECRET-VALUE\n');
      write('.mlops-maturity.yml', `extends: ["${outside}"]\n`);
      const message = failure(rulesFor);
      expect(message).toContain('resolves outside the repository');
      expect(message).not.toContain('TOP-SECRET-VALUE');
      write('.mlops-maturity.yml', 'extends: ["../"]\n');
      expect(failure(rulesFor)).toContain('resolves outside the repository');
      rmSync(join(root, '.mlops-maturity.yml'));
      mkdirSync(join(root, '.mlops-maturity', 'rules'), { recursive: true });
      symlinkSync(join(outside, 'secret.yml'), join(root, '.mlops-maturity', 'rules', 'linked.yml'));
      const linked = failure(rulesFor);
      expect(linked).toBe(
        '.mlops-maturity/rules/linked.yml: not a regular file. Rule files must be plain files, not links.',
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says when an extends: package is not installed', () => {
    write('.mlops-maturity.yml', 'extends: ["@acme/mlops-rules"]\n');
    expect(failure(rulesFor)).toBe(
      '.mlops-maturity.yml: extends[0]: package "@acme/mlops-rules" is not installed. Run npm install @acme/mlops-rules in the repository first.',
    );
  });

  it('returns the built-in rules untouched when there are no custom rules', () => {
    expect(withCustomRules(builtIn, root, ConfigSchema.parse({}))).toBe(builtIn);
  });
});

describe('rules test', () => {
  it("passes the example pack's fixtures", () => {
    const results = testRulePack(builtIn, PACK);
    expect(results.map((result) => `${result.rule}/${result.tool}/${result.kind}`)).toEqual([
      'base-image/acme-ml-base/positive',
      'base-image/acme-ml-base/negative',
      'feature-store/feast/positive',
      'feature-store/feast/negative',
      'model-card/model-card/positive',
      'model-card/model-card/negative',
    ]);
    expect(results.filter((result) => !result.passed)).toEqual([]);
  });

  it('fails on a broken fixture and on a missing one', () => {
    cpSync(PACK, join(root, 'pack'), { recursive: true });
    const negative = join(root, 'pack', 'fixtures', 'feature-store', 'feast', 'negative');
    writeFileSync(join(negative, 'features.py'), 'from feast import FeatureStore\n');
    rmSync(join(root, 'pack', 'fixtures', 'model-card', 'model-card', 'positive'), { recursive: true });
    const failed = testRulePack(builtIn, join(root, 'pack')).filter((result) => !result.passed);
    expect(failed).toEqual([
      {
        rule: 'feature-store',
        tool: 'feast',
        kind: 'negative',
        passed: false,
        message: 'found feast in the negative fixture at features.py:1',
      },
      {
        rule: 'model-card',
        tool: 'model-card',
        kind: 'positive',
        passed: false,
        message: 'fixtures/model-card/model-card/positive/ is missing. Add a fixture folder.',
      },
    ]);
  });
});
