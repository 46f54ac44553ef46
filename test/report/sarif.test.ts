// SARIF against the SARIF 2.1.0 JSON Schema (OASIS, as shipped by Microsoft's SARIF SDK) and what GitHub
// code scanning needs of an upload, plus a golden file reviewed in diffs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvModule from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/engine/load-rules.js';
import type { Report } from '../../src/report/model.js';
import { DIAGNOSTIC_RULE_ID, MAX_RESULTS, renderSarif } from '../../src/report/sarif.js';
import { scan } from '../../src/scan.js';

const REPO = join(import.meta.dirname, '..', '..');
const ruleSet = loadRules();
// Both are CommonJS with a default export: under NodeNext it is the module's `default`.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;
const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// The schema's `language` pattern has a stray `]`, an error only in a `u` regular expression.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function stableReport(example: string): Report {
  const report = scan(join(REPO, 'examples', example));
  return { ...report, root: `examples/${example}`, stats: { ...report.stats, durationMs: 42 } };
}

function sarifOf(report: Report, uriPrefix?: string): Log {
  const log = JSON.parse(renderSarif(report, ruleSet, { uriPrefix }));
  expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
  return log;
}

/** GitHub's upload requirements beyond the schema, checked for every result of a log. */
function expectCodeScanningReady(log: Log) {
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  expect(run.tool.driver.name).toBe('mlops-maturity');
  const ids = run.tool.driver.rules!.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of run.tool.driver.rules!) {
    expect(rule.shortDescription?.text).toBeTruthy();
    expect(rule.fullDescription?.text).toBeTruthy();
    expect(rule.help?.text).toBeTruthy();
    expect((rule.properties!.tags as string[]).length).toBeLessThanOrEqual(10);
  }
  expect(run.results!.length).toBeLessThanOrEqual(MAX_RESULTS);
  for (const result of run.results!) {
    expect(ids[result.ruleIndex!]).toBe(result.ruleId);
    expect(result.message.text).toBeTruthy();
    expect(result.locations).toHaveLength(1);
    const physical = result.locations![0]!.physicalLocation!;
    // Relative to the repository root: no scheme, no leading slash, no backslash.
    expect(physical.artifactLocation!.uri).toMatch(/^(?![a-z]+:|\/)[^\\]+$/);
    expect(physical.region!.startLine).toBeGreaterThanOrEqual(1);
    expect(Object.values(result.partialFingerprints ?? {})).toHaveLength(1);
  }
}

describe('renderSarif', () => {
  it('is checked by a schema that rejects a result without a message', () => {
    const log = JSON.parse(renderSarif(stableReport('churn-service'), ruleSet));
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });

  it('matches the golden SARIF for churn-service and is valid SARIF 2.1.0 for code scanning', () => {
    const text = renderSarif(stableReport('churn-service'), ruleSet, {
      uriPrefix: 'examples/churn-service/',
    });
    const file = join(REPO, 'test', 'golden', 'churn-service.sarif');
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
    expectCodeScanningReady(sarifOf(JSON.parse(JSON.stringify(stableReport('churn-service')))));
  });

  it('has one rule per practice with its help from rules/, and a result per practice not found', () => {
    const log = sarifOf(stableReport('churn-service'), 'examples/churn-service/');
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((rule) => rule.id)).toEqual([
      ...ruleSet.rules.map((rule) => rule.id),
      DIAGNOSTIC_RULE_ID,
    ]);
    const validation = run.tool.driver.rules!.find((rule) => rule.id === 'data-validation')!;
    const rule = ruleSet.rules.find((candidate) => candidate.id === 'data-validation')!;
    expect(validation.shortDescription!.text).toBe(rule.title);
    expect(validation.help!.text).toContain(rule.remediation.text);
    expect(run.results!.map((result) => [result.ruleId, result.level])).toEqual([
      ['data-validation', 'warning'],
      ['model-registry', 'note'],
      ['kubernetes', 'note'],
    ]);
    expect(run.results![0]!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/churn-service/pyproject.toml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
  });

  it('reports diagnostics at their file and line, with fingerprints that ignore the line', () => {
    const base = stableReport('churn-starter');
    const withDiagnostic = (line: number): Report => ({
      ...base,
      diagnostics: [
        {
          path: 'data/raw file#1.toml',
          line,
          message: 'not valid TOML (bad key). Its dependencies are not counted.',
        },
      ],
    });
    const [first, moved] = [withDiagnostic(3), withDiagnostic(9)].map(
      (report) => sarifOf(report).runs[0]!.results!.find((result) => result.ruleId === DIAGNOSTIC_RULE_ID)!,
    );
    expect(first!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'data/raw%20file%231.toml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3 },
    });
    expect(first!.partialFingerprints).toEqual(moved!.partialFingerprints);
    expectCodeScanningReady(sarifOf(withDiagnostic(3)));
  });

  it('keeps practice fingerprints when the scan finds more, and tells projects apart', () => {
    const service = stableReport('churn-service');
    const fingerprints = (report: Report) =>
      sarifOf(report).runs[0]!.results!.map((result) => JSON.stringify(result.partialFingerprints));
    const [before] = fingerprints(service);
    const grown = { ...service, mlSignals: [...service.mlSignals].reverse() };
    expect(fingerprints(grown)[0]).toBe(before);
    const monorepo = { ...service, projects: [{ ...service, root: 'services/churn' }] };
    const all = fingerprints(monorepo);
    expect(new Set(all).size).toBe(all.length);
  });

  it('stays within the results code scanning shows and says what it left out', () => {
    const base = stableReport('churn-starter');
    const diagnostics = Array.from({ length: 30_000 }, (_, index) => ({
      path: 'requirements.txt',
      line: index + 1,
      message: `cannot read requirement "pkg${index}=1.0=h123_0". It is not counted.`,
    }));
    const log = sarifOf({ ...base, diagnostics });
    expectCodeScanningReady(log);
    expect(log.runs[0]!.results).toHaveLength(MAX_RESULTS);
    const practices = log.runs[0]!.results!.filter((result) => result.ruleId !== DIAGNOSTIC_RULE_ID).length;
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications![0]!.message.text).toBe(
      `${30_000 - (MAX_RESULTS - practices)} more diagnostics left out: code scanning shows 5000 results at most. The JSON report lists them all.`,
    );
  });
});

describe('renderSarif with practices of rules it was not given', () => {
  it('describes them from the report, so every result has its reporting rule', () => {
    const report = stableReport('churn-service');
    const custom = {
      ...report.practices[0]!,
      id: 'model-card',
      title: 'Every model has a model card',
      status: 'fail' as const,
    };
    const log = sarifOf({ ...report, practices: [...report.practices, custom] as Report['practices'] });
    expectCodeScanningReady(log);
    const rule = log.runs[0]!.tool.driver.rules!.find((candidate) => candidate.id === 'model-card');
    expect(rule?.shortDescription?.text).toBe('Every model has a model card');
    expect(log.runs[0]!.results!.some((result) => result.ruleId === 'model-card')).toBe(true);
  });
});
