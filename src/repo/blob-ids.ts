// Blob ids of the working tree's files whose content is what git has staged, so a scan of another commit
// can reuse what was extracted from an identical file instead of reading and parsing it again.
import { spawnSync } from 'node:child_process';

const SAFE_GIT = ['-c', 'core.fsmonitor=false'];

function gitZ(root: string, args: string[]): string[] | undefined {
  const result = spawnSync('git', [...SAFE_GIT, ...args], {
    cwd: root,
    encoding: 'buffer',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (result.status !== 0 || !result.stdout) return undefined;
  const records = result.stdout.toString('utf8').split('\0');
  if (records.at(-1) === '') records.pop();
  return records;
}

/** Path → blob id for tracked files unchanged in the work tree; empty outside a git work tree. */
export function readCleanBlobIds(root: string): Map<string, string> {
  const ids = new Map<string, string>();
  // `<mode> <object> <stage>\t<path>`, paths relative to `root`.
  for (const record of gitZ(root, ['ls-files', '-z', '--stage']) ?? []) {
    const tab = record.indexOf('\t');
    const [, blobId] = record.slice(0, tab).split(' ');
    if (tab !== -1 && blobId) ids.set(record.slice(tab + 1), blobId);
  }
  // Files edited since they were staged no longer match their blob.
  for (const path of gitZ(root, ['diff', '--name-only', '-z', '--relative']) ?? []) ids.delete(path);
  return ids;
}
