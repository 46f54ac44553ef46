import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit, startGit } from '../../src/repo/run-git.js';

let root: string;
// A temp folder of this file's own: other test files start git (and its temp folders) at the same time.
let temp: string;
const savedTmpdir = process.env.TMPDIR;
const leftovers = () => readdirSync(temp).filter((name) => name.startsWith('mlops-maturity-git-'));

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'run-git-temp-'));
  process.env.TMPDIR = temp;
  root = mkdtempSync(join(tmpdir(), 'run-git-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  // 6,000 files: ls-files prints more than a pipe holds (64 KiB).
  for (let index = 0; index < 6000; index += 1) writeFileSync(join(root, `module_${index}.py`), '');
  execFileSync('git', ['add', '-A'], { cwd: root });
});

afterAll(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
  rmSync(root, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

describe('startGit', () => {
  it('gives what runGit gives, however long the output, and leaves no temporary files', async () => {
    const before = leftovers();
    const started = startGit(root, ['ls-files', '-z']);
    // This thread is busy while git runs, as during a scan.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    const result = await started;
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(64 * 1024);
    expect(result.stdout.equals(runGit(root, ['ls-files', '-z']).stdout)).toBe(true);
    expect(leftovers()).toEqual(before);
  });

  it('reports a failing command with its status and message', async () => {
    const result = await startGit(root, ['cat-file', '-e', 'no-such-object']);
    expect(result.status).toBe(128);
    expect(result.stderr.toString()).toMatch(/no-such-object/);
  });

  it('reports a folder that is not there with status null', async () => {
    const result = await startGit(join(root, 'missing'), ['status']);
    expect(result.status).toBeNull();
  });
});
