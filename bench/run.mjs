// The benchmark: the CLI against its floors, and delta mode against one scan, each row with its bar.
// Usage: node bench/run.mjs [--rounds N] [--sizes 100000[,10000]] [--real [MIRROR_ROOT] | --no-real]
//                           [--repo PATH ...]
//  - synthetic trees (bench/generate.mjs): scan / ripgrep floor and the scan's peak RSS;
//  - real repositories (exported from mirrors by bench/export-real.mjs, or --repo): scan / Node floor;
//  - every tree with a HEAD~1: delta (head and base) / one scan.
// Rounds are interleaved; each round's ratio is computed within the round and the median ratio reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CANDIDATE_GLOBS, MAX_NOTEBOOK_BYTES, ruleWords } from './candidates.mjs';
import { exportRepo, REAL_REPOS } from './export-real.mjs';
import { benchRollup } from './rollup.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repoRoot, 'dist', 'cli', 'index.js');
const nodeFloor = join(repoRoot, 'bench', 'floor-node.mjs');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const rounds = Number(option('--rounds', '5'));
const sizes = option('--sizes', '100000').split(',').filter(Boolean).map(Number);
const extraRepos = args.flatMap((arg, index) => (args[index - 1] === '--repo' ? [resolve(arg)] : []));
const realIndex = args.indexOf('--real');
const mirrorRoot =
  realIndex !== -1 && args[realIndex + 1] && !args[realIndex + 1].startsWith('--')
    ? resolve(args[realIndex + 1])
    : '/work/.mirror';
const wantReal = !args.includes('--no-real');
const workDir = join(repoRoot, '.bench');

const BARS = { rg: 1.5, rssMiB: 200, nodeFloor: 2.5, delta: 1.3 };

for (const tool of ['rg', '/usr/bin/time', 'git']) {
  if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).error) {
    console.error(`bench: ${tool} is needed (apt-get install -y ripgrep time git).`);
    process.exit(2);
  }
}
if (!existsSync(cli)) {
  console.error('bench: dist/cli/index.js is missing; run `npm run build` first.');
  process.exit(2);
}

mkdirSync(workDir, { recursive: true });
const patterns = join(workDir, 'patterns.txt');
writeFileSync(
  patterns,
  `${ruleWords(repoRoot)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\n')}\n`,
);
const rgArgs = [
  '--no-unicode',
  '-l',
  '--hidden',
  '-g',
  '!.git',
  '--max-filesize',
  String(MAX_NOTEBOOK_BYTES),
  ...CANDIDATE_GLOBS.flatMap((glob) => ['-g', glob]),
  '-f',
  patterns,
  '.',
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
  if (result.status !== 0 && command !== 'rg') {
    console.error(
      `bench: ${command} ${commandArgs.join(' ')} in ${cwd} failed:\n${result.stderr.slice(-2000)}`,
    );
    process.exit(1);
  }
  return { seconds, rssMiB: rssKiB / 1024, stdout: result.stdout };
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
  return missing.length + invented.length === 0;
}

/** Times one tree in interleaved rounds and returns its measurements. */
function measure(tree, { rg, node }) {
  const scanArgs = [cli, 'scan', '.', '--format', 'json'];
  const hasBase = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD~1'], { cwd: tree }).status === 0;
  const runs = { scan: [], rg: [], node: [], delta: [] };
  let report;
  // One warm-up of each, then interleaved rounds.
  timed('node', scanArgs, tree);
  if (rg) timed('rg', rgArgs, tree);
  if (node) timed('node', [nodeFloor, patterns], tree);
  for (let round = 0; round < rounds; round += 1) {
    const scanRun = timed('node', scanArgs, tree);
    runs.scan.push(scanRun);
    report = JSON.parse(scanRun.stdout);
    if (rg) runs.rg.push(timed('rg', rgArgs, tree));
    if (node) runs.node.push(timed('node', [nodeFloor, patterns], tree));
    if (hasBase) runs.delta.push(timed('node', [...scanArgs, '--base', 'HEAD~1'], tree));
  }
  const ratio = (name) =>
    runs[name].length ? median(runs[name].map((run, index) => run.seconds / runs.scan[index].seconds)) : null;
  return {
    report,
    scanSeconds: median(runs.scan.map((run) => run.seconds)),
    rgSeconds: rg ? median(runs.rg.map((run) => run.seconds)) : null,
    nodeSeconds: node ? median(runs.node.map((run) => run.seconds)) : null,
    // scan / floor: the inverse of each round's floor / scan.
    overRg: rg ? median(runs.rg.map((run, index) => runs.scan[index].seconds / run.seconds)) : null,
    overNode: node ? median(runs.node.map((run, index) => runs.scan[index].seconds / run.seconds)) : null,
    delta: ratio('delta'),
    deltaSeconds: hasBase ? median(runs.delta.map((run) => run.seconds)) : null,
    rssMiB: Math.max(...runs.scan.map((run) => run.rssMiB)),
    deltaRssMiB: hasBase ? Math.max(...runs.delta.map((run) => run.rssMiB)) : null,
  };
}

const rows = [];
const row = (tree, files, measureName, value, bar, note = '') =>
  rows.push({
    tree,
    files,
    measure: measureName,
    value: value === null ? '-' : value < 10 ? value.toFixed(2) : value.toFixed(0),
    bar: bar === null ? '' : `≤ ${bar}`,
    ok: bar === null || value === null ? '' : value <= bar ? '✓' : '✗',
    note,
  });
const seconds = (value) => (value === null ? '-' : `${value.toFixed(2)} s`);

for (const size of sizes) {
  const tree = join(workDir, `mono-${size}`);
  // A tree made by another version of the generator is made again: its shape is what is measured.
  const generator = join(repoRoot, 'bench', 'generate.mjs');
  const made = `${tree}.generator`;
  const version = createHash('sha256').update(readFileSync(generator)).digest('hex');
  if (!existsSync(join(tree, '.git')) || !existsSync(made) || readFileSync(made, 'utf8') !== version) {
    execFileSync(process.execPath, [generator, tree, String(size)], { stdio: 'inherit' });
    writeFileSync(made, version);
  }
  const expected = JSON.parse(readFileSync(`${tree}.expected.json`, 'utf8'));
  const m = measure(tree, { rg: true, node: true });
  const label = `synthetic ${size}`;
  const files = m.report.stats.filesListed;
  const planted = checkFindings(m.report, expected, label) ? 'findings as planted' : 'findings WRONG';
  row(
    label,
    files,
    'scan / ripgrep floor',
    m.overRg,
    BARS.rg,
    `scan ${seconds(m.scanSeconds)}, rg ${seconds(m.rgSeconds)}; ${planted}`,
  );
  row(
    label,
    files,
    'scan peak RSS MiB',
    m.rssMiB,
    BARS.rssMiB,
    `delta peak RSS ${m.deltaRssMiB?.toFixed(0) ?? '-'} MiB`,
  );
  row(label, files, 'delta / scan', m.delta, BARS.delta, `delta ${seconds(m.deltaSeconds)}`);
  row(label, files, 'scan / Node floor (info)', m.overNode, null, `Node floor ${seconds(m.nodeSeconds)}`);
}

const realTrees = [];
if (wantReal) {
  for (const repo of REAL_REPOS) {
    const dir = exportRepo(mirrorRoot, join(workDir, 'real'), repo);
    if (dir) realTrees.push({ dir, label: `${repo.name} (${repo.kind})` });
    else console.error(`bench: no mirror ${repo.mirror} under ${mirrorRoot}; its rows are left out.`);
  }
}
for (const dir of extraRepos) realTrees.push({ dir, label: basename(dir) });
for (const { dir, label } of realTrees) {
  const m = measure(dir, { rg: true, node: true });
  const files = m.report.stats.filesListed;
  const practices = `${m.report.practices.filter((p) => p.status === 'pass').length} practices pass`;
  row(
    label,
    files,
    'scan / Node floor',
    m.overNode,
    BARS.nodeFloor,
    `scan ${seconds(m.scanSeconds)}, Node floor ${seconds(m.nodeSeconds)}; ${practices}`,
  );
  row(
    label,
    files,
    'delta / scan',
    m.delta,
    m.delta === null ? null : BARS.delta,
    m.delta === null ? 'no HEAD~1' : `delta ${seconds(m.deltaSeconds)}`,
  );
  row(
    label,
    files,
    'scan / ripgrep floor (info)',
    m.overRg,
    null,
    `rg ${seconds(m.rgSeconds)}, peak RSS ${m.rssMiB.toFixed(0)} MiB`,
  );
}

// The organisation roll-up over 5,000 full-size reports: a whole process, worst of the rounds.
const rollup = benchRollup({ rounds });
row(
  `rollup of ${rollup.reports} reports`,
  rollup.reports,
  'worst seconds',
  rollup.worst,
  rollup.bar,
  `median ${seconds(rollup.seconds)} (markdown, json and csv each round)`,
);

const header = ['tree', 'files', 'measure', 'value', 'bar', 'ok', 'note'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const entry of rows) console.log(`| ${header.map((key) => entry[key]).join(' | ')} |`);
console.log(
  `\n${rounds} rounds per tree after one warm-up, interleaved; ratios are medians of per-round ratios. Node ${process.version}.`,
);
if (droppedCaCerts) {
  console.log('NODE_EXTRA_CA_CERTS was set here and is left out of the timed runs, as on a GitHub runner.');
}
if (rows.some((entry) => entry.ok === '✗')) console.log('Some bars are not met (✗).');
