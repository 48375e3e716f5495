import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url, toHex } from './encoding.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('base64url', () => {
  it('writes the URL-safe alphabet with no padding', () => {
    expect(toBase64Url(bytes())).toBe('');
    expect(toBase64Url(bytes(0xfb, 0xff))).toBe('-_8');
    expect(toBase64Url(bytes(0x66, 0x6f, 0x6f))).toBe('Zm9v');
    expect(toBase64Url(bytes(0x66))).toBe('Zg');
  });

  it('round-trips every length from 0 to 70 bytes, with every byte value', () => {
    for (let length = 0; length <= 70; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 37 + length) % 256);
      const text = toBase64Url(data);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(data);
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(all))).toEqual(all);
  });

  it('also reads plain base64, with or without padding', () => {
    expect(fromBase64Url('+/8=')).toEqual(bytes(0xfb, 0xff));
    expect(fromBase64Url('+/8')).toEqual(bytes(0xfb, 0xff));
    expect(fromBase64Url('Zg==')).toEqual(bytes(0x66));
  });

  it.each([
    ['spaces', 'Zm9 v'],
    ['a newline', 'Zm9v\n'],
    ['a character outside the alphabet', 'Zm9v!'],
    ['too much padding', 'Zg==='],
    ['padding in the middle', 'Zg=Zg'],
    ['an impossible length', 'Z'],
    ['non-ASCII letters', 'Zm9vé'],
  ])('rejects text with %s', (_what, text) => {
    expect(fromBase64Url(text)).toBeNull();
  });
});

describe('toHex', () => {
  it('writes two lowercase digits per byte', () => {
    expect(toHex(bytes())).toBe('');
    expect(toHex(bytes(0, 1, 0xab, 0xff))).toBe('0001abff');
  });
});
