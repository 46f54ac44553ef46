// Class 2 of #12: a FIFO, a socket or a device never hangs or floods the scan: files are opened
// non-blocking and read only when they are regular files.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useHostileTrees } from './hostile-tree.js';

const hostile = useHostileTrees();
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('special files in the scanned tree', () => {
  it('refuses a FIFO named as the configuration file, at once', () => {
    const tree = hostile();
    mkfifo(join(tree.root, '.mlops-maturity.yml'));
    const run = runCli(['scan', tree.root], { timeoutMs: 10_000 });
    expect(run).toMatchObject({
      code: 2,
      stderr:
        'mlops-maturity: .mlops-maturity.yml: not a regular file (a FIFO, socket or device); not read. Make it a YAML file.\n',
    });
  });

  it('refuses a socket named as the configuration file', async () => {
    const tree = hostile();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(tree.root, '.mlops-maturity.yml'), resolve));
    try {
      const run = runCli(['scan', tree.root], { timeoutMs: 10_000 });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('.mlops-maturity.yml: not a regular file (a FIFO, socket or device)');
    } finally {
      server.close();
    }
  });

  it('skips a FIFO and a device named by requirements includes, with a diagnostic each', () => {
    const tree = hostile({ 'requirements.txt': 'mlflow==2.17.2\n-r pipe.txt\n-r zero.txt\n' });
    mkfifo(join(tree.root, 'pipe.txt'));
    let device = 'zero.txt: not a regular file (a FIFO, socket or device); not read.';
    try {
      execFileSync('mknod', [join(tree.root, 'zero.txt'), 'c', '1', '5'], { stdio: 'ignore' });
    } catch {
      // Without the right to make a device, a link to one: refused as a link.
      symlinkSync('/dev/zero', join(tree.root, 'zero.txt'));
      device = 'zero.txt: symbolic link to outside the repository; not followed.';
    }
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 10_000 });
    expect(run.code).toBe(0);
    const diagnostics = (JSON.parse(run.stdout).diagnostics as { path: string; message: string }[]).map(
      ({ path, message }) => `${path}: ${message}`,
    );
    expect(diagnostics).toEqual(
      expect.arrayContaining(['pipe.txt: not a regular file (a FIFO, socket or device); not read.', device]),
    );
  });

  it('lists no FIFO, socket or symlink of a tree without git, and reads its .gitignore safely', () => {
    const tree = hostile({ 'notes/train_extra.py': 'import wandb\n' });
    mkfifo(join(tree.root, 'src', 'train_fifo.py'));
    mkfifo(join(tree.root, 'notes', '.gitignore'));
    symlinkSync('/dev/urandom', join(tree.root, '.gitignore'));
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 10_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).stats.filesListed).toBe(3);
  });
});
