import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { deflateSync } from 'node:zlib';

// For the PDF tests only (tests/unit/report-pdf.test.ts), never for the extension: reads the PDFs
// back with pdf.js (Mozilla's reader, a different program from the one that wrote them, and a
// development dependency), so the tests see what a reader sees: the text, the pages, the pictures,
// the metadata. And makes PNG screenshots of any size, so the tests need no image files.

export interface ReadPage {
  text: string;
  size: number[];
  /** Each picture drawn: its width and height on the page, in points. */
  images: { width: number; height: number }[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + b * C,
  a * B + b * D,
  c * A + d * C,
  c * B + d * D,
  e * A + f * C + E,
  e * B + f * D + F,
];

export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: ReadPage[]; info: Record<string, unknown> }> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const pages: ReadPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
      .join('');
    const { fnArray, argsArray } = await page.getOperatorList();
    const images: ReadPage['images'] = [];
    // The current transformation matrix, through the saves, restores and changes before each picture.
    const stack: Matrix[] = [];
    let matrix: Matrix = [1, 0, 0, 1, 0, 0];
    fnArray.forEach((op, i) => {
      if (op === OPS.save) stack.push(matrix);
      if (op === OPS.restore) matrix = stack.pop() ?? [1, 0, 0, 1, 0, 0];
      if (op === OPS.transform) matrix = multiply(argsArray[i] as Matrix, matrix);
      if (op === OPS.paintImageXObject) {
        images.push({ width: Math.hypot(matrix[0], matrix[1]), height: Math.hypot(matrix[2], matrix[3]) });
      }
    });
    pages.push({ text, size: page.view, images });
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, info: info as Record<string, unknown> };
}

export const FOOTER = /^Safeguarding record \S+, page \d+ of \d+\n?$/m;
/** The text of every page, without the page footers, so that text running over a page reads on. */
export const allText = (pages: ReadPage[]) => pages.map((p) => p.text.replace(FOOTER, '')).join('');
/** Text with every space and line break taken out, so wrapped lines compare with the original. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A grey PNG of the given size, made here so the test needs no image files. */
export function png(width: number, height: number): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x99);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // no filter on each row
  const file = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${file.toString('base64')}`;
}
