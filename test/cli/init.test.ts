// `mlops-maturity init` on both examples: the file it writes, the ratchet it sets, and no overwrite (#16).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initConfig } from '../../src/cli/init.js';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { scan } from '../../src/scan.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempTrees } from '../helpers/temp-tree.js';

const REPO = join(import.meta.dirname, '..', '..');
const tree = useTempTrees('init');

function copyOf(example: string): string {
  const root = tree({});
  cpSync(join(REPO, 'examples', example), root, { recursive: true });
  return root;
}

describe('mlops-maturity init', () => {
  it.each([
    // Each with a change that loses a practice: the container, and the pinned environment.
    ['churn-service', 'Dockerfile', ''],
    ['churn-starter', 'requirements.txt', 'scikit-learn\nmlflow\ndvc\n'],
  ])('writes the thresholds %s meets today, so the next scan passes', async (example, file, worse) => {
    const root = copyOf(example);
    const today = scan(root, { config: ConfigSchema.parse({ 'team-size': 'medium' }) });
    const { code, stdout, stderr } = await runCli(['init', root, '--team-size', 'medium']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const configFile = join(root, '.mlops-maturity.yml');
    expect(stdout).toBe(
      `Wrote ${configFile}: team medium, free tools, fail-below ${today.score}, min-phase ${today.phase.current}.\n`,
    );
    const text = readFileSync(configFile, 'utf8');
    expect(text.split('\n')[1]).toBe(
      '$schema: https://raw.githubusercontent.com/mlops-maturity/mlops-maturity/main/schema/mlops-maturity.schema.json',
    );
    expect(ConfigSchema.parse(parse(text))).toMatchObject({
      'team-size': 'medium',
      budget: 'free',
      'fail-below': today.score,
      'min-phase': today.phase.current,
    });
    // The ratchet holds today and fails as soon as the score drops.
    expect((await runCli(['scan', root, '--quiet'])).code).toBe(0);
    writeFileSync(join(root, file), worse);
    const after = await runCli(['scan', root, '--quiet']);
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/^mlops-maturity: threshold not met: score \d+ is below fail-below /);
  });

  it('leaves the thresholds commented out where there is no ML project yet', async () => {
    const root = tree({ 'README.md': '# A web app\n' });
    expect((await runCli(['init', root])).stdout).toBe(
      `Wrote ${join(root, '.mlops-maturity.yml')}: team small, free tools, no thresholds (not an ML project yet, no score).\n`,
    );
    const config = ConfigSchema.parse(parse(readFileSync(join(root, '.mlops-maturity.yml'), 'utf8')));
    expect(config['fail-below']).toBeUndefined();
    expect(config['min-phase']).toBeUndefined();
  });

  it('refuses to overwrite a configuration file without --force', async () => {
    const root = copyOf('churn-starter');
    writeFileSync(join(root, '.mlops-maturity.yml'), 'team-size: large\n');
    expect(await runCli(['init', root])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlops-maturity: ${join(root, '.mlops-maturity.yml')} exists already. Pass --force to overwrite it, or edit it by hand.\n`,
    });
    expect(readFileSync(join(root, '.mlops-maturity.yml'), 'utf8')).toBe('team-size: large\n');
    expect((await runCli(['init', root, '--force', '--budget', 'paid'])).code).toBe(0);
    expect(parse(readFileSync(join(root, '.mlops-maturity.yml'), 'utf8'))).toMatchObject({ budget: 'paid' });
  });

  it('asks for the profile on a terminal, again after an answer it does not know', async () => {
    const root = copyOf('churn-starter');
    const answers = ['huge', 'large', ''];
    const questions: string[] = [];
    await initConfig({
      path: root,
      force: false,
      ask: async (question) => {
        questions.push(question);
        return answers.shift()!;
      },
    });
    expect(questions).toEqual([
      'Team size? small (1–5 people), medium (6–20), large (20+) [small/medium/large, default small]: ',
      'Team size? small (1–5 people), medium (6–20), large (20+) [small/medium/large, default small]: ',
      'Budget? free tools only, or paid ones too [free/paid, default free]: ',
    ]);
    expect(parse(readFileSync(join(root, '.mlops-maturity.yml'), 'utf8'))).toMatchObject({
      'team-size': 'large',
      budget: 'free',
    });
  });
});
