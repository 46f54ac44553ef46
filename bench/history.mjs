// The maturity timeline against one scan: `history --max-commits N` of a real repository must cost at
// most BAR times `scan` of it (issue #17), since unchanged files are read and extracted once.
// Usage: node bench/history.mjs --repo PATH [--commits 100] [--rounds 5]
// PATH is a git clone with its history and a checked-out work tree (the scan reads the work tree, the
// history git objects). Rounds are interleaved; each round's ratio is taken within it, the median reported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BAR = 3;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repoRoot, 'dist', 'cli', 'index.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const repo = option('--repo');
const commits = Number(option('--commits', '100'));
const rounds = Number(option('--rounds', '5'));
if (!repo || !Number.isInteger(commits) || commits < 1 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('Usage: node bench/history.mjs --repo PATH [--commits 100] [--rounds 5]');
  process.exit(2);
}
if (spawnSync('/usr/bin/time', ['--version'], { stdio: 'ignore' }).error) {
  console.error('bench: /usr/bin/time is needed (apt-get install time).');
  process.exit(2);
}

// A GitHub runner sets no NODE_EXTRA_CA_CERTS; with it, every Node process parses a certificate file.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const scratch = mkdtempSync(join(tmpdir(), 'bench-history-'));

/** Runs the CLI once: wall seconds, CPU seconds (user + system) and peak RSS from /usr/bin/time. */
function timed(cliArgs) {
  const timeFile = join(scratch, 'time.txt');
  const result = spawnSync(
    '/usr/bin/time',
    ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, cli, ...cliArgs],
    {
      env,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    console.error(`bench: mlops-maturity ${cliArgs.join(' ')} failed:\n${result.stderr}`);
    process.exit(1);
  }
  const [wall, user, system, rssKb] = readFileSync(timeFile, 'utf8')
    .trim()
    .split('\n')
    .at(-1)
    .split(' ')
    .map(Number);
  return { wall, cpu: user + system, rssMib: rssKb / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const scanArgs = ['scan', resolve(repo), '--format', 'json', '--output', join(scratch, 'scan.json')];
const historyOutput = join(scratch, 'history.json');
const historyArgs = [
  'history',
  resolve(repo),
  '--max-commits',
  String(commits),
  '--format',
  'json',
  '--output',
  historyOutput,
];
// One warm-up of each, so both start from a warm page cache.
timed(scanArgs);
timed(historyArgs);
const scans = [];
const histories = [];
for (let round = 0; round < rounds; round += 1) {
  scans.push(timed(scanArgs));
  histories.push(timed(historyArgs));
}
const timeline = JSON.parse(readFileSync(historyOutput, 'utf8'));
const scan = JSON.parse(readFileSync(join(scratch, 'scan.json'), 'utf8'));
rmSync(scratch, { recursive: true, force: true });

const wallRatio = median(histories.map((run, index) => run.wall / scans[index].wall));
const cpuRatio = median(histories.map((run, index) => run.cpu / scans[index].cpu));
console.log(
  `repository: ${repo} (${scan.stats.filesListed} files listed); ${timeline.commits} commits scored, ${timeline.commitsAssessed} assessed again; ${rounds} rounds`,
);
console.log(
  `scan: ${median(scans.map((run) => run.wall)).toFixed(2)} s wall, ${median(scans.map((run) => run.cpu)).toFixed(2)} s CPU, ${median(scans.map((run) => run.rssMib)).toFixed(0)} MiB`,
);
console.log(
  `history: ${median(histories.map((run) => run.wall)).toFixed(2)} s wall, ${median(histories.map((run) => run.cpu)).toFixed(2)} s CPU, ${median(histories.map((run) => run.rssMib)).toFixed(0)} MiB`,
);
console.log(
  `history ${timeline.commits} commits / one scan: ${wallRatio.toFixed(2)} ${wallRatio <= BAR ? '✓' : '✗'} (bar ${BAR}; CPU time ratio ${cpuRatio.toFixed(2)})`,
);
process.exitCode = wallRatio <= BAR ? 0 : 1;
