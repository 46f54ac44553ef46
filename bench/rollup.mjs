// Times `mlops-maturity rollup` over 5,000 per-repository reports (the organisation roll-up's bar: a few
// seconds). The reports are variations of a real scan of examples/churn-service, so each is full size.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'churn-service');
const COUNT = Number(process.env.ROLLUP_REPORTS ?? 5000);
const BAR_SECONDS = 3;

export function benchRollup({ rounds = 3 } = {}) {
  const folder = join(import.meta.dirname, '..', '.bench', 'rollup-reports');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const base = JSON.parse(
    execFileSync(process.execPath, [CLI, 'scan', EXAMPLE, '--format', 'json'], {
      encoding: 'utf8',
    }),
  );
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let index = 0; index < COUNT; index += 1) {
    const practices = base.practices.map((practice) => ({
      ...practice,
      status: random() < 0.4 ? 'fail' : practice.status,
    }));
    const report = {
      ...base,
      practices,
      score: Math.floor(random() * 101),
      phase: { ...base.phase, current: Math.floor(random() * 4) },
      stats: {
        ...base.stats,
        scannedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 180))).toISOString(),
      },
    };
    writeFileSync(join(folder, `org-${index % 50}__repo-${index}.json`), JSON.stringify(report));
  }
  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const format of ['markdown', 'json', 'csv']) {
      const started = performance.now();
      const run = spawnSync(process.execPath, [CLI, 'rollup', folder, '--format', format], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      if (run.status !== 0) throw new Error(`rollup failed: ${run.stderr}`);
      if (format === 'json' && JSON.parse(run.stdout).repositories.length !== COUNT)
        throw new Error('rollup lost reports');
      times.push({ format, seconds: (performance.now() - started) / 1000 });
    }
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const seconds = median(times.filter((time) => time.format === 'markdown').map((time) => time.seconds));
  const worst = Math.max(...times.map((time) => time.seconds));
  return { reports: COUNT, seconds, worst, bar: BAR_SECONDS, passed: worst <= BAR_SECONDS };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = benchRollup();
  console.log(
    `| rollup | ${result.reports} reports | median ${result.seconds.toFixed(2)} s, worst ${result.worst.toFixed(2)} s | ≤ ${result.bar} s | ${result.passed ? '✓' : '✗'} |`,
  );
}
