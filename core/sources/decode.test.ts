import { describe, expect, it } from 'vitest';
import { decodeSeed, firstInvalidUtf8Offset } from './decode';
import { errorOf } from './seed-error-of';

const enc = new TextEncoder();
const file = (bytes: Uint8Array | string, name = 'x.txt') => ({
  name,
  bytes: typeof bytes === 'string' ? enc.encode(bytes) : bytes,
});

describe('decodeSeed', () => {
  it('strips a BOM and normalises CRLF and CR', () => {
    expect(decodeSeed(file('\ufeffTitle\r\n\r\nOne.\rTwo.'))).toBe('Title\n\nOne.\nTwo.');
  });

  it('keeps non-ASCII text intact', () => {
    expect(decodeSeed(file('Toqaýev – “Nur-Sultan”'))).toBe('Toqaýev – “Nur-Sultan”');
  });

  it.each([
    ['empty', new Uint8Array(0), /file is empty/u, undefined],
    ['whitespace only', enc.encode(' \n\t\r\n  \n'), /only whitespace/u, undefined],
    // Latin-1 "é" (0xE9) on line 3.
    [
      'not UTF-8',
      new Uint8Array([...enc.encode('Title\n\nCaf'), 0xe9, 0x0a]),
      /not valid UTF-8 \(byte 0xe9/u,
      3,
    ],
    ['overlong encoding', new Uint8Array([0x41, 0xc0, 0xaf]), /not valid UTF-8/u, 1],
    ['UTF-16 surrogate encoded', new Uint8Array([0xed, 0xa0, 0x80]), /not valid UTF-8/u, 1],
    [
      'truncated sequence',
      new Uint8Array([...enc.encode('ok\n'), 0xe2, 0x82]),
      /not valid UTF-8/u,
      2,
    ],
    [
      'binary with NUL',
      new Uint8Array([...enc.encode('a\nb\n'), 0x00, 0x01, 0x02]),
      /NUL bytes.*binary/u,
      3,
    ],
    ['control characters', enc.encode('Title\n\nText \u0007 bell.'), /U\+0007.*binary/u, 3],
    [
      'PNG header',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      /not valid UTF-8/u,
      1,
    ],
  ])('rejects %s, naming the file and line', (_label, bytes, message, line) => {
    const error = errorOf(() => decodeSeed(file(bytes, 'bad.txt')));
    expect(error.file).toBe('bad.txt');
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
    if (line !== undefined) expect(error.message.startsWith(`bad.txt:${line}: `)).toBe(true);
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('agrees with TextDecoder on valid text', () => {
    const bytes = enc.encode('aé€𝄞 done');
    expect(firstInvalidUtf8Offset(bytes)).toBe(bytes.length);
  });
  it('points at the first bad byte', () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0x62, 0xff, 0x63]))).toBe(2);
  });
});
