import { hashOf } from '../../lib/safeguarding/make-record.ts';
import type { ReportRecord } from '../../lib/safeguarding/record.ts';

// For the export tests only: a record as makeRecord would make it, with its real hash.

/** 3 March 2025, 14:07 and 14:10 in London (GMT, so the same in UTC). */
export const SEEN_AT = Date.UTC(2025, 2, 3, 14, 7);
export const CREATED_AT = Date.UTC(2025, 2, 3, 14, 10);

/** A 1×1 PNG, the smallest screenshot there is. */
export const PNG_1X1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export async function testRecord(changes: Partial<Omit<ReportRecord, 'hash'>> = {}): Promise<ReportRecord> {
  const fields: Omit<ReportRecord, 'hash'> = {
    words: "Hi, can you add me on WhatsApp?\nMy number is 07700 900123.\n\nDon't tell the office x",
    senderName: 'Jo Parent',
    senderProfile: 'https://www.facebook.com/jo.parent.123',
    platform: 'facebook',
    where: 'https://www.facebook.com/messages/t/4455',
    shownTime: '14:05',
    seenAt: SEEN_AT,
    category: 'outside-official-channels',
    whatHappened: 'A parent messaged my personal account asking to move to WhatsApp.',
    replied: 'no',
    id: 'rec-2025-0001',
    createdAt: CREATED_AT,
    passedTo: 'Sam Lead (safeguarding lead)',
    setting: 'Little Acorns Nursery',
    ...changes,
  };
  return { ...fields, hash: await hashOf(fields) };
}
