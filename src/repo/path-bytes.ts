// File names are bytes, and git and the kernel hand them over as such: most are UTF-8, but a name written
// by another tool can hold any byte except `/` and NUL. Decoding those lossily (U+FFFD) would name a file
// that does not exist, so it would be listed and never read. Each byte of an invalid sequence becomes one
// lone surrogate instead, U+DC80 to U+DCFF ("surrogate escape", as Python calls it): no valid UTF-8 name
// decodes to one, so the string still names exactly one file and turns back into its bytes.

const ESCAPE_BASE = 0xdc00;
const REPLACEMENT = '\uFFFD';

/** NUL-separated names (git's `-z` output) as strings; an empty last field is dropped. */
export function splitNulNames(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  // A U+FFFD in the decoded text is where a name may not be UTF-8: only then are names decoded one by one.
  const names = text.includes(REPLACEMENT) ? splitDecodingEach(bytes) : text.split('\0');
  if (names.at(-1) === '') names.pop();
  return names;
}

function splitDecodingEach(bytes: Buffer): string[] {
  const names: string[] = [];
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0, start);
    if (end === -1) end = bytes.length;
    names.push(decodeName(bytes.subarray(start, end)));
    start = end + 1;
  }
  return names;
}

/** One name's bytes as a string, each byte of an invalid UTF-8 sequence escaped. */
export function decodeName(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!text.includes(REPLACEMENT)) return text;
  let decoded = '';
  let copiedFrom = 0;
  for (let index = 0; index < bytes.length; ) {
    const length = sequenceLength(bytes, index);
    if (length > 0) {
      index += length;
      continue;
    }
    decoded += `${bytes.toString('utf8', copiedFrom, index)}${String.fromCharCode(ESCAPE_BASE + bytes[index]!)}`;
    index += 1;
    copiedFrom = index;
  }
  return decoded + bytes.toString('utf8', copiedFrom);
}

/**
 * The length of the valid UTF-8 sequence at `index`, or 0 when the byte there starts none: a stray
 * continuation byte, an overlong form, an encoded surrogate, a code point past U+10FFFF, or a cut sequence.
 */
function sequenceLength(bytes: Buffer, index: number): number {
  const first = bytes[index]!;
  if (first < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) length = 2;
  else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    if (first === 0xe0) low = 0xa0;
    if (first === 0xed) high = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    if (first === 0xf0) low = 0x90;
    if (first === 0xf4) high = 0x8f;
  } else return 0;
  if (index + length > bytes.length) return 0;
  const second = bytes[index + 1]!;
  if (second < low || second > high) return 0;
  for (let offset = 2; offset < length; offset++) {
    const next = bytes[index + offset]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Whether `name` holds an escaped byte (a lone surrogate), so it must be turned back into bytes. */
export function hasEscapedBytes(name: string): boolean {
  // String.prototype.isWellFormed (ES2024; Node 20 has it) is not in the ES2023 library typings.
  return !(name as string & { isWellFormed(): boolean }).isWellFormed();
}

/** What to give the file system for `name`: the string itself, or its bytes when it holds escaped ones. */
export function fsName(name: string): string | Buffer {
  return hasEscapedBytes(name) ? nameBytes(name) : name;
}

/** The bytes a name stands for: UTF-8, with each escaped byte as itself. */
export function nameBytes(name: string): Buffer {
  const parts: Buffer[] = [];
  let copiedFrom = 0;
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code < 0xd800 || code > 0xdfff) continue;
    const isPair = code <= 0xdbff && isLowSurrogate(name.charCodeAt(index + 1));
    if (isPair) {
      index += 1;
      continue;
    }
    parts.push(Buffer.from(name.slice(copiedFrom, index), 'utf8'));
    // Only U+DC80-U+DCFF stand for bytes; any other lone surrogate has no bytes and is written as U+FFFD.
    parts.push(
      code >= ESCAPE_BASE + 0x80 && code <= ESCAPE_BASE + 0xff
        ? Buffer.of(code - ESCAPE_BASE)
        : Buffer.from(REPLACEMENT, 'utf8'),
    );
    copiedFrom = index + 1;
  }
  parts.push(Buffer.from(name.slice(copiedFrom), 'utf8'));
  return Buffer.concat(parts);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const UNRESERVED = /^[A-Za-z0-9\-_.~]$/;

/** A path segment percent-encoded byte by byte (RFC 3986), escaped bytes as themselves: `%FF`. */
export function percentEncodeSegment(segment: string): string {
  if (!hasEscapedBytes(segment)) {
    return encodeURIComponent(segment).replace(
      /[()'!*]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  }
  let encoded = '';
  for (const byte of nameBytes(segment)) {
    const char = String.fromCharCode(byte);
    encoded +=
      byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}
