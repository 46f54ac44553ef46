// The pull-request comment against golden files, and the limits a reader relies on (#15): what shows before
// a click stays under 1,500 characters, a non-ML repository gets no phase bar, every change names its cause.
// Update on purpose with UPDATE_GOLDEN=1, render with scripts/preview-comment.mjs and review the diff.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment-markdown.js';
import type { Report } from '../../src/report/model.js';
import { scan } from '../../src/scan.js';
import { compareReports } from '../../src/score/delta.js';

const REPO = join(import.meta.dirname, '..', '..');
const LINK_BASE = 'https://github.com/acme/churn/blob/0123456789abcdef0123456789abcdef01234567/';
const OPTIONS = {
  linkBase: LINK_BASE,
  marker: '<!-- mlops-maturity -->',
  summaryUrl: 'https://github.com/acme/churn/actions/runs/1234567890',
};
const scratch = mkdtempSync(join(tmpdir(), 'comment-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function stable(report: Report, name: string): Report {
  return { ...report, root: name, stats: { ...report.stats, durationMs: 42 } };
}

/** The example as the base, the example with `change` applied as the head of a pull request. */
function pullRequest(example: string, change: Record<string, (text: string) => string>): Report {
  const base = scan(join(REPO, 'examples', example));
  const head = join(scratch, `${example}-${Object.keys(change).join('-').replaceAll('/', '_')}`);
  cpSync(join(REPO, 'examples', example), head, { recursive: true });
  for (const [path, edit] of Object.entries(change)) {
    const file = join(head, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, edit(existsSync(file) ? readFileSync(file, 'utf8') : ''));
  }
  const report = scan(head);
  return stable({ ...report, delta: compareReports(base, report) }, `examples/${example}`);
}

function expectGolden(name: string, actual: string) {
  const file = join(REPO, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The body without its <details> blocks (nested ones too): what a reader sees before a click. */
function outsideDetails(body: string): string {
  let depth = 0;
  let outside = '';
  for (const piece of body.split(/(<details>|<\/details>)/)) {
    if (piece === '<details>') depth += 1;
    else if (piece === '</details>') depth -= 1;
    else if (depth === 0) outside += piece;
  }
  return outside;
}

const BROKEN_WORKFLOW = { '.github/workflows/broken.yml': () => 'on: [push\njobs: {\n' };

describe('the pull-request comment', () => {
  it('leads with the lost practice and the unpinned line that lost it (churn-service)', () => {
    const report = pullRequest('churn-service', {
      // Two of 18 unpinned: below the 90% the practice needs.
      'requirements.txt': (text) =>
        text.replace('annotated-types==0.7.0', 'annotated-types>=0.7').replace('anyio==4.9.0', 'anyio>=4'),
    });
    const body = renderComment(report, OPTIONS);
    expectGolden('comment-churn-service-unpinned.md', body);
    expect(body.split('\n')[1]).toBe(
      '**MLOps maturity phase 0 (was 1) · 72/100 (-7 in this PR) · next: reproducible environment for phase 1**',
    );
    expect(body).toContain(
      `- ❌ Lost \`reproducible-environment\`: [requirements.txt:7](${LINK_BASE}requirements.txt#L7) \`annotated-types>=0.7\` is not pinned`,
    );
    expect(outsideDetails(body).length).toBeLessThan(1_500);
  });

  it('names the broken file, keeps the score and says how far it could rise (churn-starter)', () => {
    const report = pullRequest('churn-starter', BROKEN_WORKFLOW);
    const body = renderComment(report, OPTIONS);
    expectGolden('comment-churn-starter-broken-workflow.md', body);
    expect(report.delta?.scoreChange).toBe(0);
    expect(body).toContain('· 38/100 (±0 in this PR) ·');
    expect(body).toContain(
      `[.github/workflows/broken.yml:2](${LINK_BASE}.github/workflows/broken.yml#L2) could not be read`,
    );
    expect(body).toMatch(
      /❔ Unknown practices count as not met; with that file fixed the score could reach \d+\./,
    );
    expect(outsideDetails(body).length).toBeLessThan(1_500);
  });

  it('lowers churn-service’s score when a broken file hides its CI', () => {
    const report = pullRequest('churn-service', {
      '.github/workflows/ci.yml': (text) => `${text}on: [push\njobs: {\n`,
    });
    expect(report.delta?.scoreChange).toBeLessThan(0);
    const body = renderComment(report, OPTIONS);
    expect(body).toContain('- ❔ Lost `ci-cd`; ');
    expect(outsideDetails(body).length).toBeLessThan(1_500);
  });

  it('shows no phase bar and no phase for a repository without ML', () => {
    const root = join(scratch, 'web-app');
    cpSync(join(REPO, 'examples', 'churn-service', 'Dockerfile'), join(root, 'Dockerfile'));
    writeFileSync(join(root, 'requirements.txt'), 'fastapi==0.115.0\nuvicorn==0.30.0\n');
    writeFileSync(
      join(root, 'app.py'),
      'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/health")\ndef health():\n    return {}\n',
    );
    const report = stable(scan(root), 'web-app');
    const body = renderComment(report, OPTIONS);
    expectGolden('comment-not-ml.md', body);
    expect(body).not.toMatch(/▶|Ad hoc|phase \d/i);
    expect(body.split('\n')[1]).toBe(
      '**MLOps maturity: not an ML project** · no score (no ML library or ML tool was found)',
    );
  });

  it('keeps what shows before a click under 1,500 characters when a pull request changes every practice', () => {
    const head = stable(scan(join(REPO, 'examples', 'churn-service')), 'examples/churn-service');
    const empty = { score: 0, phase: { current: 0 }, practices: [] };
    const body = renderComment({ ...head, delta: compareReports(empty, head) }, OPTIONS);
    expect(outsideDetails(body).length).toBeLessThan(1_500);
    expect(body).toMatch(/- … and \d+ more \(in the full report below\)/);
  });

  it('says when the change against the base is not known', () => {
    const head = stable(scan(join(REPO, 'examples', 'churn-starter')), 'examples/churn-starter');
    const body = renderComment(
      { ...head, delta: { available: false, note: 'Set fetch-depth: 0 on actions/checkout.' } },
      OPTIONS,
    );
    expect(body.split('\n')[1]).toContain('· 38/100 (change not known) ·');
    expect(body).toContain(
      '_Change against the base branch: not known. Set fetch-depth: 0 on actions/checkout._',
    );
  });

  it('links the job summary and keeps the full report inside <details>', () => {
    const head = stable(scan(join(REPO, 'examples', 'churn-service')), 'examples/churn-service');
    const body = renderComment(head, OPTIONS);
    expect(body).toContain('[Job summary](https://github.com/acme/churn/actions/runs/1234567890) · <sub>');
    expect(outsideDetails(body)).not.toContain('Experiments are tracked');
    expect(body).toContain('<details><summary>Full report: every practice, evidence, next steps</summary>');
  });
});
