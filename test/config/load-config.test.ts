import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { parseConfig } from '../../src/config/parse-config.js';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

const FILE = '.mlops-maturity.yml';

describe('parseConfig', () => {
  it('fills defaults for an empty file', () => {
    expect(parseConfig('', FILE)).toEqual({
      'team-size': 'small',
      budget: 'free',
      ignore: [],
      practices: {},
      projects: [],
      extends: [],
    });
  });

  it('reads a full configuration', () => {
    const config = parseConfig(
      [
        'team-size: medium',
        'budget: paid',
        'fail-below: 60',
        'min-phase: 1',
        'ignore: ["data/**"]',
        'practices:',
        '  model-serving: { not-applicable: "Batch scoring only, no online serving" }',
        '  kubernetes: { weight: 1 }',
        'projects: ["services/*"]',
        'extends: ./standards',
      ].join('\n'),
      FILE,
    );
    expect(config).toEqual({
      'team-size': 'medium',
      budget: 'paid',
      'fail-below': 60,
      'min-phase': 1,
      ignore: ['data/**'],
      practices: {
        'model-serving': { 'not-applicable': 'Batch scoring only, no online serving' },
        kubernetes: { weight: 1 },
      },
      projects: ['services/*'],
      extends: ['./standards'],
    });
  });

  it.each([
    [
      'team-size: tiny',
      '.mlops-maturity.yml: team-size must be one of "small", "medium", "large", got "tiny". See the configuration section of the README.',
    ],
    [
      'fail-below: 120',
      '.mlops-maturity.yml: fail-below must be at most 100, got number 120. See the configuration section of the README.',
    ],
    [
      'min-phase: "2"',
      '.mlops-maturity.yml: min-phase must be a number, got "2". See the configuration section of the README.',
    ],
    [
      'ignore: data/**',
      '.mlops-maturity.yml: ignore must be a list, got "data/**". See the configuration section of the README.',
    ],
    [
      'practices:\n  model-serving: { not-applicable: "" }',
      '.mlops-maturity.yml: practices.model-serving.not-applicable must give the reason, e.g. "Batch scoring only, no online serving", got "". See the configuration section of the README.',
    ],
    [
      'practices:\n  Feature_Store: { weight: 1 }',
      '.mlops-maturity.yml: practices.Feature_Store must be kebab-case (lowercase words joined by -). See the configuration section of the README.',
    ],
    [
      'teamsize: small',
      '.mlops-maturity.yml: the file has unknown field teamsize. See the configuration section of the README.',
    ],
  ])('rejects %j with a message naming the field', (text, message) => {
    expect(() => parseConfig(text, FILE)).toThrow(message);
  });

  it('reports invalid YAML with its line', () => {
    expect(() => parseConfig('team-size: small\nignore: [data/**\n', FILE)).toThrow(
      /^\.mlops-maturity\.yml:2: not valid YAML \(.+\)\. Fix the syntax\.$/,
    );
  });
});

describe('loadConfig', () => {
  it('uses the defaults when the repository has no configuration file', () => {
    root = mkdtempSync(join(tmpdir(), 'config-'));
    expect(loadConfig(root)).toEqual({ config: parseConfig('', FILE) });
  });

  it('reads the repository configuration file', () => {
    root = mkdtempSync(join(tmpdir(), 'config-'));
    writeFileSync(join(root, FILE), 'budget: paid\n');
    expect(loadConfig(root)).toMatchObject({ config: { budget: 'paid' }, path: FILE });
  });

  it('fails for a --config path that does not exist', () => {
    expect(() => loadConfig('.', 'ci/missing.yml')).toThrow(
      'ci/missing.yml: cannot read (ENOENT). Check the path given to --config.',
    );
  });
});
