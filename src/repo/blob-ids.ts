// Git blob ids computed from the bytes read, so a scan of another commit can reuse what was extracted from
// an identical file instead of reading and parsing it again. Hashing what was read needs no git call and
// cannot be fooled by a stale index.
import { createHash } from 'node:crypto';

/** The id git gives a blob with these bytes: SHA-1 of `blob <length>\0<bytes>`. */
export function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
