// What the scan claims and looks for, shared by both floors (ripgrep and bench/floor-node.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The files our extractors claim, as ripgrep globs.
export const CANDIDATE_GLOBS = [
  '*.py',
  '*.ipynb',
  '*requirements*.txt',
  'requirements/*',
  '*.toml',
  'setup.cfg',
  'Pipfile',
  '*.yml',
  '*.yaml',
  'Dockerfile*',
  'Containerfile*',
  '*.dvc',
  '.dvc/config',
  'Makefile',
  '*.mk',
  '*.sh',
  'Jenkinsfile*',
  '.gitattributes',
  'MLproject',
  'config.properties',
  '*.pbtxt',
  '*dashboard*.json',
  '*grafana*/**/*.json',
];

// The scan reads source files up to 1 MiB and notebooks up to 16 MiB; ripgrep has one cap for all, so it
// gets the larger one (the only bigger candidates of the trees here are notebooks and one generated module).
export const MAX_BYTES = 1024 * 1024;
export const MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024;

/** The names our rules look for: imports, dependencies, images, commands and manifests, last word only. */
export function ruleWords(repoRoot) {
  const words = new Set();
  for (const file of readdirSync(join(repoRoot, 'rules')).filter(
    (name) => name.endsWith('.yml') && !name.startsWith('_'),
  )) {
    const rule = parse(readFileSync(join(repoRoot, 'rules', file), 'utf8'));
    for (const detector of rule.detect) {
      for (const field of ['imports', 'dependencies', 'images', 'commands', 'manifests']) {
        for (const value of detector[field] ?? [])
          words.add(value.split('/').at(-1).split('.')[0].replace(/[*]/g, ''));
      }
    }
  }
  words.delete('');
  return [...words].sort();
}
