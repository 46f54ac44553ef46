import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findRulesDir, loadRules, loadRulesSnapshot } from '../../src/engine/load-rules.js';

const shipped = findRulesDir();
let dir: string | undefined;

function rulesWith(file: string, text: string): string {
  dir = mkdtempSync(join(tmpdir(), 'rules-'));
  cpSync(shipped, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

function ruleText(id: string): string {
  return readFileSync(join(shipped, `${id}.yml`), 'utf8');
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('loadRules', () => {
  it('loads the shipped rules', () => {
    expect(loadRules().rules).toHaveLength(13);
  });

  it('names the file and field when a list is written as a string', () => {
    const text = ruleText('experiment-tracking').replace(
      'dependencies: [mlflow, mlflow-skinny]',
      'dependencies: mlflow',
    );
    expect(() => loadRules(rulesWith('experiment-tracking.yml', text))).toThrow(
      'rules/experiment-tracking.yml: detect[0].dependencies must be a list, got "mlflow". See rules/_template.yml.',
    );
  });

  it('rejects an unknown field', () => {
    const text = ruleText('data-validation').replace('phase: 2', 'phase: 2\nseverity: high');
    expect(() => loadRules(rulesWith('data-validation.yml', text))).toThrow(
      'rules/data-validation.yml: the file has unknown field severity. See rules/_template.yml.',
    );
  });

  it('rejects a phase out of range', () => {
    const text = ruleText('kubernetes').replace('phase: 3', 'phase: 4');
    expect(() => loadRules(rulesWith('kubernetes.yml', text))).toThrow(
      'rules/kubernetes.yml: phase must be at most 3, got number 4. See rules/_template.yml.',
    );
  });

  it('rejects an id that differs from the file name', () => {
    expect(() => loadRules(rulesWith('model-registry.yml', ruleText('kubernetes')))).toThrow(
      'rules/model-registry.yml: id "kubernetes" differs from the file name. Rename the file to kubernetes.yml.',
    );
  });

  it('rejects a tool that is not in the catalog', () => {
    const text = ruleText('drift-monitoring').replace('tool: whylogs', 'tool: why-logs');
    expect(() => loadRules(rulesWith('drift-monitoring.yml', text))).toThrow(
      'rules/drift-monitoring.yml: detect[1].tool "why-logs" is not in the tool catalog. Add it to rules/catalog/tools.yml.',
    );
  });

  it('rejects a detector that names no facts', () => {
    const text = ruleText('containerization').replace(/ {2}- tool: cog\n(?: {4}.*\n)+/, '  - tool: cog\n');
    expect(() => loadRules(rulesWith('containerization.yml', text))).toThrow(
      'rules/containerization.yml: detect[2] names no facts. Add at least one of dependencies, imports, calls, files, routes, manifests, images, commands, ci, ci-uses, signals or matcher. See rules/_template.yml.',
    );
  });

  it('reports broken YAML with its position', () => {
    expect(() => loadRules(rulesWith('ci-cd.yml', 'id: ci-cd\ntitle: [unclosed\n'))).toThrow(
      /^rules\/ci-cd\.yml:2: not valid YAML \(.+\)\. Fix the syntax\.$/,
    );
  });
});

describe('the rules snapshot (dist/rules.json)', () => {
  function snapshotFile(content: unknown): string {
    dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify(content));
    return file;
  }

  it('is used while its fingerprint matches the YAML', () => {
    const { fingerprint, ruleSet } = loadRulesSnapshot(shipped, undefined);
    const marked = { ...ruleSet, rules: ruleSet.rules.slice(0, 1) };
    expect(loadRules(shipped, snapshotFile({ fingerprint, ruleSet: marked })).rules).toHaveLength(1);
  });

  it('is ignored when the YAML changed since it was made', () => {
    const { ruleSet } = loadRulesSnapshot(shipped, undefined);
    const stale = { fingerprint: '00000000000000', ruleSet: { ...ruleSet, rules: [] } };
    expect(loadRules(shipped, snapshotFile(stale)).rules).toHaveLength(13);
  });

  it('is ignored when it is not a snapshot', () => {
    expect(loadRules(shipped, snapshotFile(['not', 'a', 'snapshot'])).rules).toHaveLength(13);
  });

  it('changes its fingerprint when any rule file changes', () => {
    const before = loadRulesSnapshot(shipped, undefined).fingerprint;
    const edited = ruleText('ci-cd').replace('title:', 'title:  ');
    expect(loadRulesSnapshot(rulesWith('ci-cd.yml', edited), undefined).fingerprint).not.toBe(before);
  });

  it('is shipped fresh in dist/ and equals the validated YAML', () => {
    const built = JSON.parse(readFileSync(join(shipped, '..', 'dist', 'rules.json'), 'utf8'));
    expect(built).toEqual(loadRulesSnapshot(shipped, undefined));
  });
});
