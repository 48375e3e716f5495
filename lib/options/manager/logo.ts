import { MAX_LOGO_CHARS } from '../../pack/schema.ts';

// The uniform's logo, chosen as an image file and kept in the pack as a data: URL. Pure.

/** The image types a pack's logo may be (the schema's). */
type LogoType = 'png' | 'jpeg' | 'webp';

/** The longest data: URL prefix of the three ("data:image/jpeg;base64,", as long as webp's). */
const PREFIX_CHARS = 'data:image/jpeg;base64,'.length;

/** The largest file whose data: URL fits in a pack: base64 turns each 3 bytes into 4 characters. */
export const MAX_LOGO_BYTES = Math.floor((MAX_LOGO_CHARS - PREFIX_CHARS) / 4) * 3;

/** A size as file managers show it, rounded up so a file just over a limit never reads as under it. */
export const kiloBytes = (bytes: number): string => `${Math.ceil(bytes / 1024)} kB`;

/** Why a file of this size cannot be the logo, in words that say what to do; null when it can. */
export function logoSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty; choose the logo image again.';
  if (bytes <= MAX_LOGO_BYTES) return null;
  // The advice is a round number under the true limit (about 219 kB), as the schema's message says.
  return `The logo is ${kiloBytes(bytes)}; use an image under 200 kB, such as a cropped PNG.`;
}

/** The image type by the file's first bytes, whatever its name or the type the browser guessed. */
export function sniffImageType(bytes: Uint8Array): LogoType | null {
  const starts = (...head: number[]) => head.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * The logo as the pack keeps it, from the data: URL a file was read as: typed by its content, so a
 * PNG the browser called application/octet-stream is still a PNG. A message when it is not an image
 * the pack takes.
 */
export function logoDataUrl(dataUrl: string, fileName: string): { url: string } | { problem: string } {
  const comma = dataUrl.indexOf(',');
  const base64 = comma >= 0 && /;base64$/.test(dataUrl.slice(0, comma)) ? dataUrl.slice(comma + 1) : '';
  let head = new Uint8Array();
  try {
    head = Uint8Array.from(atob(base64.slice(0, 16)), (c) => c.charCodeAt(0));
  } catch {
    // Not base64: refused below as not an image.
  }
  const type = sniffImageType(head);
  if (!type) {
    return {
      problem: `${fileName} is not a PNG, JPEG or WebP image. Save the logo as a PNG and choose it again.`,
    };
  }
  const url = `data:image/${type};base64,${base64}`;
  // A guard only: a file that passed logoSizeProblem always fits.
  if (url.length > MAX_LOGO_CHARS) return { problem: logoSizeProblem(MAX_LOGO_BYTES + 1) ?? '' };
  return { url };
}
