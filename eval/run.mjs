// The accuracy benchmark: scans each labelled repository of eval/corpus/ at its labelled commit with the
// built CLI and scores the practices it calls present against the labels.
// Usage: node eval/run.mjs [--mirrors DIR] [--repo owner/name ...] [--json]
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareRepo, labelProblem, PRACTICE_IDS, summarize } from './score.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(repoRoot, 'eval', 'corpus');
const cli = join(repoRoot, 'dist', 'cli', 'index.js');
const DEFAULT_MIRRORS = '/work/.mirror';
const PARALLEL_SCANS = 2;
// git archive's path arguments are split into runs of about this many characters.
const PATHSPEC_CHUNK_CHARS = 60_000;

const USAGE = `Usage: node eval/run.mjs [--mirrors DIR] [--repo owner/name ...] [--json]
  --mirrors DIR   where the bare mirrors are: DIR/<owner>+<name>/repo (default: $MLOPS_EVAL_MIRRORS or ${DEFAULT_MIRRORS})
  --repo R        score only this repository (repeat, or separate with commas)
  --json          print machine-readable results
Run npm run build first: the eval scans with dist/cli/index.js.`;

function fail(message, code) {
  console.error(`eval: ${message}`);
  process.exit(code);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        mirrors: { type: 'string' },
        repo: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return values;
  } catch (error) {
    return fail(`${error.message}\n${USAGE}`, 2);
  }
}

/** Terminal-safe text: control characters of scanned paths or details never reach the terminal. */
function plain(text) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: neutralising control characters is the point
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** Every label of the corpus, or the one-line problems of the invalid ones. */
function loadLabels() {
  const labels = [];
  const problems = [];
  const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((name) => name.endsWith('.json')) : [];
  for (const file of files.sort()) {
    const shown = `eval/corpus/${file}`;
    let label;
    try {
      label = JSON.parse(readFileSync(join(corpusDir, file), 'utf8'));
    } catch (error) {
      problems.push(`${shown}: not valid JSON (${error.message})`);
      continue;
    }
    const problem = labelProblem(label, file);
    if (problem) problems.push(`${shown}: ${problem}`);
    else labels.push(label);
  }
  return { labels, problems };
}

function isGitDir(path) {
  return existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'));
}

/** The bare mirror of a repository: DIR/<owner>+<name>/repo as fetched, or DIR/<owner>+<name> itself. */
function findMirror(mirrorsDir, repo) {
  const base = join(mirrorsDir, repo.replace('/', '+'));
  return [join(base, 'repo'), base].find(isGitDir) ?? null;
}

function git(gitDir, args, input) {
  return spawnSync('git', [`--git-dir=${gitDir}`, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
}

/** Runs `git archive` into `tar -x`, resolving when both have exited cleanly. */
function archiveInto(gitDir, commit, dest, pathspecs) {
  return new Promise((resolvePromise, reject) => {
    const archive = spawn(
      'git',
      [`--git-dir=${gitDir}`, 'archive', commit, ...(pathspecs ? ['--', ...pathspecs] : [])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const tar = spawn('tar', ['-x', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
    archive.stdout.pipe(tar.stdin);
    let archiveErr = '';
    let tarErr = '';
    archive.stderr.on('data', (chunk) => {
      archiveErr += chunk;
    });
    tar.stderr.on('data', (chunk) => {
      tarErr += chunk;
    });
    let pending = 2;
    const codes = {};
    const done = (name) => (code) => {
      codes[name] = code;
      pending -= 1;
      if (pending > 0) return;
      if (codes.archive === 0 && codes.tar === 0) resolvePromise();
      else
        reject(new Error(`export failed: ${(archiveErr || tarErr).trim().split('\n')[0] || 'no message'}`));
    };
    archive.on('error', reject);
    tar.on('error', reject);
    archive.on('close', done('archive'));
    tar.on('close', done('tar'));
  });
}

/**
 * Writes the commit's tree into dest. A mirror lacks its largest blobs, and git archive stops at the first
 * missing one, so when some are missing only the present files are archived, in chunks of paths.
 */
async function exportTree(gitDir, commit, dest) {
  const listing = git(gitDir, ['ls-tree', '-r', '-z', commit]);
  if (listing.status !== 0) throw new Error(`git ls-tree failed: ${listing.stderr.trim().split('\n')[0]}`);
  const blobs = listing.stdout
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const tab = entry.indexOf('\t');
      const [, type, oid] = entry.slice(0, tab).split(' ');
      return { type, oid, path: entry.slice(tab + 1) };
    })
    .filter((entry) => entry.type === 'blob');
  const check = git(gitDir, ['cat-file', '--batch-check'], `${blobs.map((blob) => blob.oid).join('\n')}\n`);
  const missingIds = new Set(
    check.stdout
      .split('\n')
      .filter((line) => line.endsWith(' missing'))
      .map((line) => line.split(' ')[0]),
  );
  if (missingIds.size === 0) {
    await archiveInto(gitDir, commit, dest);
    return { files: blobs.length, missing: 0 };
  }
  const present = blobs.filter((blob) => !missingIds.has(blob.oid)).map((blob) => `:(literal)${blob.path}`);
  for (let start = 0; start < present.length; ) {
    let end = start;
    let size = 0;
    while (end < present.length && (end === start || size + present[end].length < PATHSPEC_CHUNK_CHARS)) {
      size += present[end].length + 1;
      end += 1;
    }
    await archiveInto(gitDir, commit, dest, present.slice(start, end));
    start = end;
  }
  return { files: present.length, missing: blobs.length - present.length };
}

/**
 * Makes the export a git work tree of one commit holding every exported file, so the scan lists files as
 * it does in CI (git's listing): a committed file that the repository's own .gitignore matches (a lock
 * file, say) is still scanned, as it would be on the real checkout.
 */
async function commitExport(dir) {
  const run = (...args) =>
    new Promise((resolvePromise, reject) =>
      execFile(
        'git',
        [
          '-c',
          'user.name=eval',
          '-c',
          'user.email=eval@localhost',
          '-c',
          'core.hooksPath=/dev/null',
          ...args,
        ],
        { cwd: dir, maxBuffer: 1 << 26 },
        (error, _stdout, stderr) =>
          error
            ? reject(new Error(`git ${args[0]} failed: ${String(stderr).trim().split('\n')[0]}`))
            : resolvePromise(),
      ),
    );
  await run('init', '-q');
  await run('add', '-f', '-A');
  await run('commit', '-q', '--no-verify', '-m', 'export');
}

function scanTree(dir) {
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [cli, 'scan', dir, '--format', 'json'],
      { maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`scan failed: ${String(stderr).trim().split('\n')[0] || error.message}`));
          return;
        }
        try {
          resolvePromise(JSON.parse(stdout));
        } catch (parseError) {
          reject(new Error(`scan printed no JSON report (${parseError.message})`));
        }
      },
    );
  });
}

async function evaluateRepo(label, mirrorsDir, workDir) {
  const mirror = findMirror(mirrorsDir, label.repo);
  if (!mirror) return { repo: label.repo, status: 'skipped', reason: `no mirror under ${mirrorsDir}` };
  if (git(mirror, ['cat-file', '-e', `${label.commit}^{commit}`]).status !== 0)
    return {
      repo: label.repo,
      status: 'skipped',
      reason: `commit ${label.commit.slice(0, 12)} not in the mirror`,
    };
  const dest = join(workDir, label.repo.replace('/', '__'));
  mkdirSync(dest, { recursive: true });
  const started = performance.now();
  try {
    const exported = await exportTree(mirror, label.commit, dest);
    await commitExport(dest);
    const report = await scanTree(dest);
    return {
      repo: label.repo,
      status: 'scored',
      seconds: Math.round((performance.now() - started) / 100) / 10,
      files: exported.files,
      missingFiles: exported.missing,
      isMlProject: { expected: label.isMlProject, predicted: report.isMlProject === true },
      rows: compareRepo(label, report),
    };
  } catch (error) {
    return { repo: label.repo, status: 'failed', reason: error.message };
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}

async function inPool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const percent = (ratio) => (ratio === null ? '–' : `${(ratio * 100).toFixed(1)}%`);

function evidenceText(row) {
  if (row.outcome === 'fn')
    return `label: ${(row.labelEvidence ?? []).join(', ')} (scanner status: ${row.scannerStatus})`;
  const shown = (row.scannerEvidence ?? [])
    .slice(0, 3)
    .map((item) => `${item.path}${item.line ? `:${item.line}` : ''} ${item.detail ?? ''}`.trim());
  return `scanner: ${shown.join('; ') || '(no evidence)'}`;
}

function printText(results, summary, mirrorsDir) {
  const scored = results.filter((result) => result.status === 'scored');
  const lines = [
    `Scored ${scored.length} of ${results.length} labelled repositories (mirrors: ${mirrorsDir}).`,
    '',
  ];
  const header = ['practice', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'];
  const named = [
    ...summary.perPractice.map((row) => [row.practice, row]),
    ['overall (micro)', summary.overall],
    ['overall, ML-labelled repos', summary.overallMl],
  ];
  const table = named.map(([name, row]) => [
    name,
    ...[row.tp, row.fp, row.fn, row.tn].map(String),
    ...[row.precision, row.recall, row.f1].map(percent),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((row) => row[column].length)),
  );
  const format = (row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  lines.push(format(header), ...table.map(format), '');
  lines.push(`ML / non-ML calls right: ${summary.ml.right} of ${summary.ml.total}`);
  for (const call of summary.ml.wrong)
    lines.push(
      `  ${call.repo}: labelled ${call.expected ? 'ML' : 'non-ML'}, scanner says ${call.predicted ? 'ML' : 'non-ML'}`,
    );
  lines.push('', `Errors (${summary.errors.length}):`);
  for (const row of summary.errors) {
    const kind = row.outcome === 'fp' ? 'false positive' : 'false negative';
    lines.push(`  ${row.repo}  ${row.practice}  ${kind}  ${plain(evidenceText(row))}`);
  }
  if (summary.errors.length === 0) lines.push('  none');
  const others = results.filter((result) => result.status !== 'scored');
  if (others.length > 0) {
    lines.push('', 'Not scored:');
    for (const result of others) lines.push(`  ${result.repo}: ${result.status}, ${plain(result.reason)}`);
  }
  if (scored.length > 0) lines.push('', 'Time per repository (export + scan):');
  for (const result of scored)
    lines.push(
      `  ${result.repo}: ${result.seconds}s, ${result.files} files${result.missingFiles ? ` (${result.missingFiles} absent from the mirror)` : ''}`,
    );
  console.log(lines.join('\n'));
}

async function main() {
  const values = options();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const { labels, problems } = loadLabels();
  if (problems.length > 0) {
    for (const problem of problems) console.error(`eval: ${problem}`);
    process.exit(1);
  }
  const wanted = (values.repo ?? []).flatMap((value) => value.split(',')).filter(Boolean);
  const unknown = wanted.filter((repo) => !labels.some((label) => label.repo === repo));
  if (unknown.length > 0) fail(`no label in eval/corpus/ for ${unknown.join(', ')}`, 2);
  const chosen = wanted.length > 0 ? labels.filter((label) => wanted.includes(label.repo)) : labels;
  if (!existsSync(cli)) fail('dist/cli/index.js is missing: run npm run build first', 2);
  const mirrorsDir = resolve(values.mirrors ?? process.env.MLOPS_EVAL_MIRRORS ?? DEFAULT_MIRRORS);

  const workDir = mkdtempSync(join(tmpdir(), 'mlops-eval-'));
  let results;
  try {
    results = await inPool(chosen, PARALLEL_SCANS, (label) => evaluateRepo(label, mirrorsDir, workDir));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const scored = results.filter((result) => result.status === 'scored');
  const summary = summarize(
    scored.flatMap((result) => result.rows),
    scored.map((result) => ({ repo: result.repo, ...result.isMlProject })),
  );
  if (values.json) {
    const repos = results.map(({ rows, ...rest }) => rest);
    console.log(JSON.stringify({ mirrors: mirrorsDir, practices: PRACTICE_IDS, repos, ...summary }, null, 2));
  } else {
    printText(results, summary, mirrorsDir);
  }
}

await main();
