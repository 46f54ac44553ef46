// The `rules test` and `rollup` commands through the CLI's entry: exit codes and help.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const PACK = join(import.meta.dirname, '..', 'examples', 'rule-pack');

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: { write: (text: string) => out.push(text) > 0, isTTY: false },
    stderr: { write: (text: string) => err.push(text) > 0, isTTY: false },
    env: {},
  } as unknown as Parameters<typeof main>[1];
  return main(argv, io).then((code) => ({ code, stdout: out.join(''), stderr: err.join('') }));
}

describe('rules test and rollup from the CLI', () => {
  it('rules test exits 0 on the example pack and prints one line per fixture', async () => {
    const { code, stdout } = await run('rules', 'test', PACK);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe('6 passed, 0 failed');
  });

  it('rules test exits 2 with one line for a folder that does not exist', async () => {
    const { code, stderr } = await run('rules', 'test', join(PACK, 'missing'));
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^mlops-maturity: rules test: ".*missing" does not exist\. Give the rule pack's folder\.\n$/,
    );
  });

  it('rollup prints its own help', async () => {
    const { code, stdout } = await run('rollup', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: mlops-maturity rollup REPORT\.json\|FOLDER\.\.\. \[options\]/);
  });
});
