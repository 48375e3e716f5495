import { describe, expect, it } from 'vitest';
import { REPORT_JSON_FORMAT, readReportJson, reportJson, verifyReportJson } from './export-json.ts';
import { hashOf } from './make-record.ts';
import { PNG_1X1, testRecord } from '../../tests/support/report-record.ts';

const edit = (text: string, change: (fields: Record<string, unknown>) => void): string => {
  const fields = JSON.parse(text) as Record<string, unknown>;
  change(fields);
  return JSON.stringify(fields, null, 2);
};

describe('reportJson', () => {
  it('writes the format first, then every field of the record, the hash included', async () => {
    const record = await testRecord({ screenshot: PNG_1X1 });
    const text = reportJson(record);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)[0]).toBe('format');
    expect(parsed.format).toBe(REPORT_JSON_FORMAT);
    const { format, ...fields } = parsed;
    expect(format).toBe('staff-social-guard/safeguarding-record@1');
    expect(fields).toEqual(record);
    expect(Object.keys(fields).sort()).toEqual(Object.keys(record).sort());
    expect(Object.keys(parsed).at(-1)).toBe('hash');
  });

  it('is pretty, for people who open the file, and keeps multi-line words exactly', async () => {
    const record = await testRecord({ words: 'line one\r\nline two\n\n  indented 😀 你好' });
    const text = reportJson(record);
    expect(text).toContain('\n  "format": "staff-social-guard/safeguarding-record@1",\n');
    expect((JSON.parse(text) as { words: string }).words).toBe(record.words);
  });

  it('leaves the screenshot out when none was taken', async () => {
    const parsed = JSON.parse(reportJson(await testRecord())) as Record<string, unknown>;
    expect('screenshot' in parsed).toBe(false);
  });
});

describe('verifyReportJson', () => {
  it('accepts a copy as written, with or without a screenshot, and however it is spaced', async () => {
    for (const record of [await testRecord(), await testRecord({ screenshot: PNG_1X1 })]) {
      const text = reportJson(record);
      expect(await verifyReportJson(text)).toBe(true);
      expect(await verifyReportJson(JSON.stringify(JSON.parse(text)))).toBe(true);
      expect(await readReportJson(text)).toEqual(record);
    }
  });

  it('refuses a copy where any field was edited', async () => {
    const record = await testRecord({ screenshot: PNG_1X1 });
    const text = reportJson(record);
    for (const key of Object.keys(record).filter((k) => k !== 'hash')) {
      const edited = edit(text, (fields) => {
        const value = fields[key];
        if (typeof value === 'number') fields[key] = value + 60_000;
        else if (key === 'platform') fields[key] = 'instagram';
        else if (key === 'category') fields[key] = 'complaint';
        else if (key === 'replied') fields[key] = 'yes';
        else fields[key] = `${String(value)} `;
      });
      expect(await verifyReportJson(edited), `edited ${key}`).toBe(false);
    }
  });

  it('refuses a changed hash or changed words; an edit hashed again carries a different hash', async () => {
    const record = await testRecord();
    const text = reportJson(record);
    expect(await verifyReportJson(edit(text, (f) => (f.hash = '0'.repeat(64))))).toBe(false);
    expect(await verifyReportJson(edit(text, (f) => (f.words = 'Nothing to see')))).toBe(false);
    // An edit with a freshly computed hash is a different record, and it says so: its hash changed.
    const { hash, ...rest } = { ...record, words: 'Nothing to see' };
    const rehashed = reportJson({ ...rest, hash: await hashOf(rest) });
    expect(await verifyReportJson(rehashed)).toBe(true);
    expect(JSON.parse(rehashed)).not.toHaveProperty('hash', hash);
  });

  it('refuses added or missing fields, another format, and text that is not a record', async () => {
    const text = reportJson(await testRecord());
    expect(await verifyReportJson(edit(text, (f) => (f.note = 'added later')))).toBe(false);
    expect(await verifyReportJson(edit(text, (f) => delete f.whatHappened))).toBe(false);
    expect(await verifyReportJson(edit(text, (f) => delete f.format))).toBe(false);
    expect(await verifyReportJson(edit(text, (f) => (f.format = 'something-else@1')))).toBe(false);
    for (const bad of ['', 'not json', 'null', '[]', '"text"', '{}', text.slice(0, -10)]) {
      expect(await verifyReportJson(bad), bad).toBe(false);
    }
  });
});
