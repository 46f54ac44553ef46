// The one way the scanner runs git on a scanned repository. The repository's own settings must not run
// anything: a repository unpacked from an archive brings its .git/config, and a pull request brings the
// .gitattributes that pick filter drivers. Every value from outside (a base ref) comes after
// `--end-of-options`, and only a full commit id is ever fetched. Output is read as bytes.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Settings given on git's command line, which wins over every config file, each switching off a program
 * git would otherwise run (or a way it would write to the scanned repository):
 * - core.fsmonitor: a program run on every read of the index (ls-files, diff).
 * - core.untrackedCache: a cache written into the scanned repository.
 * - core.hooksPath: hooks (fetch runs reference-transaction); /dev/null holds none.
 * - core.sshCommand: a program run instead of ssh by fetch.
 * - core.askPass, credential.helper: programs asked for credentials (an empty helper empties the list;
 *   actions/checkout passes its token in an http header, which stays).
 * - protocol.*: ext:: URLs run a command and remote helpers are programs; only https, http, ssh and
 *   file are allowed (git://, whose core.gitProxy is a program, is not).
 * - core.alternateRefsCommand: a program fetch runs for a repository with alternates.
 * - diff.external (and --no-ext-diff, --no-textconv on diff): programs that would show a diff.
 * - diff.ignoreSubmodules, submodule.recurse, fetch.recurseSubmodules: a submodule is another
 *   repository, with settings of its own; git would run inside it (status) or fetch its URL.
 * - gc.auto, maintenance.auto: background work fetch would start.
 * - core.pager: never page.
 * Filter drivers (filter.<name>.clean/smudge/process) have names of the repository's choosing: see
 * filterDriversOff().
 */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.untrackedCache=false',
  'core.hooksPath=/dev/null',
  'core.sshCommand=ssh',
  'core.askPass=',
  'credential.helper=',
  'protocol.allow=never',
  'protocol.https.allow=always',
  'protocol.http.allow=always',
  'protocol.ssh.allow=always',
  'protocol.file.allow=always',
  'core.alternateRefsCommand=',
  'diff.external=',
  'diff.ignoreSubmodules=all',
  'submodule.recurse=false',
  'fetch.recurseSubmodules=false',
  'gc.auto=0',
  'maintenance.auto=false',
  'core.pager=cat',
].flatMap((setting) => ['-c', setting]);

/**
 * The environment git runs in: no terminal prompt for credentials, no optional lock (a read does not
 * rewrite the scanned repository's index), no proxy command.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PROXY_COMMAND: '' };
}

/** Commands that turn working-tree files into blobs to compare them, and so would run filter drivers. */
const FILTERING_COMMANDS = new Set(['diff']);

export interface GitResult {
  status: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** Runs `git args` in `cwd`; never throws (a missing git gives status null). */
export function runGit(cwd: string, args: readonly string[], input?: string): GitResult {
  const result = spawnSync('git', [...SAFE_CONFIG, ...filterDriversOff(cwd, args), ...args], {
    cwd,
    env: gitEnvironment(),
    // With encoding 'buffer' a string input would be read in that (non-)encoding: pass bytes.
    input: input === undefined ? undefined : Buffer.from(input),
    encoding: 'buffer',
    maxBuffer: 2 * 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return {
    status: result.status,
    stdout: result.stdout ?? Buffer.alloc(0),
    stderr: result.stderr ?? Buffer.alloc(0),
  };
}

/**
 * Starts `git args` in `cwd` and lets it run while this thread does synchronous work: its output goes to
 * temporary files rather than pipes, which would fill and stall it until the event loop next ran. Once
 * it exits they are read and removed, whether or not anyone waits for the result. Never rejects (a
 * missing git gives status null).
 */
export function startGit(cwd: string, args: readonly string[]): Promise<GitResult> {
  const folder = mkdtempSync(join(tmpdir(), 'mlops-maturity-git-'));
  const [outFile, errFile] = [join(folder, 'stdout'), join(folder, 'stderr')];
  const [out, err] = [openSync(outFile, 'w'), openSync(errFile, 'w')];
  const collect = (status: number | null): GitResult => {
    try {
      return { status, stdout: readFileSync(outFile), stderr: readFileSync(errFile) };
    } catch {
      return { status: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  try {
    const child = spawn('git', [...SAFE_CONFIG, ...filterDriversOff(cwd, args), ...args], {
      cwd,
      env: gitEnvironment(),
      stdio: ['ignore', out, err],
    });
    return new Promise((resolve) => {
      child.once('error', () => resolve(collect(null)));
      child.once('exit', (code) => resolve(collect(code)));
    });
  } catch (error) {
    // Not started (bad arguments, say): no exit will come to remove the folder.
    rmSync(folder, { recursive: true, force: true });
    throw error;
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

/**
 * `-c filter.<name>.clean=` (and smudge, process) for every filter driver the repository's settings
 * define, for a command in FILTERING_COMMANDS: an empty command is no filter, and .gitattributes (the
 * repository's) picks drivers by these names. One `git config` call, only for those commands.
 */
function filterDriversOff(cwd: string, args: readonly string[]): string[] {
  if (!FILTERING_COMMANDS.has(args[0] ?? '')) return [];
  const listed = spawnSync(
    'git',
    [...SAFE_CONFIG, 'config', '-z', '--name-only', '--get-regexp', '^filter\\.'],
    {
      cwd,
      env: gitEnvironment(),
      encoding: 'buffer',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const names = new Set<string>();
  for (const key of (listed.stdout ?? Buffer.alloc(0)).toString('utf8').split('\0')) {
    const name = key.slice('filter.'.length, key.lastIndexOf('.'));
    if (key.startsWith('filter.') && name !== '') names.add(name);
  }
  return [...names].flatMap((name) =>
    ['clean', 'smudge', 'process'].flatMap((command) => ['-c', `filter.${name}.${command}=`]),
  );
}

/** A full commit id (SHA-1 or SHA-256): the only thing ever fetched. */
export function isCommitId(value: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

/**
 * The commit id `ref` names in the clone (a branch, a tag, a SHA), or undefined. `ref` is never read as an
 * option: `--base=--upload-pack=...` is a revision git does not know.
 */
export function resolveCommit(cwd: string, ref: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a ref holding a control character is refused.
  if (ref === '' || /[\u0000-\u001f\u007f]/.test(ref)) return undefined;
  const result = runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const id = result.stdout.toString('utf8').trim();
  return result.status === 0 && isCommitId(id) ? id : undefined;
}

/** True when `commit` is in the clone. */
export function hasCommit(cwd: string, commit: string): boolean {
  return resolveCommit(cwd, commit) !== undefined;
}

/**
 * Fetches one commit, named by its full id, from origin (enough for a shallow clone to read it); false
 * when that fails. The upload-pack program is git's own, whatever remote.origin.uploadpack says.
 */
export function fetchCommit(cwd: string, commit: string): boolean {
  if (!isCommitId(commit)) return false;
  runGit(cwd, [
    'fetch',
    '--no-tags',
    '--depth=1',
    '--no-recurse-submodules',
    '--upload-pack=git-upload-pack',
    '--end-of-options',
    'origin',
    commit,
  ]);
  return hasCommit(cwd, commit);
}

/** The path of `cwd` inside its work tree, without a trailing slash (`''` at the top). */
export function pathInWorkTree(cwd: string): string {
  return runGit(cwd, ['rev-parse', '--show-prefix']).stdout.toString('utf8').trim().replace(/\/$/, '');
}
