import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/usage-error.js';
import type { Rollup } from '../../src/rollup/rollup.js';
import { runRollup } from '../../src/rollup/rollup-command.js';

const NOW = new Date('2026-06-30T12:00:00Z');
const PRACTICES = ['experiment-tracking', 'data-versioning', 'ci-cd', 'model-serving'];

interface Made {
  score: number | null;
  phase: number;
  failing?: string[];
  ml?: boolean;
  scannedAt?: string;
  lost?: string[];
}

function report(made: Made) {
  return {
    schemaVersion: 1,
    tool: { name: 'mlops-maturity', version: '0.1.0' },
    root: '.',
    isMlProject: made.ml ?? true,
    score: made.score,
    phase: { current: made.phase, name: 'x', next: null, nextName: null, missing: [] },
    practices: PRACTICES.map((id) => ({
      id,
      title: `Title of ${id}`,
      status: (made.failing ?? []).includes(id) ? 'fail' : 'pass',
    })),
    ...(made.lost ? { delta: { available: true, lost: made.lost } } : {}),
    stats: {
      scannedAt: made.scannedAt ?? '2026-06-29T08:00:00Z',
      filesListed: 1,
      filesRead: 1,
      bytesRead: 1,
      durationMs: 1,
    },
  };
}

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'rollup-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: unknown) {
  const path = join(folder, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
}

function rollup(...args: string[]): string {
  let out = '';
  const code = runRollup(args, { stdout: { write: (text: string) => (out += text) }, now: NOW });
  expect(code).toBe(0);
  return out;
}

describe('rollup', () => {
  it('counts phases, the practices missing most, errors and stale reports', () => {
    write('acme__churn.json', report({ score: 80, phase: 2, failing: ['model-serving'] }));
    write('acme__fraud.json', report({ score: 40, phase: 1, failing: ['model-serving', 'ci-cd'] }));
    write(
      'nested/acme__old.json',
      report({ score: 10, phase: 0, failing: ['ci-cd', 'model-serving'], scannedAt: '2026-01-01T00:00:00Z' }),
    );
    write('acme__website.json', report({ score: null, phase: 0, ml: false, failing: ['ci-cd'] }));
    write('broken.json', '{ not json');
    write('other.json', { hello: 'world' });
    write('bad-score.json', { ...report({ score: 80, phase: 1 }), score: 'high' });

    const result: Rollup = JSON.parse(rollup(folder, '--format', 'json'));
    expect(result.repositories.map((repo) => repo.name)).toEqual([
      'acme/churn',
      'acme/fraud',
      'acme/old',
      'acme/website',
    ]);
    expect(result.phases).toEqual([1, 1, 1, 0]);
    expect(result.notMl).toBe(1);
    // The non-ML repository's failing ci-cd is not counted: it has no MLOps to miss.
    expect(result.missingMost).toEqual([
      { practice: 'model-serving', title: 'Title of model-serving', count: 3, share: 1 },
      { practice: 'ci-cd', title: 'Title of ci-cd', count: 2, share: 2 / 3 },
    ]);
    expect(result.repositories.filter((repo) => repo.stale).map((repo) => repo.name)).toEqual(['acme/old']);
    expect(result.errors.map((error) => [error.file.slice(folder.length + 1), error.message])).toEqual([
      ['bad-score.json', 'score must be a number from 0 to 100 or null'],
      ['broken.json', 'not valid JSON'],
      ['other.json', 'not an mlops-maturity report (schemaVersion 1 expected)'],
    ]);
  });

  it('shows the change since the previous roll-up and who regressed', () => {
    write('acme__churn.json', report({ score: 80, phase: 2 }));
    write('acme__fraud.json', report({ score: 40, phase: 1 }));
    write('acme__new.json', report({ score: 55, phase: 1, lost: ['ci-cd'] }));
    const previousFile = join(folder, '..', `${folder.split('/').pop()}-previous.json`);
    writeFileSync(
      previousFile,
      JSON.stringify({
        repositories: [
          { name: 'acme/churn', isMlProject: true, score: 70, phase: 1 },
          { name: 'acme/fraud', isMlProject: true, score: 60, phase: 2 },
        ],
      }),
    );
    try {
      const result: Rollup = JSON.parse(rollup(folder, '--format', 'json', '--previous', previousFile));
      const byName = Object.fromEntries(result.repositories.map((repo) => [repo.name, repo]));
      expect(byName['acme/churn']).toMatchObject({ scoreChange: 10, phaseChange: 1, regressed: false });
      expect(byName['acme/fraud']).toMatchObject({
        scoreChange: -20,
        phaseChange: -1,
        regressed: true,
        regressions: ['score 60 → 40', 'phase 2 → 1'],
      });
      expect(byName['acme/new']).toMatchObject({
        scoreChange: null,
        regressed: true,
        regressions: ['lost ci-cd'],
      });
      const markdown = rollup(folder, '--previous', previousFile);
      expect(markdown).toContain('- acme/fraud: score 60 → 40; phase 2 → 1');
      expect(markdown).toContain('| acme/churn | 2 | 80 | +10 | 2026-06-29 |');
    } finally {
      rmSync(previousFile, { force: true });
    }
  });

  it('keeps the newest report when a repository has two', () => {
    write('a/acme__churn.json', report({ score: 50, phase: 1, scannedAt: '2026-06-01T00:00:00Z' }));
    write('b/acme__churn.json', report({ score: 60, phase: 1, scannedAt: '2026-06-20T00:00:00Z' }));
    const result: Rollup = JSON.parse(rollup(folder, '--format', 'json'));
    expect(result.repositories).toHaveLength(1);
    expect(result.repositories[0]?.score).toBe(60);
    expect(result.superseded).toEqual([join(folder, 'a', 'acme__churn.json')]);
  });

  it('writes CSV that no spreadsheet runs as a formula', () => {
    write('=HYPERLINK("http-evil")__x.json', report({ score: 50, phase: 1, failing: ['ci-cd'] }));
    write('acme__churn.json', report({ score: 80, phase: 2 }));
    const csv = rollup(folder, '--format', 'csv');
    expect(csv.split('\r\n')).toEqual([
      'repository,ml,phase,score,score_change,phase_change,regressed,stale,scanned_at,missing',
      `"'=HYPERLINK(""http-evil"")/x",true,1,50,,,false,false,2026-06-29T08:00:00.000Z,ci-cd`,
      'acme/churn,true,2,80,,,false,false,2026-06-29T08:00:00.000Z,',
      '',
    ]);
  });

  it('escapes names from reports in Markdown', () => {
    write('x.json', {
      ...report({ score: 50, phase: 1 }),
      source: { repository: 'acme/`evil`|x <img src=x>\n# 100' },
    });
    const markdown = rollup(folder);
    // The newline shows as \n, so no heading can start in the table.
    expect(markdown).toContain('| acme/\\`evil\\`\\|x &lt;img src=x&gt;\\\\n# 100 | 1 | 50 | – |');
    expect(markdown).not.toContain('\n# 100');
  });

  it('rejects bad arguments with one line naming the fix', () => {
    expect(() => runRollup([], { stdout: { write: () => 0 } })).toThrow(
      new UsageError('rollup needs report files or folders. Run mlops-maturity rollup --help.'),
    );
    expect(() => runRollup([join(folder, 'missing')], { stdout: { write: () => 0 } })).toThrow(
      /does not exist. Give report files or folders of them/,
    );
    write('a.json', report({ score: 1, phase: 0 }));
    expect(() => runRollup([folder, '--stale-days', '0x10'], { stdout: { write: () => 0 } })).toThrow(
      new UsageError('--stale-days must be a whole number of days, got "0x10".'),
    );
    expect(() => runRollup([folder, '--format', 'xml'], { stdout: { write: () => 0 } })).toThrow(
      /--format must be one of/,
    );
    write('prev.txt', 'nope');
    expect(() =>
      runRollup([join(folder, 'a.json'), '--previous', join(folder, 'prev.txt')], {
        stdout: { write: () => 0 },
      }),
    ).toThrow(/--previous .*prev.txt: not valid JSON/);
  });
});
