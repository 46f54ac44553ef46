// One file read through a source and decoded as the scan decodes it (readRaw, then decodeBytes): what the
// reading tests compare.
import { DEFAULT_MAX_BYTES, decodeBytes, type RawRead } from '../../src/repo/file-reader.js';

export function readText(
  source: { readRaw(path: string, maxBytes: number): RawRead },
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
) {
  const read = source.readRaw(path, maxBytes);
  return read.status === 'bytes'
    ? { status: 'text', text: decodeBytes(read.bytes), bytes: read.bytes.length }
    : read;
}
