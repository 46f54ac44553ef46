// The rules snapshot and the worker bundle are found from whichever bundle runs: dist/, dist/cli/main/...
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findShippedFile } from '../src/shipped-file.js';

const installed = mkdtempSync(join(tmpdir(), 'shipped-'));
const dist = join(installed, 'dist');
afterAll(() => rmSync(installed, { recursive: true, force: true }));

function bundleUrl(...folders: string[]): string {
  mkdirSync(join(dist, ...folders), { recursive: true });
  return pathToFileURL(join(dist, ...folders, 'index.js')).href;
}

describe('findShippedFile', () => {
  mkdirSync(join(dist, 'worker'), { recursive: true });
  writeFileSync(join(dist, 'rules.json'), '{}');
  writeFileSync(join(dist, 'worker', 'index.js'), '');

  it('finds a file of dist/ from a bundle in dist/, dist/cli/ or dist/cli/main/', () => {
    for (const folders of [[], ['cli'], ['cli', 'main']]) {
      expect(findShippedFile(bundleUrl(...folders), 'rules.json')).toBe(join(dist, 'rules.json'));
      expect(findShippedFile(bundleUrl(...folders), join('worker', 'index.js'))).toBe(
        join(dist, 'worker', 'index.js'),
      );
    }
  });

  it('prefers the nearest folder', () => {
    writeFileSync(join(dist, 'cli', 'rules.json'), '{}');
    expect(findShippedFile(bundleUrl('cli', 'main'), 'rules.json')).toBe(join(dist, 'cli', 'rules.json'));
    rmSync(join(dist, 'cli', 'rules.json'));
  });

  it('looks no further up than dist/, and at most two folders up', () => {
    writeFileSync(join(installed, 'above.json'), '{}');
    expect(findShippedFile(bundleUrl(), 'above.json')).toBeUndefined();
    expect(findShippedFile(bundleUrl('cli', 'main'), 'above.json')).toBeUndefined();
    expect(findShippedFile(bundleUrl('a', 'b', 'c'), 'rules.json')).toBeUndefined();
    expect(findShippedFile(bundleUrl(), 'absent.json')).toBeUndefined();
  });
});
