// The terminal report against a golden file. Update on purpose with UPDATE_GOLDEN=1 and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { scan } from '../../src/scan.js';

const REPO = join(import.meta.dirname, '..', '..');

function stableReport(example: string) {
  const report = scan(join(REPO, 'examples', example));
  return {
    ...report,
    root: `examples/${example}`,
    stats: { ...report.stats, durationMs: 42, scannedAt: '2026-01-05T09:00:00.000Z' },
  };
}

function expectGolden(name: string, actual: string) {
  const file = join(REPO, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('renderMarkdown', () => {
  it('matches the golden report for churn-service, with links to a commit', () => {
    const markdown = renderMarkdown(stableReport('churn-service'), {
      linkBase: 'https://github.com/acme/churn/blob/0123456789abcdef0123456789abcdef01234567/',
    });
    expectGolden('churn-service.md', markdown);
  });

  it('matches the golden report for churn-starter, without links', () => {
    expectGolden('churn-starter.md', renderMarkdown(stableReport('churn-starter')));
  });
});

describe('renderText', () => {
  it('matches the golden report for churn-service', () => {
    expectGolden('churn-service.txt', renderText(stableReport('churn-service'), { color: false }));
  });

  it('colours status marks only when asked', () => {
    const text = renderText(stableReport('churn-starter'), { color: true });
    expect(text).toContain('\u001b[32m✔\u001b[0m experiment-tracking');
    expect(text).toContain('\u001b[31m✘\u001b[0m pipeline-orchestration');
  });
});

describe('renderMarkdown for a large monorepo', () => {
  it('stays under GitHub’s comment limit and says what it cut', () => {
    const base = stableReport('churn-service');
    const manyEvidence = base.practices.map((practice) => ({
      ...practice,
      evidence: Array.from({ length: 400 }, (_, index) => ({
        ...(practice.evidence[0] ?? base.mlSignals[0]!),
        line: index + 1,
      })),
    }));
    const projects = Array.from({ length: 600 }, (_, index) => ({
      root: `services/model-${String(index).padStart(3, '0')}-with-a-long-descriptive-name`,
      isMlProject: true,
      practices: base.practices,
      score: base.score,
      points: base.points,
      phase: base.phase,
      advice: base.advice,
      notYet: base.notYet,
      notes: base.notes,
    }));
    const markdown = renderMarkdown({ ...base, practices: manyEvidence, projects });
    expect(markdown.length).toBeLessThan(65_536);
    expect(markdown).toContain('… and 500 more projects (all are in the JSON report).');
    expect(markdown).toContain('### MLOps maturity: phase 1 of 3, Foundations · score **79**/100');
    expect(markdown).toMatch(/too long for a comment|shortened to fit/);
  });
});
