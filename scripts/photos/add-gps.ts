// Metadata for rendered JPEGs. Chromium's screenshots carry no metadata at all, so location data is
// added afterwards: the GPS (EXIF) and XMP segments are taken from the JPEGs that
// tests/support/exif-gps.ts writes (one encoder for the whole project) and spliced in straight after
// the start-of-image marker, where cameras put them. cameraExif() writes the hard negative the
// helper has no builder for: EXIF that names the camera and time but records no place.

import { segment, withSegments } from '../../tests/support/exif-gps.ts';

const SOI = [0xff, 0xd8];

interface Segment {
  marker: number;
  bytes: Uint8Array;
}

/** The marker segments between SOI and the first non-APPn marker (the metadata region). */
export function appSegments(jpeg: Uint8Array): Segment[] {
  if (jpeg[0] !== SOI[0] || jpeg[1] !== SOI[1]) throw new Error('not a JPEG');
  const out: Segment[] = [];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1]! >= 0xe0 && jpeg[at + 1]! <= 0xef) {
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    out.push({ marker: jpeg[at + 1]!, bytes: jpeg.subarray(at, at + 2 + length) });
    at += 2 + length;
  }
  return out;
}

/** `target` with the location-bearing segments of `source` (APP1 EXIF/XMP, APP13 IPTC) added after SOI. */
export function withMetadataFrom(target: Uint8Array, source: Uint8Array): Uint8Array {
  const segments = appSegments(source).filter((s) => s.marker === 0xe1 || s.marker === 0xed);
  if (segments.length === 0) throw new Error('the source JPEG has no EXIF, XMP or IPTC segment');
  return insertAfterSoi(
    target,
    segments.map((s) => s.bytes),
  );
}

/** Splices segments in straight after SOI (the shared JPEG helper's own splice). */
export const insertAfterSoi = withSegments;

/** An EXIF APP1 segment with IFD0 Make, Model and DateTime: a camera's metadata with no place in it. */
export function cameraExif(make: string, model: string, dateTime: string): Uint8Array {
  const fields: [number, string][] = [
    [0x010f, make],
    [0x0110, model],
    [0x0132, dateTime],
  ];
  const ifdStart = 8;
  const ifdLength = 2 + fields.length * 12 + 4;
  const head: number[] = [0x4d, 0x4d, 0, 42, ...u32(ifdStart), ...u16(fields.length)];
  const data: number[] = [];
  for (const [tag, value] of fields) {
    const bytes = [...value].map((c) => c.charCodeAt(0) & 0x7f).concat(0);
    const offset = ifdStart + ifdLength + data.length;
    // Values over 4 bytes live after the IFD; the entry points at them (TIFF 6.0, section 2).
    const field = bytes.length <= 4 ? [...bytes, 0, 0, 0, 0].slice(0, 4) : u32(offset);
    head.push(...u16(tag), ...u16(2), ...u32(bytes.length), ...field);
    if (bytes.length > 4) data.push(...bytes, ...(bytes.length % 2 ? [0] : []));
  }
  head.push(...u32(0));
  return segment(0xe1, new Uint8Array([...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat(head, data)));
}

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
