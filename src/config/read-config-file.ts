// Reads the configuration file as the scanned repository's other files are read: a committed
// .mlops-maturity.yml is the repository's to write, so it is never followed out through a symlink, never
// a FIFO or a device, and capped in size. Every refusal is a one-line usage error naming the file.
import { closeSync, lstatSync, readSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../engine/usage-error.js';
import { classifyBytes, decodeBytes } from '../repo/file-reader.js';
import { openRegularFile } from '../repo/safe-open.js';

/** A configuration file is a few lines; anything this long is not one. */
export const CONFIG_MAX_BYTES = 256 * 1024;

/**
 * The text of the configuration file at `path`, or undefined when there is none. The folders between the
 * scanned `root` (or, for a file outside it, the working folder) and the file must be real folders, and
 * the file itself a regular file, not a symlink.
 */
export function readConfigFile(path: string, display: string, root: string): string | undefined {
  const absolute = resolve(path);
  const base =
    [resolve(root), process.cwd()].find((folder) => isWithin(absolute, folder)) ?? dirname(absolute);
  let folder = base;
  for (const segment of relative(base, absolute).split(sep).slice(0, -1)) {
    folder = join(folder, segment);
    const stats = lstatOrUndefined(folder);
    if (stats === undefined) return undefined;
    if (stats.isSymbolicLink())
      throw new UsageError(
        `${display}: the folder ${relative(base, folder)} is a symbolic link; not followed. Point the configuration at a file in a real folder.`,
      );
  }
  const opened = openRegularFile(absolute);
  switch (opened.status) {
    case 'absent':
      return undefined;
    case 'symlink':
      throw new UsageError(
        `${display}: is a symbolic link; not followed. Commit the configuration file itself.`,
      );
    case 'not-regular':
      throw new UsageError(
        `${display}: not a regular file (a FIFO, socket or device); not read. Make it a YAML file.`,
      );
    case 'hard-link':
      throw new UsageError(
        `${display}: a hard link (the file has other names); not read. Commit the configuration file itself.`,
      );
    case 'unreadable':
      throw new UsageError(`${display}: cannot read (${opened.code}). Check the path and its permissions.`);
  }
  try {
    const tooLarge = () =>
      new UsageError(
        `${display}: larger than ${CONFIG_MAX_BYTES / 1024} KiB; not read. A configuration is a few lines.`,
      );
    if (opened.size > CONFIG_MAX_BYTES) throw tooLarge();
    const buffer = Buffer.alloc(CONFIG_MAX_BYTES + 1);
    let length = 0;
    for (let count = -1; count !== 0 && length < buffer.length; length += count) {
      count = readSync(opened.fd, buffer, length, buffer.length - length, null);
    }
    if (length > CONFIG_MAX_BYTES) throw tooLarge();
    const bytes = buffer.subarray(0, length);
    if (classifyBytes(bytes).status !== 'bytes')
      throw new UsageError(`${display}: a binary file, not YAML; not read. Make it a YAML file.`);
    return decodeBytes(bytes);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'read failed';
    throw new UsageError(`${display}: cannot read (${code}). Check the path and its permissions.`);
  } finally {
    closeSync(opened.fd);
  }
}

function isWithin(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !isAbsolute(fromFolder) && fromFolder.split(sep)[0] !== '..';
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
