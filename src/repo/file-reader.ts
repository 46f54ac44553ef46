// Reads files of the scanned tree safely: never through a symlink out of the root, capped in size,
// binary detected, any encoding tolerated. One buffer is reused for every read.
import { closeSync, constants, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** A file's bytes before decoding, known not to be binary; `bytes` is only valid until the next read. */
export type RawRead =
  | { status: 'bytes'; bytes: Buffer }
  | { status: 'skipped'; reason: 'binary' | 'too-large' | 'symlink-outside' | 'unreadable'; message?: string }
  | { status: 'absent' };

const BINARY_SNIFF_BYTES = 8000;
const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

export class FileReader {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private realRoot: string | undefined;
  /** What goes before a repo-relative path to open it: see openingPrefix(). */
  private readonly prefix: string;
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
    let fd: number;
    try {
      // O_NOFOLLOW: a symlink is never opened through; git and the walk never list paths below one.
      fd = openSync(this.prefix + path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      return this.explainOpenFailure(`${this.root}/${path}`, error);
    }
    try {
      // Read one byte past the cap: that tells "too large" without an fstat per file.
      const length = this.fill(fd, maxBytes + 1);
      this.filesRead += 1;
      this.bytesRead += length;
      if (length > maxBytes) return { status: 'skipped', reason: 'too-large' };
      return classifyBytes(this.buffer.subarray(0, length));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EISDIR') return { status: 'absent' };
      return { status: 'skipped', reason: 'unreadable', message: code ?? 'read failed' };
    } finally {
      closeSync(fd);
    }
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

  private explainOpenFailure(absolute: string, error: unknown): RawRead {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return { status: 'absent' };
    if (code === 'ELOOP')
      return this.isInsideRoot(absolute)
        ? { status: 'absent' }
        : { status: 'skipped', reason: 'symlink-outside' };
    return { status: 'skipped', reason: 'unreadable', message: code ?? 'open failed' };
  }

  /** A symlink that stays inside the root is skipped quietly: its target is listed on its own. */
  private isInsideRoot(absolute: string): boolean {
    try {
      this.realRoot ??= realpathSync(this.root);
      const target = realpathSync(absolute);
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
