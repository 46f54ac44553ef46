// docs/rules.md is generated from rules/*.yml and must not go stale, like dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderConfigJsonSchema } from '../src/config/json-schema.js';
import { loadRules } from '../src/engine/load-rules.js';
import { renderReportJsonSchema } from '../src/report/report-schema.js';
import { renderRuleDocsMarkdown } from '../src/report/rule-docs.js';
import { runCli } from './helpers/run-cli.js';

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

describe('schema/report.schema.json', () => {
  it('is what `npm run docs` generates from the report schema, and every report meets it', async () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'schema', 'report.schema.json'), 'utf8');
    expect(committed).toBe(renderReportJsonSchema());
    // ajv is CommonJS with a default export: under NodeNext it is the module's `default`.
    const validate = new AjvModule.default({ allErrors: true }).compile(JSON.parse(committed));
    for (const example of ['churn-service', 'churn-starter']) {
      const { stdout } = await runCli([
        'scan',
        join(import.meta.dirname, '..', 'examples', example),
        '--format',
        'json',
      ]);
      const report = JSON.parse(stdout);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      delete report.thresholds;
      expect(validate(report)).toBe(false);
    }
    expect((await runCli(['schema', '--report'])).stdout).toBe(committed);
  });
});
