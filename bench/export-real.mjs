// Exports real repositories from bare mirrors into .bench/real/<name> as small git repositories of two
// commits: the parent of the pinned commit (base) and the pinned commit (head), so `git ls-files` lists
// the tree and `--base HEAD~1` measures a real change. Blobs a mirror lacks (4 MiB and more) are skipped.
// Usage: node bench/export-real.mjs <mirror-root> <out-dir>   (prints the exported directories)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The repositories measured in bench/README.md, pinned.
export const REAL_REPOS = [
  {
    name: 'vertex-ai-samples',
    mirror: 'GoogleCloudPlatform+vertex-ai-samples',
    commit: 'cc0d791ef25a4f8a9bbd9b6c9ef4928b8b96c35a',
    kind: 'notebook-heavy',
  },
  {
    name: 'kubeflow-examples',
    mirror: 'kubeflow+examples',
    commit: '4a9165b7efd025ff8b48c08bf2946bc2a257bce7',
    kind: 'notebooks with outputs',
  },
  {
    name: 'great_expectations',
    mirror: 'great-expectations+great_expectations',
    commit: 'ce78204d6d659caf676ccdcaec0a3184bb95445f',
    kind: 'large Python library',
  },
];

const run = (args, options = {}) =>
  execFileSync('git', args, { maxBuffer: 2 ** 31, stdio: ['pipe', 'pipe', 'ignore'], ...options });

/** Blob contents by id, from one `git cat-file --batch`; absent blobs are left out. */
function readBlobs(gitDir, ids) {
  const out = run(['--git-dir', gitDir, 'cat-file', '--batch'], { input: `${ids.join('\n')}\n` });
  const blobs = new Map();
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString().split(' ');
    offset = newline + 1;
    if (header[1] === 'missing') continue;
    const size = Number(header[2]);
    blobs.set(header[0], out.subarray(offset, offset + size));
    offset += size + 1;
  }
  return blobs;
}

/** Writes the regular files of `entries` ([mode, id, path]) under `dir`. */
function writeEntries(gitDir, dir, entries) {
  const files = entries.filter(([mode]) => mode === '100644' || mode === '100755');
  const blobs = readBlobs(gitDir, [...new Set(files.map(([, id]) => id))]);
  let written = 0;
  for (const [, id, path] of files) {
    const blob = blobs.get(id);
    if (!blob) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), blob);
    written += 1;
  }
  return written;
}

export function exportRepo(mirrorRoot, outDir, { name, mirror, commit }) {
  const gitDir = join(mirrorRoot, mirror, 'repo');
  if (!existsSync(gitDir)) return null;
  const dir = join(outDir, name);
  if (existsSync(join(dir, '.git'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tree = run(['--git-dir', gitDir, 'ls-tree', '-r', '-z', `${commit}~1`])
    .toString()
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t');
      const [mode, , id] = meta.split(' ');
      return [mode, id, path];
    });
  writeEntries(gitDir, dir, tree);
  const git = (...args) =>
    run(['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir });
  git('init', '-q', '-b', 'main');
  git('add', '-A', '-f');
  git('commit', '-qm', `base: ${commit}~1`);
  // The pinned commit's change on top: `git diff-tree` names what it added, changed and deleted.
  const changes = run(['--git-dir', gitDir, 'diff-tree', '-r', '-z', '--no-renames', `${commit}~1`, commit])
    .toString()
    .split('\0')
    .filter(Boolean);
  const changed = [];
  for (let index = 0; index + 1 < changes.length; index += 2) {
    const [, newMode, , newId, status] = changes[index].slice(1).split(' ');
    const path = changes[index + 1];
    if (status === 'D') rmSync(join(dir, path), { force: true });
    else changed.push([newMode, newId, path]);
  }
  writeEntries(gitDir, dir, changed);
  git('add', '-A', '-f');
  git('commit', '-qm', `head: ${commit}`, '--allow-empty');
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mirrorRoot = '/work/.mirror', outDir = '.bench/real'] = process.argv.slice(2);
  for (const repo of REAL_REPOS) {
    const dir = exportRepo(mirrorRoot, outDir, repo);
    console.log(dir ?? `${repo.mirror}: no mirror under ${mirrorRoot}`);
  }
}
