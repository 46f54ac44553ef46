import { describe, expect, it } from 'vitest';
import {
  decodeName,
  fsName,
  hasEscapedBytes,
  nameBytes,
  percentEncodeSegment,
  splitNulNames,
} from '../../src/repo/path-bytes.js';

const bytes = (...values: number[]) => Buffer.from(values);

describe('file names that are not UTF-8', () => {
  it('decodes valid UTF-8 names as they are, fast path and slow path alike', () => {
    const names = ['src/train.py', 'données/é.py', 'emoji/😀.py', 'real/\uFFFD.py'];
    expect(splitNulNames(Buffer.from(`${names.join('\0')}\0`))).toEqual(names);
    for (const name of names) expect(decodeName(Buffer.from(name))).toBe(name);
    expect(names.map(hasEscapedBytes)).toEqual([false, false, false, false]);
  });

  it('escapes each byte of an invalid sequence, and only those', () => {
    // A Latin-1 é, an overlong `/`, an encoded surrogate, a cut euro sign, a stray continuation byte.
    const cases: [Buffer, string][] = [
      [bytes(0x74, 0xe9, 0x2e, 0x70, 0x79), 't\udce9.py'],
      [bytes(0xc0, 0xaf), '\udcc0\udcaf'],
      [bytes(0xed, 0xa0, 0x80), '\udced\udca0\udc80'],
      [bytes(0x61, 0xe2, 0x82), 'a\udce2\udc82'],
      [bytes(0x80, 0xc3, 0xa9), '\udc80é'],
      [bytes(0xf4, 0x90, 0x80, 0x80), '\udcf4\udc90\udc80\udc80'],
    ];
    for (const [raw, expected] of cases) {
      expect(decodeName(raw)).toBe(expected);
      expect(nameBytes(expected).equals(raw)).toBe(true);
      expect(hasEscapedBytes(expected)).toBe(true);
    }
  });

  it('turns any bytes back into themselves (random names, 2,000 of them)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 2000; round++) {
      const raw = Buffer.from(Array.from({ length: 1 + (random() % 12) }, () => 1 + (random() % 255)));
      const name = decodeName(raw);
      expect(nameBytes(name).equals(raw), raw.toString('hex')).toBe(true);
      const asGiven = fsName(name);
      expect(typeof asGiven === 'string' ? Buffer.from(asGiven).equals(raw) : asGiven.equals(raw)).toBe(true);
    }
  });

  it('splits git output where only one name is not UTF-8', () => {
    const output = Buffer.concat([Buffer.from('a.py\0'), bytes(0x62, 0xff), Buffer.from('.py\0c/é.py\0')]);
    expect(splitNulNames(output)).toEqual(['a.py', 'b\udcff.py', 'c/é.py']);
  });

  it('percent-encodes a segment byte by byte, escaped bytes as themselves', () => {
    expect(percentEncodeSegment('train\udcff.py')).toBe('train%FF.py');
    expect(percentEncodeSegment('é (1)\udcff')).toBe('%C3%A9%20%281%29%FF');
    expect(percentEncodeSegment('é (1).py')).toBe('%C3%A9%20%281%29.py');
  });
});
