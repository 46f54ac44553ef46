// Lines made to make a reader quadratic: a regular expression that tries every blank of a long run as a
// start (`/\s+#.*$/`), or a parser that quotes the line for each of its errors. Every reader must be
// linear in the length of a line; before, each of these lines alone kept a scan busy for minutes.
import { describe, expect, it } from 'vitest';
import { runCli, useHostileTrees } from './hostile-tree.js';

const hostile = useHostileTrees();
const LENGTH = 300_000;
const blanks = ' '.repeat(LENGTH);
const LINES: Record<string, string> = {
  blanks: `${blanks}x`,
  inner: `a${blanks}x`,
  tabs: `${'\t'.repeat(LENGTH)}x`,
  bracket: `[${blanks}`,
  url: `url =${blanks}x`,
  key: `a =${blanks}x`,
  kind: `kind: a${blanks}x`,
  quotes: '"'.repeat(LENGTH),
  slashes: '/'.repeat(LENGTH),
};

const FILES = [
  'requirements.txt',
  'requirements-dev.in',
  'setup.cfg',
  '.dvc/config',
  'chart/templates/deployment.yaml',
  'deploy/app.yaml',
  'environment.yml',
  '.gitlab-ci.yml',
  'docker-compose.yml',
  '.github/workflows/ci.yml',
  'dvc.yaml',
  'Dockerfile',
  'Makefile',
  'pyproject.toml',
];

describe('lines made to be slow to read', () => {
  it('are read in linear time by every reader, and the rest of the scan goes on', () => {
    // One line a file (each under the size cap), in a folder of its own: `blanks/requirements.txt`.
    const files = Object.entries(LINES).flatMap(([name, line]) =>
      FILES.map((file) => [`${name}/${file}`, `apiVersion: v1 {{\n${line}\nmlflow\n`]),
    );
    const tree = hostile(Object.fromEntries(files));
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.practices.find((p: { id: string }) => p.id === 'experiment-tracking').status).toBe('pass');
  });

  it('are read in linear time in the configuration, which is reported with its line', () => {
    // Under the configuration's 256 KiB cap; the parser took about 25 s on it before.
    const tree = hostile({ '.mlops-maturity.yml': `${'"'.repeat(200_000)}\n` });
    const run = runCli(['scan', tree.root], { timeoutMs: 10_000 });
    expect(run.code).toBe(2);
    expect(run.stderr, run.stderr.slice(0, 300)).toMatch(
      /^mlops-maturity: \.mlops-maturity\.yml:\d+: not valid YAML \(.{1,90}\)\. Fix the syntax\.\n$/,
    );
  });
});
