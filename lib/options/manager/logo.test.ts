import { describe, expect, it } from 'vitest';
import { MAX_LOGO_CHARS, photosSchema } from '../../pack/schema.ts';
import { logoDataUrl, logoSizeProblem, MAX_LOGO_BYTES, sniffImageType } from './logo.ts';

/** A 1×1 PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('logoSizeProblem', () => {
  it('takes a file whose data: URL fits in a pack, and no larger', () => {
    expect(logoSizeProblem(MAX_LOGO_BYTES)).toBeNull();
    const url = `data:image/jpeg;base64,${'A'.repeat((MAX_LOGO_BYTES / 3) * 4)}`;
    expect(url.length).toBeLessThanOrEqual(MAX_LOGO_CHARS);
    expect(photosSchema.shape.uniformLogo.safeParse(url).success).toBe(true);
    expect(logoSizeProblem(MAX_LOGO_BYTES + 1)).not.toBeNull();
  });

  it('says how large the file is and what to use instead', () => {
    expect(logoSizeProblem(540 * 1024)).toBe(
      'The logo is 540 kB; use an image under 200 kB, such as a cropped PNG.',
    );
    expect(logoSizeProblem(0)).toBe('The file is empty; choose the logo image again.');
  });
});

describe('sniffImageType', () => {
  it.each([
    ['a PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0), 'png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    ['a WebP', bytes('RIFF', 1, 2, 3, 4, 'WEBPVP8 '), 'webp'],
    ['a GIF', bytes('GIF89a'), null],
    ['a WAV (RIFF, not WebP)', bytes('RIFF', 1, 2, 3, 4, 'WAVE'), null],
    ['an SVG', bytes('<svg xmlns'), null],
    ['nothing', bytes(), null],
  ])('knows %s by its first bytes', (_what, head, type) => {
    expect(sniffImageType(head)).toBe(type);
  });
});

describe('logoDataUrl', () => {
  it('types the logo by its content, whatever the browser called it', () => {
    expect(logoDataUrl(`data:application/octet-stream;base64,${PNG_BASE64}`, 'logo')).toEqual({
      url: `data:image/png;base64,${PNG_BASE64}`,
    });
  });

  it('refuses a file that is not a PNG, JPEG or WebP image, saying what to do', () => {
    const gif = `data:image/gif;base64,${btoa('GIF89a....')}`;
    expect(logoDataUrl(gif, 'logo.gif')).toEqual({
      problem: 'logo.gif is not a PNG, JPEG or WebP image. Save the logo as a PNG and choose it again.',
    });
    expect(logoDataUrl('data:text/plain,hello', 'notes.txt')).toHaveProperty('problem');
    expect(logoDataUrl('data:image/png;base64,!!!!', 'bad.png')).toHaveProperty('problem');
  });
});
