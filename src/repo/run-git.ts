// The one way the scanner runs git on a scanned repository: its own config must not run anything
// (core.fsmonitor names a program to execute), and output is read as bytes.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false'];

export interface GitResult {
  status: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** Runs `git args` in `cwd`; never throws (a missing git gives status null). */
export function runGit(cwd: string, args: readonly string[], input?: string): GitResult {
  const result = spawnSync('git', [...SAFE_CONFIG, ...args], {
    cwd,
    // With encoding 'buffer' a string input would be read in that (non-)encoding: pass bytes.
    input: input === undefined ? undefined : Buffer.from(input),
    encoding: 'buffer',
    maxBuffer: 2 * 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return {
    status: result.status,
    stdout: result.stdout ?? Buffer.alloc(0),
    stderr: result.stderr ?? Buffer.alloc(0),
  };
}

/**
 * Starts `git args` in `cwd` and lets it run while this thread does synchronous work: its output goes to
 * temporary files rather than pipes, which would fill and stall it until the event loop next ran. Once
 * it exits they are read and removed, whether or not anyone waits for the result. Never rejects (a
 * missing git gives status null).
 */
export function startGit(cwd: string, args: readonly string[]): Promise<GitResult> {
  const folder = mkdtempSync(join(tmpdir(), 'mlops-maturity-git-'));
  const [outFile, errFile] = [join(folder, 'stdout'), join(folder, 'stderr')];
  const [out, err] = [openSync(outFile, 'w'), openSync(errFile, 'w')];
  const collect = (status: number | null): GitResult => {
    try {
      return { status, stdout: readFileSync(outFile), stderr: readFileSync(errFile) };
    } catch {
      return { status: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  try {
    const child = spawn('git', [...SAFE_CONFIG, ...args], { cwd, stdio: ['ignore', out, err] });
    return new Promise((resolve) => {
      child.once('error', () => resolve(collect(null)));
      child.once('exit', (code) => resolve(collect(code)));
    });
  } catch (error) {
    // Not started (bad arguments, say): no exit will come to remove the folder.
    rmSync(folder, { recursive: true, force: true });
    throw error;
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

/** True when `commit` is in the clone. */
export function hasCommit(cwd: string, commit: string): boolean {
  return runGit(cwd, ['cat-file', '-e', `${commit}^{commit}`]).status === 0;
}

/** Fetches one commit from origin (enough for a shallow clone to read it); false when that fails. */
export function fetchCommit(cwd: string, commit: string): boolean {
  runGit(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', commit]);
  return hasCommit(cwd, commit);
}

/** The path of `cwd` inside its work tree, without a trailing slash (`''` at the top). */
export function pathInWorkTree(cwd: string): string {
  return runGit(cwd, ['rev-parse', '--show-prefix']).stdout.toString('utf8').trim().replace(/\/$/, '');
}
