// Tags a release: vX.Y.Z on HEAD and the moving major tag vX, which workflows pin with `uses: ...@vX`.
// Usage: node scripts/release.mjs X.Y.Z [--push]. Run it on a main commit that CI passed (dist/ is checked there).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const version = args.find((arg) => !arg.startsWith('-'));
const shouldPush = args.includes('--push');

const git = (...gitArgs) => execFileSync('git', gitArgs, { encoding: 'utf8' }).trim();
const fail = (message) => {
  process.stderr.write(`release: ${message}\n`);
  process.exit(2);
};

if (!version || !/^\d+\.\d+\.\d+$/.test(version)) fail('give the version as X.Y.Z, e.g. 0.2.0.');
const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version;
if (packageVersion !== version)
  fail(`package.json says ${packageVersion}, not ${version}. Bump "version" and commit it first.`);
// A tag is what users pin: it must name exactly the committed files, built dist/ included.
if (git('status', '--porcelain') !== '') fail('the work tree has uncommitted changes. Commit or stash them.');
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!changelog.split('\n').some((line) => line.startsWith(`## [${version}]`)))
  fail(`CHANGELOG.md has no "## [${version}]" section. Describe the release there first.`);
const tag = `v${version}`;
if (git('tag', '--list', tag) !== '') fail(`${tag} exists already. Release a new version instead.`);

const major = `v${version.split('.')[0]}`;
git('tag', '--annotate', tag, '--message', `mlops-maturity ${version}`);
// The major tag moves to every new release of that major version: --force replaces the old one.
git('tag', '--force', '--annotate', major, '--message', `mlops-maturity ${version}`, `${tag}^{commit}`);
process.stdout.write(`Tagged ${tag} and moved ${major} to ${git('rev-parse', '--short', 'HEAD')}.\n`);
if (shouldPush) {
  git('push', 'origin', tag);
  git('push', '--force', 'origin', major);
  process.stdout.write(`Pushed ${tag} and ${major}.\n`);
} else {
  process.stdout.write(`Push them with: git push origin ${tag} && git push --force origin ${major}\n`);
}
