import { describe, expect, it } from 'vitest';
import { cutText, londonTime, reportFields, reportSubject, reportText } from './export-text.ts';
import { PNG_1X1, testRecord } from '../../tests/support/report-record.ts';

describe('reportText', () => {
  it('writes every field, labelled, in the order safeguarding systems keep them', async () => {
    const record = await testRecord();
    expect(reportText(record)).toBe(
      [
        'Safeguarding record: Contact outside official channels',
        'Setting: Little Acorns Nursery',
        '',
        'Who: Jo Parent (profile: https://www.facebook.com/jo.parent.123)',
        'What (the exact words, as sent):',
        '"Hi, can you add me on WhatsApp?',
        'My number is 07700 900123.',
        '',
        'Don\'t tell the office x"',
        'When: Time shown on the message: 14:05; seen at Monday, 3 March 2025 at 14:07 GMT; recorded at Monday, 3 March 2025 at 14:10 GMT',
        'Where: Facebook, https://www.facebook.com/messages/t/4455',
        'Category: Contact outside official channels',
        'What happened: A parent messaged my personal account asking to move to WhatsApp.',
        'Did they reply: No',
        'Screenshot: None',
        'Actions taken: Reported to Sam Lead (safeguarding lead) through Staff Social Guard',
        'Passed to: Sam Lead (safeguarding lead)',
        'Record id: rec-2025-0001',
        `Hash (SHA-256): ${record.hash}`,
        '',
      ].join('\n'),
    );
  });

  it('keeps the exact words verbatim, multi-line, spaces and all characters', async () => {
    const words = '  first line  \r\nsecond "quoted" line\n\n\tthird 😀 你好 — £5';
    const text = reportText(await testRecord({ words }));
    expect(text).toContain(`What (the exact words, as sent):\n"${words}"\nWhen: `);
  });

  it('gives the seen and recorded times in London time, British Summer Time included', async () => {
    const july = Date.UTC(2025, 6, 14, 8, 30);
    const text = reportText(await testRecord({ seenAt: july, createdAt: july + 5 * 60_000 }));
    expect(text).toContain(
      'seen at Monday, 14 July 2025 at 09:30 BST; recorded at Monday, 14 July 2025 at 09:35 BST',
    );
    expect(londonTime(Date.UTC(2024, 11, 25, 23, 59))).toBe('Wednesday, 25 December 2024 at 23:59 GMT');
    expect(londonTime(Number.NaN)).toBe('not known');
  });

  it('says what is missing rather than leaving a blank, and reports a reply and a screenshot', async () => {
    const record = await testRecord({
      senderName: ' ',
      senderProfile: '',
      shownTime: '',
      where: '',
      whatHappened: '',
      replied: 'yes',
      screenshot: PNG_1X1,
      platform: 'x',
      category: 'child-welfare',
    });
    const text = reportText(record);
    expect(text).toContain("Safeguarding record: Concern about a child's welfare\n");
    expect(text).toContain('Who: Name not recorded (no profile link recorded)\n');
    expect(text).toContain('When: Time shown on the message: none shown; seen at');
    expect(text).toContain('Where: X, address not recorded\n');
    expect(text).toContain('What happened: Not recorded\n');
    expect(text).toContain('Did they reply: Yes\n');
    expect(text).toContain('Screenshot: Taken and kept with this record\n');
    expect(text).not.toContain(PNG_1X1);
  });

  it('puts a multi-line account of what happened under its label', async () => {
    const text = reportText(await testRecord({ whatHappened: 'First this.\nThen that.' }));
    expect(text).toContain('\nWhat happened:\nFirst this.\nThen that.\nDid they reply: No\n');
  });

  it('shortens a field only when asked, with an ellipsis and the note', async () => {
    const record = await testRecord({ words: 'abcdefghij', whatHappened: 'klmnopqrst' });
    const note = '[shortened]';
    const fields = reportFields(record, {
      shorten: { words: { keep: 4, note }, whatHappened: { keep: 3, note } },
    });
    expect(fields[1]?.value).toBe('"abcd…"\n[shortened]');
    expect(fields.find((f) => f.label === 'What happened')?.value).toBe('klm…\n[shortened]');
    const notShortened = reportFields(record, { shorten: { words: { keep: 10, note } } });
    expect(notShortened[1]?.value).toBe('"abcdefghij"');
  });

  it('gives the subject line with the category and the setting', async () => {
    expect(reportSubject(await testRecord({ category: 'complaint' }))).toBe(
      'Safeguarding concern: Complaint (Little Acorns Nursery)',
    );
  });
});

describe('cutText', () => {
  it('never splits a character written as two UTF-16 units', () => {
    expect(cutText('ab😀cd', 3)).toBe('ab');
    expect(cutText('ab😀cd', 4)).toBe('ab😀');
    expect(cutText('abc', 10)).toBe('abc');
    expect(cutText('abc', -1)).toBe('');
  });
});
