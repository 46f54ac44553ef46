// Reads files of the scanned tree safely: never through a symlink out of the root, capped in size,
// binary detected, any encoding tolerated. One buffer is reused for every read.
import { closeSync, constants, openSync, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type ReadResult =
  | { status: 'text'; text: string; bytes: number }
  | { status: 'skipped'; reason: 'binary' | 'too-large' | 'symlink-outside' | 'unreadable'; message?: string }
  | { status: 'absent' };

const BINARY_SNIFF_BYTES = 8000;
const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

export class FileReader {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private realRoot: string | undefined;
  filesRead = 0;
  bytesRead = 0;

  constructor(private readonly root: string) {}

  /** Reads `path` (repo-relative) when it is at most `maxBytes` long. Never throws. */
  read(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
    const absolute = `${this.root}/${path}`;
    let fd: number;
    try {
      // O_NOFOLLOW: a symlink is never opened through; git and the walk never list paths below one.
      fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      return this.explainOpenFailure(absolute, error);
    }
    try {
      // Read one byte past the cap: that tells "too large" without an fstat per file.
      const length = this.fill(fd, maxBytes + 1);
      this.filesRead += 1;
      this.bytesRead += length;
      if (length > maxBytes) return { status: 'skipped', reason: 'too-large' };
      return decodeText(this.buffer.subarray(0, length));
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

  private explainOpenFailure(absolute: string, error: unknown): ReadResult {
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

/** Text of a file's bytes: binary detected, UTF-16 (with BOM) and invalid UTF-8 tolerated. */
export function decodeText(bytes: Buffer): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { status: 'text', text: utf16.decode(bytes.subarray(2)), bytes: bytes.length };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { status: 'skipped', reason: 'binary' };
  // Invalid UTF-8 (a Latin-1 file, say) decodes with replacement characters instead of failing.
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { status: 'text', text: utf8.decode(bytes.subarray(start)), bytes: bytes.length };
}
