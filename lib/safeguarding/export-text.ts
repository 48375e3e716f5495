import { PLATFORM_NAMES } from '../guard/platform-of-url.ts';
import { REPORT_CATEGORY_NAMES, type ReportRecord } from './record.ts';

// The record written out for people, in the order safeguarding systems keep a concern: who, what
// (word for word), when, where, the category, what happened, the actions taken and who it was passed
// to, then the record's id and hash so the copy can be matched to the JSON. The email and the PDF
// are both made from these fields.

/** One labelled part of the record. `block` values start on the line after their label. */
export interface ReportField {
  label: string;
  value: string;
  block?: boolean;
}

/** For the email link: how many characters of a long field to keep, and the note that says so. */
export interface Shortening {
  keep: number;
  note: string;
}
export interface ReportTextOptions {
  shorten?: { words?: Shortening; whatHappened?: Shortening };
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** A date and time as people in the UK read it, e.g. "Monday, 3 March 2025 at 14:07 GMT". */
export const londonTime = (epochMs: number): string =>
  Number.isFinite(epochMs) ? LONDON_TIME.format(epochMs) : 'not known';

/** The first `count` UTF-16 units of `text`, never splitting a character made of two. */
export function cutText(text: string, count: number): string {
  if (count >= text.length) return text;
  const end = Math.max(0, count);
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

const orNot = (value: string, missing: string): string => (value.trim() ? value : missing);

/** The text between `quote`s, cut with an ellipsis and followed by the note when it is too long. */
function shortened(text: string, quote: string, cut: Shortening | undefined): string {
  if (!cut || cut.keep >= text.length) return `${quote}${text}${quote}`;
  return `${quote}${cutText(text, cut.keep)}…${quote}\n${cut.note}`;
}

export const categoryName = (record: ReportRecord): string =>
  REPORT_CATEGORY_NAMES[record.category] ?? record.category;

export const reportTitle = (record: ReportRecord): string => `Safeguarding record: ${categoryName(record)}`;

/** The subject line of the email, and of the PDF. */
export const reportSubject = (record: ReportRecord): string =>
  `Safeguarding concern: ${categoryName(record)} (${record.setting})`;

/** The labelled fields, in order. The setting and title are not among them. */
export function reportFields(record: ReportRecord, options: ReportTextOptions = {}): ReportField[] {
  const { shorten } = options;
  const whatHappened = shortened(orNot(record.whatHappened, 'Not recorded'), '', shorten?.whatHappened);
  const profile = record.senderProfile.trim()
    ? `profile: ${record.senderProfile}`
    : 'no profile link recorded';
  const platform = PLATFORM_NAMES[record.platform] ?? record.platform;
  return [
    { label: 'Who', value: `${orNot(record.senderName, 'Name not recorded')} (${profile})` },
    {
      label: 'What (the exact words, as sent)',
      value: shortened(record.words, '"', shorten?.words),
      block: true,
    },
    {
      label: 'When',
      value: [
        `Time shown on the message: ${orNot(record.shownTime, 'none shown')}`,
        `seen at ${londonTime(record.seenAt)}`,
        `recorded at ${londonTime(record.createdAt)}`,
      ].join('; '),
    },
    { label: 'Where', value: `${platform}, ${orNot(record.where, 'address not recorded')}` },
    { label: 'Category', value: categoryName(record) },
    { label: 'What happened', value: whatHappened, block: whatHappened.includes('\n') },
    { label: 'Did they reply', value: record.replied === 'yes' ? 'Yes' : 'No' },
    { label: 'Screenshot', value: record.screenshot ? 'Taken and kept with this record' : 'None' },
    { label: 'Actions taken', value: `Reported to ${record.passedTo} through Staff Social Guard` },
    { label: 'Passed to', value: record.passedTo },
    { label: 'Record id', value: record.id },
    { label: 'Hash (SHA-256)', value: record.hash },
  ];
}

/** The record as plain text, lines separated by "\n"; the exact words are kept as they are. */
export function reportText(record: ReportRecord, options: ReportTextOptions = {}): string {
  const lines = [reportTitle(record), `Setting: ${record.setting}`, ''];
  for (const { label, value, block } of reportFields(record, options)) {
    lines.push(block ? `${label}:\n${value}` : `${label}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}
