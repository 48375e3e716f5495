import { describe, expect, it } from 'vitest';
import { sniffImageType } from './sniff.ts';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffImageType', () => {
  it.each([
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['image/png', bytes([0x89], 'PNG', [0x0d, 0x0a])],
    ['image/gif', bytes('GIF89a')],
    ['image/webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['image/heic', bytes([0, 0, 0, 24], 'ftypheic')],
    ['image/avif', bytes([0, 0, 0, 24], 'ftypavif')],
  ])('knows %s by its first bytes', (type, head) => {
    expect(sniffImageType(head)).toBe(type);
  });

  it('refuses text, PDFs and empty files, whatever their name says', () => {
    expect(sniffImageType(bytes('%PDF-1.7'))).toBeUndefined();
    expect(sniffImageType(bytes('hello, world'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
    expect(sniffImageType(bytes([0, 0, 0, 24], 'ftypmp42'))).toBeUndefined();
  });
});
