// Configuration discovery: .yml and .yaml, from the scanned folder up to the repository root (#16).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/find-config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { useTempTrees } from '../helpers/temp-tree.js';

const tree = useTempTrees('find-config');

function repository(files: Record<string, string>): string {
  const root = tree(files);
  mkdirSync(join(root, '.git'));
  return root;
}

describe('findConfigFile', () => {
  it('reads .mlops-maturity.yaml like .yml', () => {
    const root = repository({ '.mlops-maturity.yaml': 'team-size: large\n' });
    expect(loadConfig(root).config['team-size']).toBe('large');
    expect(findConfigFile(root)).toEqual({
      path: join(root, '.mlops-maturity.yaml'),
      display: '.mlops-maturity.yaml',
    });
  });

  it("uses the repository root's file when a subfolder is scanned, the nearest one first", () => {
    const root = repository({
      '.mlops-maturity.yml': 'team-size: medium\n',
      'services/churn/train.py': 'import sklearn\n',
      'services/fraud/.mlops-maturity.yaml': 'team-size: large\n',
    });
    expect(loadConfig(join(root, 'services', 'churn')).config['team-size']).toBe('medium');
    expect(loadConfig(join(root, 'services', 'fraud')).config['team-size']).toBe('large');
  });

  it('names the file found above the scanned folder in its messages', () => {
    const root = repository({ '.mlops-maturity.yml': 'team-size: tiny\n', 'src/train.py': '' });
    expect(() => loadConfig(join(root, 'src'))).toThrow(
      /^.*\.mlops-maturity\.yml: team-size must be one of "small", "medium", "large", got "tiny"\./,
    );
  });

  it('stops at the repository root, and looks only in the folder outside a repository', () => {
    const outer = tree({ '.mlops-maturity.yml': 'team-size: large\n', 'repo/train.py': '' });
    mkdirSync(join(outer, 'repo', '.git'));
    expect(findConfigFile(join(outer, 'repo'))).toBeUndefined();
    const loose = tree({ '.mlops-maturity.yml': 'team-size: large\n', 'project/train.py': '' });
    expect(findConfigFile(join(loose, 'project'))).toBeUndefined();
    expect(findConfigFile(loose)?.display).toBe('.mlops-maturity.yml');
  });

  it('refuses two configuration files in one folder', () => {
    const root = repository({ '.mlops-maturity.yml': '', '.mlops-maturity.yaml': '' });
    expect(() => findConfigFile(root)).toThrow(
      '.mlops-maturity.yml and .mlops-maturity.yaml: two configuration files in one folder. Keep one of them.',
    );
  });
});
