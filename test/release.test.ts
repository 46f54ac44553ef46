// Release readiness: the release script's tags, one published name everywhere, Node versions that install cleanly.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useTempTrees } from './helpers/temp-tree.js';

const REPO = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const packageJson = JSON.parse(read('package.json'));
const tree = useTempTrees('release');

function gitRepo(version: string): string {
  const root = tree({
    'package.json': `${JSON.stringify({ version })}\n`,
    'CHANGELOG.md': '# Changelog\n\n## [0.2.0]\n\n- Something.\n\n## [0.2.1]\n\n- A fix.\n',
  });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '--quiet');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '-m', 'first');
  return root;
}

function release(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(REPO, 'scripts', 'release.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' },
  });
}

const tagTarget = (root: string, tag: string) =>
  execFileSync('git', ['rev-parse', `${tag}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();

describe('scripts/release.mjs', () => {
  it('tags vX.Y.Z and moves vX to each new release', () => {
    const root = gitRepo('0.2.0');
    const first = release(root, '0.2.0');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(tagTarget(root, 'v0')).toBe(tagTarget(root, 'v0.2.0'));

    writeFileSync(join(root, 'package.json'), '{ "version": "0.2.1" }\n');
    const commit = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-qam', 'fix'];
    execFileSync('git', commit, { cwd: root });
    expect(release(root, '0.2.1').status).toBe(0);
    expect(tagTarget(root, 'v0')).toBe(tagTarget(root, 'v0.2.1'));
    expect(tagTarget(root, 'v0.2.0')).not.toBe(tagTarget(root, 'v0.2.1'));
  });

  it.each([
    [[], 'release: give the version as X.Y.Z, e.g. 0.2.0.\n'],
    [['0.3.0'], 'release: package.json says 0.2.0, not 0.3.0. Bump "version" and commit it first.\n'],
  ])('refuses %j with one line', (args, message) => {
    const result = release(gitRepo('0.2.0'), ...args);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 2, stderr: message });
  });

  it('refuses a dirty work tree, a missing changelog section and an existing tag', () => {
    const dirty = gitRepo('0.2.0');
    writeFileSync(join(dirty, 'notes.txt'), 'draft\n');
    expect(release(dirty, '0.2.0').stderr).toBe(
      'release: the work tree has uncommitted changes. Commit or stash them.\n',
    );
    expect(release(gitRepo('0.9.0'), '0.9.0').stderr).toBe(
      'release: CHANGELOG.md has no "## [0.9.0]" section. Describe the release there first.\n',
    );
    const tagged = gitRepo('0.2.0');
    release(tagged, '0.2.0');
    expect(release(tagged, '0.2.0').stderr).toBe(
      'release: v0.2.0 exists already. Release a new version instead.\n',
    );
  });
});

describe('release readiness', () => {
  it('names one repository everywhere, with no placeholder left', () => {
    const name = 'mlops-maturity/mlops-maturity';
    expect(packageJson.repository.url).toBe(`git+https://github.com/${name}.git`);
    expect(parse(read('action.yml')).author).toBe(packageJson.author);
    const readme = read('README.md');
    for (const file of [
      'README.md',
      ...readdirSync(join(REPO, '.github', 'workflows')).map((name) => `.github/workflows/${name}`),
    ])
      expect(read(file), file).not.toMatch(/OWNER\//);
    const uses = [...readme.matchAll(/uses: ([\w.-]+\/[\w.-]+)@(\S+)/g)].filter(([, repo]) =>
      repo!.endsWith('/mlops-maturity'),
    );
    expect(uses.length).toBeGreaterThan(0);
    // The README pins the moving major tag the release script maintains.
    const major = `v${packageJson.version.split('.')[0]}`;
    for (const [, repo, ref] of uses) expect(`${repo}@${ref}`).toBe(`${name}@${major}`);
  });

  it('ships an MIT LICENSE and a CHANGELOG section for the current version', () => {
    expect(packageJson.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} mlops-maturity maintainers\n/);
    expect(read('CHANGELOG.md')).toContain(`\n## [${packageJson.version}]\n`);
  });

  it('installs on the Node versions it states: every locked package accepts them', () => {
    // .node-version is the development line; engines.node the lowest Node the CLI runs on.
    const development = `${read('.node-version').trim()}.19.0`;
    const lowest = /^>=(\d+)$/.exec(packageJson.engines.node)![1]!;
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string }; dev?: boolean; optional?: boolean }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.engines?.node)
      .filter(([, entry]) => !admits(entry.engines!.node!, entry.dev ? development : `${lowest}.0.0`))
      .map(([path, entry]) => `${path} ${entry.engines!.node}`);
    expect(refusing).toEqual([]);
  });

  it('reads the engine ranges the lock file holds', () => {
    expect(admits('>=22', '20.19.0')).toBe(false);
    expect(admits('>= 20', '20.0.0')).toBe(true);
    expect(admits('^20.19.0 || >=22.12.0', '20.19.0')).toBe(true);
    expect(admits('^20.19.0 || >=22.12.0', '20.18.0')).toBe(false);
    expect(admits('>=0.6.11 <=0.7.0 || >=0.7.3', '20.0.0')).toBe(true);
    expect(admits('^10 || ^12 || >=14', '20.0.0')).toBe(true);
  });
});

/** Whether `version` satisfies an npm engines range made of `||`, spaces, >=, <=, >, <, ^ and bare versions. */
function admits(range: string, version: string): boolean {
  const toParts = (text: string) => [...text.split('.'), '0', '0'].slice(0, 3).map(Number);
  const compare = (a: number[], b: number[]) => a.map((part, i) => part - b[i]!).find((d) => d !== 0) ?? 0;
  const wanted = toParts(version);
  return range.split('||').some((alternative) =>
    (
      alternative
        .trim()
        .replace(/([<>=^]+)\s+/g, '$1')
        .match(/\S+/g) ?? []
    ).every((comparator) => {
      const [, operator = '', bound = ''] = /^([<>=^]*)(.+)$/.exec(comparator)!;
      const difference = compare(wanted, toParts(bound));
      if (operator === '>=') return difference >= 0;
      if (operator === '<=') return difference <= 0;
      if (operator === '>') return difference > 0;
      if (operator === '<') return difference < 0;
      if (operator === '^') return difference >= 0 && wanted[0] === toParts(bound)[0];
      return difference === 0;
    }),
  );
}
