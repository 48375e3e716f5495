import { describe, expect, it } from 'vitest';
import {
  SCREENSHOT_UNREADABLE_NOTE,
  UNSHOWN_CHARACTERS_NOTE,
  reportPdf,
} from '../../lib/safeguarding/export-pdf.ts';
import { FOOTER, allText, png, readPdf, squeeze } from '../support/read-pdf.ts';
import { PNG_1X1, testRecord } from '../support/report-record.ts';
import { reportFields, reportTitle } from '../../lib/safeguarding/export-text.ts';

// The PDFs are read back with pdf.js, as a reader would see them (export-test-pdf.ts).

describe('reportPdf', () => {
  it('writes an A4 PDF with the heading, the setting and every field, labelled', async () => {
    const record = await testRecord();
    const bytes = await reportPdf(record);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { pages } = await readPdf(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.size.map(Math.round)).toEqual([0, 0, 595, 842]);
    const text = allText(pages);
    expect(text.startsWith(`${reportTitle(record)}\nLittle Acorns Nursery\n`)).toBe(true);
    let from = 0;
    for (const { label, value } of reportFields(record)) {
      const at = squeeze(text).indexOf(squeeze(`${label}${value}`), from);
      expect(at, `${label}: ${value}`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(text).toContain('"Hi, can you add me on WhatsApp?\nMy number is 07700 900123.');
    expect(text).toContain(`Hash (SHA-256)\n${record.hash}`);
    expect(pages[0]?.text).toContain('Safeguarding record rec-2025-0001, page 1 of 1');
    expect(text).not.toContain(UNSHOWN_CHARACTERS_NOTE);
    expect(pages[0]?.images).toEqual([]);
    expect(new TextDecoder('latin1').decode(bytes)).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('sets the title, subject, creator, language and creation date', async () => {
    const { info } = await readPdf(await reportPdf(await testRecord()));
    expect(info).toMatchObject({
      Title: 'Safeguarding record rec-2025-0001',
      Subject: 'Safeguarding concern: Contact outside official channels (Little Acorns Nursery)',
      Creator: 'Staff Social Guard',
      Language: 'en-GB',
      CreationDate: 'D:20250303141000Z',
    });
  });

  it('runs very long words over more pages, wrapped, with nothing lost', async () => {
    const words = `START ${'This message goes on and on. '.repeat(680)}END`;
    const longWord = `https://example.com/${'x'.repeat(1500)}`;
    const record = await testRecord({ words, whatHappened: longWord });
    const { pages } = await readPdf(await reportPdf(record));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, i) => expect(page.text).toContain(`page ${i + 1} of ${pages.length}`));
    const text = squeeze(allText(pages));
    expect(text.includes(squeeze(`What (the exact words, as sent)"${words}"When`)), 'all the words').toBe(
      true,
    );
    expect(text.includes(squeeze(`What happened${longWord}Did they reply`)), 'the long word').toBe(true);
    expect(text.endsWith(squeeze(`Record id${record.id}Hash (SHA-256)${record.hash}`))).toBe(true);
    const labels = new Set(reportFields(record).map((field) => field.label));
    for (const page of pages.slice(0, -1)) {
      const last = page.text.replace(FOOTER, '').trimEnd().split('\n').at(-1) ?? '';
      expect(labels.has(last), `"${last}" left alone at the foot of a page`).toBe(false);
    }
    const lines = allText(pages).split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(120);
  });

  it('shows characters the font cannot draw as "?" with a note, and does not throw', async () => {
    const record = await testRecord({
      words: 'See you there 😀👨‍👩‍👧 你好 — £5, café',
      senderName: 'Ålesund 😀',
      setting: 'Nursery ☀',
    });
    const { pages, info } = await readPdf(await reportPdf(record));
    const text = allText(pages);
    expect(text).toContain(UNSHOWN_CHARACTERS_NOTE);
    expect(text).toContain('"See you there ?? ?? — £5, café"');
    expect(text).toContain('Ålesund ?');
    expect(text).toContain('Nursery ?');
    expect(info.Subject).toBe('Safeguarding concern: Contact outside official channels (Nursery ☀)');
  });

  it('embeds the screenshot as a picture', async () => {
    const bytes = await reportPdf(await testRecord({ screenshot: PNG_1X1 }));
    // An image XObject in the file (a stream, so never packed away in an object stream)…
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Subtype\s*\/Image[\s\S]*\/Width\s+1\b/);
    // …and drawn on the page.
    const { pages } = await readPdf(bytes);
    expect(pages.flatMap((p) => p.images)).toEqual([{ width: 1, height: 1 }]);
    expect(allText(pages)).toContain('Screenshot\nTaken and kept with this record');
  });

  it('scales a large screenshot to fit the page, keeping its shape, on a page of its own if need be', async () => {
    const record = await testRecord({ screenshot: png(1200, 2000) });
    const { pages } = await readPdf(await reportPdf(record));
    expect(pages).toHaveLength(2);
    expect(pages[0]?.images).toEqual([]);
    const [image] = pages[1]?.images ?? [];
    expect(image).toBeDefined();
    expect(image?.height).toBeLessThanOrEqual(842 - 2 * 56);
    expect(image?.height).toBeGreaterThan(600);
    expect((image?.width ?? 0) / (image?.height ?? 1)).toBeCloseTo(1200 / 2000, 3);
  });

  it('notes a screenshot it cannot read instead of failing', async () => {
    const record = await testRecord({ screenshot: 'data:image/png;base64,bm90IGEgcGljdHVyZQ==' });
    const { pages } = await readPdf(await reportPdf(record));
    expect(allText(pages)).toContain(SCREENSHOT_UNREADABLE_NOTE);
    expect(pages.flatMap((p) => p.images)).toEqual([]);
  });
});
