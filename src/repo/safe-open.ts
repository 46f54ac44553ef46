// Opens one file of the scanned tree for reading, or says why not: never through a symlink at its end,
// never blocking on a FIFO or a device (opened non-blocking, then checked to be a regular file), never a
// file with other names (a hard link's other name may be outside the tree; git never makes one).
import { closeSync, constants, fstatSync, openSync } from 'node:fs';

export type OpenOutcome =
  | { status: 'open'; fd: number; size: number }
  | { status: 'absent' }
  | { status: 'symlink' }
  | { status: 'not-regular' }
  | { status: 'hard-link' }
  | { status: 'unreadable'; code: string };

const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Opens `path` when it is a regular file; the caller closes the descriptor. Never throws. */
export function openRegularFile(path: string | Buffer): OpenOutcome {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'open failed';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'absent' };
    // O_NOFOLLOW's answer to a symlink; ENXIO is a socket's (or a FIFO's with no writer on some systems).
    if (code === 'ELOOP' || code === 'EMLINK') return { status: 'symlink' };
    if (code === 'ENXIO' || code === 'EOPNOTSUPP') return { status: 'not-regular' };
    return { status: 'unreadable', code };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.nlink <= 1) return { status: 'open', fd, size: stats.size };
    closeSync(fd);
    if (stats.isFile()) return { status: 'hard-link' };
    return stats.isDirectory() ? { status: 'absent' } : { status: 'not-regular' };
  } catch (error) {
    closeSync(fd);
    return { status: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'stat failed' };
  }
}
