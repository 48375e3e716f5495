import { PageSizes, rgb, type PDFDocument, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';

// Laying text out on A4 pages with pdf-lib, for export-pdf.ts: characters the standard fonts can
// draw, lines wrapped by measuring them in the font, and a new page whenever the next line or the
// screenshot would run into the bottom margin.

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
export const MARGIN = 56; // about 2 cm
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.1);
export const NOTE_INK = rgb(0.55, 0.1, 0.1);
export const FOOTER_INK = rgb(0.4, 0.4, 0.4);
const FRAME_INK = rgb(0.6, 0.6, 0.6);
/** The height of a line of text at this font size. */
export const lineHeight = (size: number): number => size * 1.35;

/** Replaces each character the standard fonts cannot draw with "?", and remembers that it did. */
export function pdfSanitiser(font: PDFFont) {
  const drawable = new Set(font.getCharacterSet());
  const graphemes = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });
  let replaced = false;
  const clean = (text: string): string => {
    let out = '';
    const plain = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
    for (const { segment } of graphemes.segment(plain)) {
      const ok = segment === '\n' || Array.from(segment).every((c) => drawable.has(c.codePointAt(0) ?? -1));
      if (!ok) replaced = true;
      out += ok ? segment : '?';
    }
    return out;
  };
  return { clean, replaced: () => replaced };
}

/** Splits text into lines no wider than `width`: at spaces, or inside a word longer than a line. */
function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
  for (const paragraph of text.split('\n')) {
    const [first = '', ...rest] = paragraph.split(' ');
    let line = '';
    for (const word of [first, ...rest.map((w) => ` ${w}`)]) {
      if (fits(line + word)) {
        line += word;
        continue;
      }
      if (line) lines.push(line);
      line = word.trimStart();
      while (!fits(line)) {
        let end = 0;
        for (const c of line)
          if (fits(line.slice(0, end + c.length))) end += c.length;
          else break;
        lines.push(line.slice(0, Math.max(end, 1)));
        line = line.slice(Math.max(end, 1));
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Writes down the pages, starting a new one when the next thing would not fit. */
export function pageWriter(doc: PDFDocument) {
  let page: PDFPage = doc.addPage(PageSizes.A4);
  let y = PAGE_HEIGHT - MARGIN;
  /** Makes sure `height` points are left on the page (a label and its first line, say). */
  const room = (height: number) => {
    if (y - height >= MARGIN) return;
    page = doc.addPage(PageSizes.A4);
    y = PAGE_HEIGHT - MARGIN;
  };
  const write = (text: string, font: PDFFont, size: number, color = INK) => {
    for (const line of wrapText(text, font, size, TEXT_WIDTH)) {
      room(lineHeight(size));
      y -= lineHeight(size);
      page.drawText(line, { x: MARGIN, y: y + size * 0.3, size, font, color });
    }
  };
  /** The picture under its caption, scaled to fit a page, on the next page if it does not fit here. */
  const image = (picture: PDFImage, caption: string, font: PDFFont, size: number) => {
    const captionHeight = lineHeight(size) + 4;
    const fullPage = PAGE_HEIGHT - 2 * MARGIN - captionHeight;
    const scale = Math.min(1, TEXT_WIDTH / picture.width, fullPage / picture.height);
    const [width, height] = [picture.width * scale, picture.height * scale];
    room(captionHeight + height);
    write(caption, font, size);
    y -= height + 4;
    page.drawImage(picture, { x: MARGIN, y, width, height });
    // A thin frame, so a white page in the screenshot does not run into the paper.
    page.drawRectangle({ x: MARGIN, y, width, height, borderColor: FRAME_INK, borderWidth: 0.5 });
  };
  const gap = (height: number) => (y -= height);
  return { write, image, gap, keep: room };
}
