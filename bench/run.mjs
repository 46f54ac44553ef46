// The benchmark: our CLI against the ripgrep floor on the same tree, and delta mode against one scan.
// Usage: node bench/run.mjs [--rounds N] [--sizes 10000,100000] [--repo PATH ...]
// Rounds are interleaved; each round's ratio is computed within the round and the median ratio reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repoRoot, 'dist', 'cli', 'index.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const rounds = Number(option('--rounds', '5'));
const sizes = option('--sizes', '10000,100000').split(',').filter(Boolean).map(Number);
const extraRepos = args.flatMap((arg, index) => (args[index - 1] === '--repo' ? [resolve(arg)] : []));
const workDir = join(repoRoot, '.bench');

for (const tool of ['rg', '/usr/bin/time', 'git']) {
  if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).error) {
    console.error(`bench: ${tool} is needed (apt-get install ripgrep time git).`);
    process.exit(2);
  }
}

/** The strings our rules look for, as the floor's pattern file: the same work, done by ripgrep. */
function writePatterns() {
  const words = new Set();
  for (const file of readdirSync(join(repoRoot, 'rules')).filter(
    (name) => name.endsWith('.yml') && !name.startsWith('_'),
  )) {
    const rule = parse(readFileSync(join(repoRoot, 'rules', file), 'utf8'));
    for (const detector of rule.detect) {
      for (const field of ['imports', 'dependencies', 'images', 'commands', 'manifests']) {
        for (const value of detector[field] ?? [])
          words.add(value.split('/').at(-1).split('.')[0].replace(/[*]/g, ''));
      }
    }
  }
  words.delete('');
  const path = join(workDir, 'patterns.txt');
  writeFileSync(
    path,
    `${[...words]
      .sort()
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\n')}\n`,
  );
  return path;
}

// The files our extractors claim, as ripgrep globs.
const CANDIDATE_GLOBS = [
  '*.py',
  '*.ipynb',
  '*requirements*.txt',
  'requirements/*',
  '*.toml',
  'setup.cfg',
  'Pipfile',
  '*.yml',
  '*.yaml',
  'Dockerfile*',
  'Containerfile*',
  '*.dvc',
  '.dvc/config',
  'Makefile',
  '*.mk',
  '*.sh',
  'Jenkinsfile*',
  '.gitattributes',
  'MLproject',
  'config.properties',
  '*.pbtxt',
  '*dashboard*.json',
  '*grafana*/**/*.json',
];

// Runs get the environment of a GitHub runner, which sets no NODE_EXTRA_CA_CERTS: with it set, Node loads
// and parses that certificate file at every start (about 30 ms here), though a scan opens no connection.
const runEnv = { ...process.env };
const droppedCaCerts = runEnv.NODE_EXTRA_CA_CERTS !== undefined;
delete runEnv.NODE_EXTRA_CA_CERTS;

function timed(command, commandArgs, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: runEnv,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssKiB = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds, rssMiB: rssKiB / 1024, stdout: result.stdout, status: result.status };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function checkFindings(report, expected, label) {
  const found = new Set(report.practices.flatMap((practice) => practice.tools));
  const missing = expected.mustFind.filter((tool) => !found.has(tool));
  const invented = expected.mustNotFind.filter((tool) => found.has(tool));
  if (missing.length > 0 || invented.length > 0) {
    console.error(
      `${label}: the scan missed ${missing.join(', ') || 'nothing'} and invented ${invented.join(', ') || 'nothing'}.`,
    );
    process.exitCode = 1;
  }
  return { missing, invented };
}

function bench(label, tree, expected) {
  const patterns = writePatterns();
  const rgArgs = [
    '--no-unicode',
    '-l',
    '--hidden',
    '-g',
    '!.git',
    '--max-filesize',
    '1M',
    ...CANDIDATE_GLOBS.flatMap((glob) => ['-g', glob]),
    '-f',
    patterns,
    '.',
  ];
  const hasBase = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD~1'], { cwd: tree }).status === 0;
  const ours = [];
  const floor = [];
  const delta = [];
  const nodeStarts = [];
  let report;
  let deltaReport;
  // One warm-up of each, then interleaved rounds.
  timed('node', [cli, 'scan', '.', '--format', 'json'], tree);
  timed('rg', rgArgs, tree);
  for (let round = 0; round < rounds; round += 1) {
    const scanRun = timed('node', [cli, 'scan', '.', '--format', 'json'], tree);
    const rgRun = timed('rg', rgArgs, tree);
    nodeStarts.push(timed('node', ['-e', '0'], tree));
    ours.push(scanRun);
    floor.push(rgRun);
    report = JSON.parse(scanRun.stdout);
    if (hasBase) {
      const deltaRun = timed('node', [cli, 'scan', '.', '--format', 'json', '--base', 'HEAD~1'], tree);
      delta.push(deltaRun);
      deltaReport = JSON.parse(deltaRun.stdout);
    }
  }
  const scanRatio = median(ours.map((run, index) => run.seconds / floor[index].seconds));
  const deltaRatio = hasBase ? median(delta.map((run, index) => run.seconds / ours[index].seconds)) : null;
  const check = expected ? checkFindings(report, expected, label) : null;
  return {
    tree: label,
    files: report.stats.filesListed,
    'scan s': median(ours.map((run) => run.seconds)).toFixed(2),
    'rg s': median(floor.map((run) => run.seconds)).toFixed(2),
    'node -e 0 s': median(nodeStarts.map((run) => run.seconds)).toFixed(2),
    'scan/rg': scanRatio.toFixed(2),
    'delta/scan': deltaRatio === null ? '-' : deltaRatio.toFixed(2),
    'scan RSS MiB': Math.max(...ours.map((run) => run.rssMiB)).toFixed(0),
    'delta RSS MiB': delta.length ? Math.max(...delta.map((run) => run.rssMiB)).toFixed(0) : '-',
    'read files': report.stats.filesRead,
    findings: check
      ? check.missing.length + check.invented.length === 0
        ? 'as planted'
        : 'WRONG'
      : `${report.practices.filter((p) => p.status === 'pass').length} practices pass`,
    'delta note': deltaReport?.delta?.available === false ? deltaReport.delta.note : '',
  };
}

mkdirSync(workDir, { recursive: true });
const rows = [];
for (const size of sizes) {
  const tree = join(workDir, `mono-${size}`);
  if (!existsSync(join(tree, '.git'))) {
    execFileSync(process.execPath, [join(repoRoot, 'bench', 'generate.mjs'), tree, String(size)], {
      stdio: 'inherit',
    });
  }
  const expected = JSON.parse(readFileSync(`${tree}.expected.json`, 'utf8'));
  rows.push(bench(`synthetic ${size}`, tree, expected));
}
for (const repo of extraRepos) rows.push(bench(repo.split('/').at(-1), repo));
console.table(rows);
console.log(
  `${rounds} rounds per tree; ratios are medians of per-round ratios (same machine, same page cache).`,
);
if (droppedCaCerts) {
  console.log('NODE_EXTRA_CA_CERTS was set here and is left out of the timed runs, as on a GitHub runner.');
}
