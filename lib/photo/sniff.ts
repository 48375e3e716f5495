// Which image format a file's first bytes say it is. The file name and the type the browser guessed
// can both be wrong (a .jpg that is a PDF), so the photo guard goes by the bytes.

const SIGNATURES: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', test: (b) => ascii(b, 1, 3) === 'PNG' && b[0] === 0x89 },
  { type: 'image/gif', test: (b) => ascii(b, 0, 4) === 'GIF8' },
  { type: 'image/webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP' },
  { type: 'image/bmp', test: (b) => ascii(b, 0, 2) === 'BM' },
  { type: 'image/avif', test: (b) => ascii(b, 4, 4) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 4)) },
  {
    type: 'image/heic',
    test: (b) => ascii(b, 4, 4) === 'ftyp' && /^(heic|heix|hevc|mif1|msf1)$/.test(ascii(b, 8, 4)),
  },
];

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** The image type of these bytes (only the first 16 are needed), or undefined if not an image. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => signature.test(bytes))?.type;
}
