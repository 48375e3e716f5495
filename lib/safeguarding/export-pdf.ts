import { PDFDocument, StandardFonts, type PDFImage } from 'pdf-lib';
import { FOOTER_INK, MARGIN, NOTE_INK, lineHeight, pageWriter, pdfSanitiser } from './export-pdf-layout.ts';
import { reportFields, reportSubject, reportTitle } from './export-text.ts';
import type { ReportRecord } from './record.ts';

// The record as an A4 PDF, to print or file: the same labelled fields as the text, wrapped to the
// page, then the screenshot. PDF's standard fonts need no embedding (the file stays small and opens
// anywhere) but only cover Windows-1252, so other characters (emoji, most scripts) are shown as "?",
// with a note pointing to the JSON copy, which keeps the exact words.

export const UNSHOWN_CHARACTERS_NOTE =
  'Some characters could not be shown in this PDF; the JSON copy has the exact words.';
export const SCREENSHOT_UNREADABLE_NOTE =
  'The screenshot could not be shown in this PDF; the JSON copy keeps it.';

const FIELD_SIZE = 10.5;

async function embedScreenshot(doc: PDFDocument, dataUrl: string): Promise<PDFImage | null> {
  try {
    return /^data:image\/jpe?g[;,]/i.test(dataUrl)
      ? await doc.embedJpg(dataUrl)
      : await doc.embedPng(dataUrl);
  } catch {
    return null;
  }
}

/** The record as a PDF (A4, in the standard Helvetica fonts), with the screenshot when there is one. */
export async function reportPdf(record: ReportRecord): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  const { clean, replaced } = pdfSanitiser(fonts.regular);
  const title = clean(reportTitle(record));
  const setting = clean(record.setting);
  const fields = reportFields(record).map(({ label, value }) => ({
    label: clean(label),
    value: clean(value),
  }));
  const id = clean(record.id);

  const out = pageWriter(doc);
  out.write(title, fonts.bold, 18);
  out.write(setting, fonts.regular, 13);
  if (replaced()) out.write(UNSHOWN_CHARACTERS_NOTE, fonts.italic, 10, NOTE_INK);
  out.gap(10);
  for (const { label, value } of fields) {
    out.keep(2 * lineHeight(FIELD_SIZE)); // never a label alone at the foot of a page
    out.write(label, fonts.bold, FIELD_SIZE);
    out.write(value, fonts.regular, FIELD_SIZE);
    out.gap(7);
  }
  if (record.screenshot) {
    const picture = await embedScreenshot(doc, record.screenshot);
    if (picture) out.image(picture, 'Screenshot', fonts.bold, FIELD_SIZE);
    else out.write(SCREENSHOT_UNREADABLE_NOTE, fonts.italic, 10, NOTE_INK);
  }

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const footer = `Safeguarding record ${id}, page ${index + 1} of ${pages.length}`;
    page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8, font: fonts.regular, color: FOOTER_INK });
  });

  doc.setTitle(`Safeguarding record ${record.id}`, { showInWindowTitleBar: true });
  doc.setSubject(reportSubject(record));
  doc.setCreator('Staff Social Guard');
  doc.setProducer('Staff Social Guard (pdf-lib)');
  doc.setLanguage('en-GB');
  doc.setCreationDate(new Date(record.createdAt));
  doc.setModificationDate(new Date(record.createdAt));
  return doc.save();
}
