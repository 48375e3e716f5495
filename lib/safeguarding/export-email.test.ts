import { describe, expect, it } from 'vitest';
import {
  MAILTO_MAX_LENGTH,
  SCREENSHOT_NOTE,
  TOO_LONG_NOTE,
  WHAT_HAPPENED_SHORTENED_NOTE,
  WORDS_SHORTENED_NOTE,
  reportMailto,
} from './export-email.ts';
import { reportText } from './export-text.ts';
import { PNG_1X1, testRecord } from '../../tests/support/report-record.ts';

const LEAD = 'sam.lead@acorns.example';

/** Reads a mailto: URL back: the address, and each header decoded. */
function readMailto(url: string): { to: string; subject: string; body: string } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [to = '', query = ''] = url.slice('mailto:'.length).split('?');
  const headers = new Map(
    query.split('&').map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return [name, decodeURIComponent(value)];
    }),
  );
  expect([...headers.keys()]).toEqual(['subject', 'body']);
  return {
    to: decodeURIComponent(to),
    subject: headers.get('subject') ?? '',
    body: headers.get('body') ?? '',
  };
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
/** The characters RFC 6068 allows unencoded in a mailto header value, and "%", "?", "=", "&", "@". */
const URL_SAFE =
  /^mailto:[A-Za-z0-9\-_.!~*'()%@]+\?subject=[A-Za-z0-9\-_.!~*'()%]*&body=[A-Za-z0-9\-_.!~*'()%]*$/;

describe('reportMailto', () => {
  it('addresses the lead, with the subject and the record as the body, CRLF line breaks', async () => {
    const record = await testRecord();
    const url = reportMailto(record, LEAD);
    expect(url).toMatch(URL_SAFE);
    expect(url.startsWith(`mailto:${LEAD}?subject=`)).toBe(true);
    const mail = readMailto(url);
    expect(mail.to).toBe(LEAD);
    expect(mail.subject).toBe(
      'Safeguarding concern: Contact outside official channels (Little Acorns Nursery)',
    );
    expect(mail.body).toBe(crlf(reportText(record)));
    expect(mail.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(url).toContain('%20');
    expect(url).not.toContain('+');
  });

  it('encodes every character, so what was written is what arrives', async () => {
    const words = 'Tom & Jerry? 50% off = £5 + a #hashtag\r\nline two 😀 你好 "quoted" <b>';
    const record = await testRecord({ words, setting: "St Mary's & Holy Cross: Pre-school" });
    const url = reportMailto(record, ' lead+safeguarding@example.org ');
    expect(url).toMatch(URL_SAFE);
    const mail = readMailto(url);
    expect(mail.to).toBe('lead+safeguarding@example.org');
    expect(url.startsWith('mailto:lead%2Bsafeguarding@example.org?')).toBe(true);
    expect(mail.subject).toBe(
      "Safeguarding concern: Contact outside official channels (St Mary's & Holy Cross: Pre-school)",
    );
    expect(mail.body).toBe(crlf(reportText(record).replace(/\r\n/g, '\n')));
    expect(mail.body).toContain(`"Tom & Jerry? 50% off = £5 + a #hashtag\r\nline two 😀 你好 "quoted" <b>"`);
  });

  it('does not throw on a broken character, and shows it as a replacement character', async () => {
    const url = reportMailto(await testRecord({ words: 'half an emoji: \ud83d' }), LEAD);
    expect(readMailto(url).body).toContain('"half an emoji: \ufffd"');
  });

  it('says a screenshot cannot travel in the link, and leaves it out', async () => {
    const withScreenshot = readMailto(reportMailto(await testRecord({ screenshot: PNG_1X1 }), LEAD));
    expect(withScreenshot.body.endsWith(`\r\n${SCREENSHOT_NOTE}\r\n`)).toBe(true);
    expect(SCREENSHOT_NOTE).toBe(
      'A screenshot was attached to this record; save the record as a PDF to keep it.',
    );
    expect(withScreenshot.body).not.toContain('base64');
    expect(readMailto(reportMailto(await testRecord(), LEAD)).body).not.toContain(SCREENSHOT_NOTE);
  });

  it('shortens the words only past the limit, and says so', async () => {
    const record = await testRecord({ words: 'word '.repeat(200).trim() });
    const full = reportMailto(record, LEAD, 100_000);
    expect(readMailto(full).body).not.toContain(WORDS_SHORTENED_NOTE);
    expect(reportMailto(record, LEAD, full.length)).toBe(full);

    const shortened = reportMailto(record, LEAD, full.length - 1);
    expect(shortened.length).toBeLessThanOrEqual(full.length - 1);
    const body = readMailto(shortened).body;
    expect(body).toContain(`…"\r\n${WORDS_SHORTENED_NOTE}\r\nWhen: `);
    // Only as much is cut as has to be: the ellipsis, line break and note take about 105 encoded
    // characters, the room of about 75 characters of these words.
    const kept = /"([^"]*)…"/.exec(body)?.[1] ?? '';
    expect(kept.length).toBeGreaterThan(record.words.length - 120);
    expect(kept.length).toBeLessThan(record.words.length - 40);
    expect(record.words.startsWith(kept)).toBe(true);
  });

  it('keeps a link to a long message within 8,000 characters, keeping as many words as fit', async () => {
    expect(MAILTO_MAX_LENGTH).toBe(8000);
    const words = `START ${'a long message, '.repeat(1200)} END`;
    const record = await testRecord({ words });
    const url = reportMailto(record, LEAD);
    expect(url.length).toBeLessThanOrEqual(8000);
    expect(url.length).toBeGreaterThan(7900);
    const { body } = readMailto(url);
    expect(body).toContain(`"START a long message,`);
    expect(body).toContain(WORDS_SHORTENED_NOTE);
    expect(body).not.toContain('END"');
    expect(body).toContain(`Hash (SHA-256): ${record.hash}`);
  });

  it('never cuts an emoji in half when shortening', async () => {
    const url = reportMailto(await testRecord({ words: '😀'.repeat(3000) }), LEAD);
    expect(url.length).toBeLessThanOrEqual(8000);
    const { body } = readMailto(url);
    expect(body).toMatch(/"(😀)+…"\r\n\[message shortened/);
    expect(body).not.toContain('\ufffd');
  });

  it('shortens what happened too when the words alone are not enough', async () => {
    const record = await testRecord({ words: 'short words', whatHappened: '你好'.repeat(2000) });
    const url = reportMailto(record, LEAD);
    expect(url.length).toBeLessThanOrEqual(8000);
    const { body } = readMailto(url);
    expect(body).toContain(`"…"\r\n${WORDS_SHORTENED_NOTE}`);
    expect(body).toContain(`…\r\n${WHAT_HAPPENED_SHORTENED_NOTE}\r\nDid they reply`);
    expect(body).toContain('What happened:\r\n你好你好');
  });

  it('asks for the PDF when even the shortened record is too long for a link', async () => {
    const long = '你'.repeat(2000);
    const record = await testRecord({ where: long, senderProfile: long, whatHappened: long });
    const url = reportMailto(record, LEAD);
    expect(url.length).toBeLessThanOrEqual(8000);
    const { body, subject } = readMailto(url);
    expect(subject).toContain('Safeguarding concern');
    expect(body).toContain(TOO_LONG_NOTE);
    expect(body).toContain(`Record id: ${record.id}\r\nHash (SHA-256): ${record.hash}`);
  });
});
