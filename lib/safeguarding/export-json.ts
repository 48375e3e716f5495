import { hashOf } from './make-record.ts';
import { reportRecordSchema, type ReportRecord } from './record.ts';

// The record as JSON, for uploading to a safeguarding system (CPOMS, MyConcern and the like take a
// file) or keeping alongside the PDF. It holds every field of the record exactly as it was made,
// hash included, so the setting can check later that nobody has edited the copy.

export const REPORT_JSON_FORMAT = 'staff-social-guard/safeguarding-record@1';

/** The record's fields in the order people read them; the hash comes last. */
const FIELD_ORDER = [
  'id',
  'setting',
  'createdAt',
  'category',
  'senderName',
  'senderProfile',
  'platform',
  'where',
  'shownTime',
  'seenAt',
  'words',
  'whatHappened',
  'replied',
  'passedTo',
  'screenshot',
  'hash',
] as const satisfies readonly (keyof ReportRecord)[];

/** Pretty JSON: the format name first, then every field of the record (the screenshot only when taken). */
export function reportJson(record: ReportRecord): string {
  const ordered: Record<string, unknown> = { format: REPORT_JSON_FORMAT };
  for (const key of FIELD_ORDER) ordered[key] = record[key];
  // A field added to the record's schema later still travels, after these (the hash covers it).
  for (const [key, value] of Object.entries(record)) if (!(key in ordered)) ordered[key] = value;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Reads a JSON copy back: the record when it is one of ours and its hash matches its contents, else
 * null. Extra or missing fields, a changed word or a changed hash all make it null.
 */
export async function readReportJson(text: string): Promise<ReportRecord | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const { format, ...fields } = parsed as Record<string, unknown>;
  if (format !== REPORT_JSON_FORMAT) return null;
  const result = reportRecordSchema.safeParse(fields);
  if (!result.success) return null;
  // The schema drops fields it does not know; a copy with added fields is not the record as made.
  if (Object.keys(fields).some((key) => !(key in result.data))) return null;
  const { hash, ...rest } = result.data;
  return (await hashOf(rest)) === hash ? result.data : null;
}

/** Whether a JSON copy is a record of ours, unedited since it was made. */
export const verifyReportJson = async (text: string): Promise<boolean> =>
  (await readReportJson(text)) !== null;
