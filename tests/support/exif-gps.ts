import jpeg from 'jpeg-js';

// Real JPEG files with location data, built byte by byte, for the photo guard's tests (unit, eval and
// browser). No sample photos are needed: jpeg-js encodes a small picture, and the metadata segments
// are written here and put straight after the start-of-image marker, where cameras put them.
//
//   jpegWithGps({ latitude, longitude })     EXIF GPS (APP1 "Exif", GPS IFD), as a phone writes it
//   jpegWithXmpGps({ latitude, longitude })  XMP exif:GPSLatitude/GPSLongitude (APP1 XMP), as
//                                            Lightroom and some apps write it; add city/sublocation
//                                            for photoshop:City and Iptc4xmpCore:Location
//   jpegWithIptcCity({ city })               IPTC City (APP13 Photoshop IRB), no coordinates
//   plainJpeg()                              the same picture with no metadata at all
//   addGps(jpeg, { latitude, longitude })    any JPEG (e.g. a browser screenshot) with EXIF GPS added
//
// Every builder returns a plain Uint8Array (not a Node Buffer) so it can be posted to a page, turned
// into a Blob or written to disk alike. Sizes default to 16×12; the picture is a soft gradient.

export interface JpegSize {
  width?: number;
  height?: number;
}

export interface GpsOptions extends JpegSize {
  /** Decimal degrees, north positive. */
  latitude: number;
  /** Decimal degrees, east positive. */
  longitude: number;
}

export interface XmpLocationOptions extends JpegSize {
  latitude?: number;
  longitude?: number;
  /** Written as photoshop:City. */
  city?: string;
  /** Written as Iptc4xmpCore:Location (IPTC's sublocation). */
  sublocation?: string;
}

/** A JPEG with no metadata segments (jpeg-js writes only JFIF). */
export function plainJpeg(size: JpegSize = {}): Uint8Array {
  const width = size.width ?? 16;
  const height = size.height ?? 12;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = Math.round((255 * x) / Math.max(1, width - 1));
      data[i + 1] = Math.round((255 * y) / Math.max(1, height - 1));
      data[i + 2] = 128;
      data[i + 3] = 255;
    }
  }
  return new Uint8Array(jpeg.encode({ data, width, height }, 90).data);
}

/** A JPEG whose EXIF GPS IFD holds the given coordinates. */
export function jpegWithGps(opts: GpsOptions): Uint8Array {
  return addGps(plainJpeg(opts), opts);
}

/** Any JPEG with an EXIF GPS segment for the given coordinates put straight after its SOI. */
export function addGps(jpeg: Uint8Array, at: { latitude: number; longitude: number }): Uint8Array {
  return withSegments(jpeg, [segment(0xe1, exifGps(at.latitude, at.longitude))]);
}

/** A JPEG whose XMP packet holds the given coordinates (and optionally a city and sublocation). */
export function jpegWithXmpGps(opts: XmpLocationOptions): Uint8Array {
  const header = ascii('http://ns.adobe.com/xap/1.0/\0');
  return withSegments(plainJpeg(opts), [segment(0xe1, concat([header, utf8(xmpPacket(opts))]))]);
}

/** A JPEG whose IPTC record names a city but carries no coordinates. */
export function jpegWithIptcCity(opts: JpegSize & { city: string }): Uint8Array {
  return withSegments(plainJpeg(opts), [segment(0xed, photoshopIptc(opts.city))]);
}

/** XMP writes GPS as "DDD,MM.mmmmmmk" (XMP spec part 2, GPSCoordinate). */
export function xmpCoordinate(degrees: number, positive: string, negative: string): string {
  const abs = Math.abs(degrees);
  const whole = Math.floor(abs);
  const minutes = (abs - whole) * 60;
  return `${whole},${minutes.toFixed(6)}${degrees < 0 ? negative : positive}`;
}

function xmpPacket(opts: XmpLocationOptions): string {
  const attrs: string[] = [];
  if (opts.latitude !== undefined) attrs.push(`exif:GPSLatitude="${xmpCoordinate(opts.latitude, 'N', 'S')}"`);
  if (opts.longitude !== undefined)
    attrs.push(`exif:GPSLongitude="${xmpCoordinate(opts.longitude, 'E', 'W')}"`);
  if (opts.city !== undefined) attrs.push(`photoshop:City="${opts.city}"`);
  if (opts.sublocation !== undefined) attrs.push(`Iptc4xmpCore:Location="${opts.sublocation}"`);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"',
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"',
    ` ${attrs.join(' ')}/>`,
    '</rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('');
}

/**
 * "Exif\0\0" + a big-endian TIFF structure: IFD0 with one entry (GPSInfo → the GPS IFD), then the
 * GPS IFD (version, latitude ref and value, longitude ref and value), then the rationals.
 */
function exifGps(latitude: number, longitude: number): Uint8Array {
  const w = new Writer();
  w.bytes(ascii('MM')).u16(42).u32(8);
  const gpsIfd = 8 + 2 + 12 + 4;
  w.u16(1).entry(0x8825, 4, 1, gpsIfd).u32(0);
  const entries = 5;
  const data = gpsIfd + 2 + entries * 12 + 4;
  w.u16(entries);
  w.entry(0x0000, 1, 4, 0x02020000); // GPSVersionID 2.2.0.0, inline
  w.entry(0x0001, 2, 2, refInline(latitude < 0 ? 'S' : 'N'));
  w.entry(0x0002, 5, 3, data);
  w.entry(0x0003, 2, 2, refInline(longitude < 0 ? 'W' : 'E'));
  w.entry(0x0004, 5, 3, data + 24);
  w.u32(0);
  for (const value of [latitude, longitude]) {
    const abs = Math.abs(value);
    const deg = Math.floor(abs);
    const min = Math.floor((abs - deg) * 60);
    // Seconds to 1/10000: about 3 mm, far finer than any check needs.
    const sec = Math.round(((abs - deg) * 60 - min) * 60 * 10000);
    w.u32(deg).u32(1).u32(min).u32(1).u32(sec).u32(10000);
  }
  return concat([ascii('Exif\0\0'), w.done()]);
}

/** A one-letter ASCII value with its NUL, left-justified in the 4-byte value field. */
const refInline = (letter: string) => (letter.charCodeAt(0) << 24) >>> 0;

/** "Photoshop 3.0\0" + one 8BIM resource 0x0404 (IPTC-NAA) holding record 2:90 (City). */
function photoshopIptc(city: string): Uint8Array {
  const value = utf8(city);
  const iptc = concat([new Uint8Array([0x1c, 2, 90, value.length >> 8, value.length & 0xff]), value]);
  const w = new Writer();
  w.bytes(ascii('8BIM')).u16(0x0404).u16(0).u32(iptc.length).bytes(iptc);
  if (iptc.length % 2) w.bytes(new Uint8Array([0]));
  return concat([ascii('Photoshop 3.0\0'), w.done()]);
}

class Writer {
  private readonly parts: number[] = [];
  u16(n: number): this {
    this.parts.push((n >> 8) & 0xff, n & 0xff);
    return this;
  }
  u32(n: number): this {
    this.parts.push((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    return this;
  }
  bytes(b: Uint8Array): this {
    this.parts.push(...b);
    return this;
  }
  entry(tag: number, type: number, count: number, value: number): this {
    return this.u16(tag).u16(type).u32(count).u32(value);
  }
  done(): Uint8Array {
    return new Uint8Array(this.parts);
  }
}

/** A JPEG marker segment: FF, marker, a big-endian length that counts itself, the payload. */
/** One JPEG marker segment: FF, the marker, a two-byte length, then the payload. */
export function segment(marker: number, payload: Uint8Array): Uint8Array {
  const length = payload.length + 2;
  if (length > 0xffff) throw new Error('a JPEG segment holds at most 65533 bytes');
  return concat([new Uint8Array([0xff, marker, length >> 8, length & 0xff]), payload]);
}

/** Puts segments straight after SOI (FF D8), where cameras put their metadata. */
export function withSegments(file: Uint8Array, segments: Uint8Array[]): Uint8Array {
  if (file[0] !== 0xff || file[1] !== 0xd8) throw new Error('not a JPEG');
  return concat([file.subarray(0, 2), ...segments, file.subarray(2)]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);
