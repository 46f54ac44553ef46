import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileReader } from '../../src/repo/file-reader.js';
import { readText } from '../helpers/read-text.js';

let outside: string;
let root: string;

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'outside-'));
  root = mkdtempSync(join(tmpdir(), 'repo-'));
  writeFileSync(join(outside, 'secrets.txt'), 'token=abc');
  writeFileSync(join(root, 'train.py'), 'import mlflow\n');
  writeFileSync(join(root, 'model.pkl'), Buffer.from([0x80, 0x04, 0x00, 0x95]));
  writeFileSync(join(root, 'latin1.py'), Buffer.from('# caf\xe9\nimport dvc\n', 'latin1'));
  writeFileSync(join(root, 'bom.txt'), Buffer.from('\ufeffmlflow==2.9.0\n', 'utf8'));
  writeFileSync(join(root, 'big.py'), 'x = 1\n'.repeat(300));
  mkdirSync(join(root, 'configs'));
  symlinkSync(join(outside, 'secrets.txt'), join(root, 'requirements.txt'));
  symlinkSync(join(root, 'train.py'), join(root, 'configs', 'train-link.py'));
});

afterAll(() => {
  rmSync(outside, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

describe('FileReader', () => {
  it('reads text and counts the bytes', () => {
    const reader = new FileReader(root);
    expect(readText(reader, 'train.py')).toEqual({ status: 'text', text: 'import mlflow\n', bytes: 14 });
    expect(reader.filesRead).toBe(1);
    expect(reader.bytesRead).toBe(14);
  });

  it('detects binary files', () => {
    expect(readText(new FileReader(root), 'model.pkl')).toEqual({ status: 'skipped', reason: 'binary' });
  });

  it('tolerates non-UTF-8 text and strips a byte-order mark', () => {
    const latin = readText(new FileReader(root), 'latin1.py');
    expect(latin.status === 'text' && latin.text.endsWith('import dvc\n')).toBe(true);
    expect(readText(new FileReader(root), 'bom.txt')).toMatchObject({ text: 'mlflow==2.9.0\n' });
  });

  it('skips files over the cap without reading them', () => {
    const reader = new FileReader(root);
    expect(readText(reader, 'big.py', 100)).toEqual({ status: 'skipped', reason: 'too-large' });
    expect(reader.bytesRead).toBe(0);
  });

  it('never follows a symlink out of the root', () => {
    expect(readText(new FileReader(root), 'requirements.txt')).toEqual({
      status: 'skipped',
      reason: 'symlink-outside',
    });
  });

  it('skips a symlink inside the root quietly, since its target is read on its own', () => {
    expect(readText(new FileReader(root), 'configs/train-link.py')).toEqual({ status: 'absent' });
  });

  it('treats a vanished file as absent', () => {
    expect(readText(new FileReader(root), 'deleted.py')).toEqual({ status: 'absent' });
  });

  it('reads the same whether the working folder is the root, above it or elsewhere', () => {
    const workingFolder = process.cwd();
    try {
      for (const folder of [root, dirname(root), outside]) {
        process.chdir(folder);
        const reader = new FileReader(root);
        expect(readText(reader, 'train.py')).toMatchObject({ status: 'text', text: 'import mlflow\n' });
        expect(readText(reader, 'requirements.txt')).toMatchObject({ reason: 'symlink-outside' });
        expect(readText(reader, 'configs/train-link.py')).toEqual({ status: 'absent' });
      }
    } finally {
      process.chdir(workingFolder);
    }
  });
});
