// docs/rules.md is generated from rules/*.yml and must not go stale, like dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderConfigJsonSchema } from '../src/config/json-schema.js';
import { loadRules } from '../src/engine/load-rules.js';
import { renderRuleDocsMarkdown } from '../src/report/rule-docs.js';

describe('docs/rules.md', () => {
  it('is what `npm run docs` generates from the rules (run it after npm run build)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), 'utf8');
    expect(committed).toBe(renderRuleDocsMarkdown(loadRules()));
  });
});

describe('schema/mlops-maturity.schema.json', () => {
  it('is what `npm run docs` generates from the config schema', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', 'schema', 'mlops-maturity.schema.json'),
      'utf8',
    );
    expect(committed).toBe(renderConfigJsonSchema());
  });
});
