// The minimal single-pass Node scanner: a yardstick for the scan, not a product. It lists the tree with
// `git ls-files` (tracked and untracked, ignored files left out), opens and reads each candidate file once
// (the globs the scan claims, its size caps), matches one literal-first regex of the rules' tool names on
// the bytes, and prints `path<TAB>names` for every file with a match.
// Usage: node bench/floor-node.mjs <patterns-file> [dir]
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { CANDIDATE_GLOBS, MAX_BYTES, MAX_NOTEBOOK_BYTES } from './candidates.mjs';

const [patternsFile, dir = '.'] = process.argv.slice(2);
const words = readFileSync(patternsFile, 'utf8').split('\n').filter(Boolean);

/** One regex for all candidate globs: a glob without a slash matches the base name, one with a slash a tail. */
function globsToRegex(globs) {
  const one = (glob) =>
    glob
      .split('/')
      .map((part) =>
        part === '**' ? '(?:.*/)?' : `${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}/`,
      )
      .join('')
      .replace(/\/$/, '')
      .replace(/\(\?:\.\*\/\)\?\//g, '(?:.*/)?');
  return new RegExp(`(?:^|/)(?:${globs.map(one).join('|')})$`);
}
const isCandidate = globsToRegex(CANDIDATE_GLOBS);
// Literal-first: each alternative starts with its word, so V8 scans for first characters, not per byte.
const toolRegex = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

const listing = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], {
  cwd: dir,
  maxBuffer: 1 << 30,
  encoding: 'latin1',
}).split('\0');

const buffer = Buffer.allocUnsafe(MAX_NOTEBOOK_BYTES + 1);
const out = [];
for (const path of listing) {
  if (path === '' || !isCandidate.test(path)) continue;
  const cap = path.endsWith('.ipynb') ? MAX_NOTEBOOK_BYTES : MAX_BYTES;
  let fd;
  try {
    fd = openSync(join(dir, path), 'r');
  } catch {
    continue;
  }
  let length = 0;
  try {
    for (let n = 1; n > 0 && length <= cap; length += n) n = readSync(fd, buffer, length, cap + 1 - length);
  } finally {
    closeSync(fd);
  }
  if (length > cap) continue;
  const text = buffer.latin1Slice(0, length);
  const found = new Set(text.match(toolRegex));
  if (found.size > 0) out.push(`${path}\t${[...found].join(',')}`);
}
process.stdout.write(`${out.join('\n')}\n`);
