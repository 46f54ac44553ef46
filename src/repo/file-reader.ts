// Reads files of the scanned tree safely: only regular files (a FIFO or a device is never read), never
// through a symlink (at the end of the path or at any folder of it) out of the root, capped in size,
// binary detected, any encoding tolerated. One buffer is reused for every read.
import { closeSync, lstatSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { fsName } from './path-bytes.js';
import { openRegularFile } from './safe-open.js';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'symlink-outside'
  | 'outside'
  | 'not-regular'
  | 'hard-link'
  | 'unreadable';

/** A file's bytes before decoding, known not to be binary; `bytes` is only valid until the next read. */
export type RawRead =
  | { status: 'bytes'; bytes: Buffer }
  | { status: 'skipped'; reason: SkipReason; message?: string }
  | { status: 'absent' };

/** What opening a file below a folder gives: that folder and every one above it are real folders. */
type FolderVerdict = 'folder' | 'absent' | 'symlink-outside' | 'unknown';

const BINARY_SNIFF_BYTES = 8000;
const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

export class FileReader {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private realRoot: string | undefined;
  /** What goes before a repo-relative path to open it: see openingPrefix(). */
  private readonly prefix: string;
  /** Per folder of a path read, once: a listing holds far fewer folders than files. */
  private readonly folders = new Map<string, FolderVerdict>();
  filesRead = 0;
  bytesRead = 0;

  constructor(private readonly root: string) {
    this.prefix = openingPrefix(root);
  }

  /**
   * Reads `path` (repo-relative) when it is at most `maxBytes` long, without decoding it (decodeBytes()),
   * so a caller can rule a file out from its bytes. Never throws.
   */
  readRaw(path: string, maxBytes = DEFAULT_MAX_BYTES): RawRead {
    if (!isPlainRelativePath(path)) return { status: 'skipped', reason: 'outside' };
    const slash = path.lastIndexOf('/');
    // The kernel follows symlinked folders of a path: each folder is checked (once) not to be one.
    const folder = slash === -1 ? 'folder' : this.folderVerdict(path.slice(0, slash));
    if (folder === 'absent') return { status: 'absent' };
    if (folder === 'symlink-outside') return { status: 'skipped', reason: 'symlink-outside' };
    const opened = openRegularFile(fsName(this.prefix + path));
    switch (opened.status) {
      case 'absent':
        return { status: 'absent' };
      case 'symlink':
        // One that stays inside the root is skipped quietly: its target is listed on its own.
        return this.isInsideRoot(`${this.root}/${path}`)
          ? { status: 'absent' }
          : { status: 'skipped', reason: 'symlink-outside' };
      case 'not-regular':
        return { status: 'skipped', reason: 'not-regular' };
      case 'hard-link':
        return { status: 'skipped', reason: 'hard-link' };
      case 'unreadable':
        return { status: 'skipped', reason: 'unreadable', message: opened.code };
    }
    const { fd } = opened;
    try {
      if (opened.size > maxBytes) return { status: 'skipped', reason: 'too-large' };
      // Read one byte past the cap: a file that grew since the fstat is still cut.
      const length = this.fill(fd, maxBytes + 1);
      this.filesRead += 1;
      this.bytesRead += length;
      if (length > maxBytes) return { status: 'skipped', reason: 'too-large' };
      return classifyBytes(this.buffer.subarray(0, length));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { status: 'skipped', reason: 'unreadable', message: code ?? 'read failed' };
    } finally {
      closeSync(fd);
    }
  }

  private folderVerdict(folder: string): FolderVerdict {
    const known = this.folders.get(folder);
    if (known !== undefined) return known;
    const slash = folder.lastIndexOf('/');
    let verdict = slash === -1 ? 'folder' : this.folderVerdict(folder.slice(0, slash));
    if (verdict === 'folder' || verdict === 'unknown') {
      try {
        const stats = lstatSync(fsName(this.prefix + folder), { throwIfNoEntry: false });
        if (stats === undefined) verdict = 'absent';
        else if (stats.isSymbolicLink())
          verdict = this.isInsideRoot(`${this.root}/${folder}`) ? 'absent' : 'symlink-outside';
        else if (!stats.isDirectory()) verdict = 'absent';
      } catch {
        // Too long a path, no permission: the open says so for the file itself.
        verdict = 'unknown';
      }
    }
    this.folders.set(folder, verdict);
    return verdict;
  }

  private fill(fd: number, limit: number): number {
    let length = 0;
    for (;;) {
      if (length === this.buffer.length) {
        if (length >= limit) return length;
        const grown = Buffer.allocUnsafe(Math.min(limit, this.buffer.length * 4));
        this.buffer.copy(grown, 0, 0, length);
        this.buffer = grown;
      }
      const wanted = Math.min(this.buffer.length, limit) - length;
      const count = readSync(fd, this.buffer, length, wanted, null);
      length += count;
      // A short read of a regular file is its end: no second read just to see zero bytes.
      if (count < wanted || length >= limit) return length;
    }
  }

  private isInsideRoot(absolute: string): boolean {
    try {
      this.realRoot ??= realpathSync(this.root);
      const target = realpathSync(fsName(absolute));
      return target === this.realRoot || target.startsWith(this.realRoot + sep);
    } catch {
      return false;
    }
  }
}

/**
 * The root as seen from the working folder when it is that folder or below it (`''`, `examples/app/`),
 * else its absolute path. The kernel resolves every folder of the path it is given on each open: for a
 * scan of the working folder, as in CI, that spares walking the root's own folders 100,000 times (10% of
 * the reading time of a 100,000-file tree whose root is four folders deep).
 */
function openingPrefix(root: string): string {
  let fromWorkingFolder: string;
  try {
    fromWorkingFolder = relative(process.cwd(), root);
  } catch {
    // The working folder was deleted: only the absolute path still leads anywhere.
    return `${root}/`;
  }
  if (fromWorkingFolder === '') return '';
  const isBelow = !isAbsolute(fromWorkingFolder) && fromWorkingFolder.split(sep)[0] !== '..';
  return isBelow ? `${fromWorkingFolder}/` : `${root}/`;
}

/** A repo-relative path that names a place below the root: no `..`, `.` or empty segment, not absolute. */
function isPlainRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.endsWith('/') || path.includes('//')) return false;
  if (!path.includes('.')) return true;
  return !path.split('/').some((segment) => segment === '.' || segment === '..');
}

/** Binary when a NUL byte comes in the first 8000 bytes, as git decides; UTF-16 text holds NULs, so not it. */
export function classifyBytes(bytes: Buffer): RawRead {
  if (isUtf16(bytes)) return { status: 'bytes', bytes };
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < BINARY_SNIFF_BYTES) return { status: 'skipped', reason: 'binary' };
  return { status: 'bytes', bytes };
}

export function isUtf16(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
}

/** UTF-16 with its BOM, else UTF-8; invalid UTF-8 (a Latin-1 file, say) decodes with replacement characters. */
export function decodeBytes(bytes: Buffer): string {
  if (isUtf16(bytes)) return utf16.decode(bytes.subarray(2));
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return utf8.decode(start === 0 ? bytes : bytes.subarray(start));
}
