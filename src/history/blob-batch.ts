// Reads many blobs with as few git processes as the memory bound allows: one `git cat-file --batch-check`
// sizes them all, then `git cat-file --batch` reads those under their cap, about CHUNK_BYTES at a time
// (one process for a history's changed files in most repositories).
import type { RawRead } from '../repo/file-reader.js';
import { classifyBytes } from '../repo/file-reader.js';
import { runGit } from '../repo/run-git.js';

const CHUNK_BYTES = 64 * 1024 * 1024;

export interface BlobRequest {
  blobId: string;
  /** The largest size any reader of this blob takes. */
  maxBytes: number;
}

/**
 * Calls `visit(blobId, read)` once per requested blob, in chunks: a blob over its cap gives `too-large`,
 * one git cannot read (missing from a partial clone, say) `unreadable`.
 */
export function readBlobs(
  root: string,
  requests: readonly BlobRequest[],
  visit: (blobId: string, read: RawRead) => void,
): void {
  if (requests.length === 0) return;
  const sizes = sizeBlobs(
    root,
    requests.map(({ blobId }) => blobId),
  );
  let chunk: string[] = [];
  let chunkBytes = 0;
  const flush = () => {
    if (chunk.length > 0) fetchChunk(root, chunk, visit);
    chunk = [];
    chunkBytes = 0;
  };
  for (const { blobId, maxBytes } of requests) {
    const size = sizes.get(blobId);
    if (size === undefined)
      visit(blobId, { status: 'skipped', reason: 'unreadable', message: 'not in the clone' });
    else if (size > maxBytes) visit(blobId, { status: 'skipped', reason: 'too-large' });
    else {
      chunk.push(blobId);
      chunkBytes += size;
      if (chunkBytes >= CHUNK_BYTES) flush();
    }
  }
  flush();
}

/** Each blob's size from one `git cat-file --batch-check`; missing blobs are left out. */
function sizeBlobs(root: string, blobIds: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  const result = runGit(root, ['cat-file', '--batch-check'], `${blobIds.join('\n')}\n`);
  if (result.status !== 0) return sizes;
  // One `<object> <type> <size>` (or `<object> missing`) line per requested id, in order.
  result.stdout
    .toString('latin1')
    .split('\n')
    .forEach((line, index) => {
      const [, type, size] = line.split(' ');
      const blobId = blobIds[index];
      if (type === 'blob' && size !== undefined && blobId !== undefined) sizes.set(blobId, Number(size));
    });
  return sizes;
}

function fetchChunk(
  root: string,
  blobIds: readonly string[],
  visit: (blobId: string, read: RawRead) => void,
) {
  const result = runGit(root, ['cat-file', '--batch'], `${blobIds.join('\n')}\n`);
  const output = result.status === 0 ? result.stdout : Buffer.alloc(0);
  let offset = 0;
  for (const blobId of blobIds) {
    const headerEnd = output.indexOf(0x0a, offset);
    const [, type, size] =
      headerEnd === -1 ? [] : output.subarray(offset, headerEnd).toString('latin1').split(' ');
    if (headerEnd === -1 || type !== 'blob' || size === undefined) {
      visit(blobId, { status: 'skipped', reason: 'unreadable', message: 'git cat-file failed' });
      if (headerEnd !== -1) offset = headerEnd + 1;
      continue;
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    visit(blobId, classifyBytes(output.subarray(start, end)));
    offset = end + 1;
  }
}
