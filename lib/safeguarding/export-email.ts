import { reportSubject, reportText, type ReportTextOptions } from './export-text.ts';
import type { ReportRecord } from './record.ts';

// The record as a mailto: link to the safeguarding lead, for settings whose pack sends reports by
// email. The link opens the person's own mail program with the message written; they press send.
// RFC 6068: every character outside the URL-safe set is percent-encoded as UTF-8, and line breaks
// are CRLF. A link cannot carry an attachment, so a screenshot is mentioned, not sent. Some mail
// programs refuse long links, so past MAILTO_MAX_LENGTH the words are shortened, with a note.

export const MAILTO_MAX_LENGTH = 8000;
export const WORDS_SHORTENED_NOTE = '[message shortened: save the record as a PDF for the full text]';
export const WHAT_HAPPENED_SHORTENED_NOTE = '[shortened: save the record as a PDF for the full text]';
export const SCREENSHOT_NOTE =
  'A screenshot was attached to this record; save the record as a PDF to keep it.';
export const TOO_LONG_NOTE =
  'This record is too long to send in an email link. Save the record as a PDF and attach it to this email.';

/** Lone halves of a surrogate pair (a cut emoji) would make encodeURIComponent throw. */
const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const crlf = (text: string): string => text.replace(/\r\n|\r|\n/g, '\r\n');
const encode = (text: string): string => encodeURIComponent(crlf(wellFormed(text)));
/** The address, encoded, but with its "@" left as it is: some mail programs do not decode "%40". */
const encodeAddress = (email: string): string =>
  encodeURIComponent(wellFormed(email.trim())).replace(/%40/g, '@');

/** The email's text, before encoding: the record, and the screenshot note when there is one. */
export function reportEmailBody(record: ReportRecord, options: ReportTextOptions = {}): string {
  const text = reportText(record, options);
  return record.screenshot ? `${text}\n${SCREENSHOT_NOTE}\n` : text;
}

const link = (record: ReportRecord, email: string, body: string): string =>
  `mailto:${encodeAddress(email)}?subject=${encode(reportSubject(record))}&body=${encode(body)}`;

/** The largest n in 0..max for which fits(n) holds, given fits(0) holds and fits only gets harder. */
function largest(max: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A mailto: URL to the safeguarding lead with the record written out. When it would be longer than
 * `maxLength`, the exact words are shortened (then what happened, if that is not enough), each with
 * a note saying so; a record that still does not fit asks for the PDF to be attached instead.
 */
export function reportMailto(record: ReportRecord, email: string, maxLength = MAILTO_MAX_LENGTH): string {
  const url = (options: ReportTextOptions) => link(record, email, reportEmailBody(record, options));
  const full = url({});
  if (full.length <= maxLength) return full;

  const words = (keep: number) => ({ keep, note: WORDS_SHORTENED_NOTE });
  const happened = (keep: number) => ({ keep, note: WHAT_HAPPENED_SHORTENED_NOTE });
  const fitsWith = (options: ReportTextOptions) => url(options).length <= maxLength;

  if (fitsWith({ shorten: { words: words(0) } })) {
    const keep = largest(record.words.length, (n) => fitsWith({ shorten: { words: words(n) } }));
    return url({ shorten: { words: words(keep) } });
  }
  if (fitsWith({ shorten: { words: words(0), whatHappened: happened(0) } })) {
    const keep = largest(record.whatHappened.length, (n) =>
      fitsWith({ shorten: { words: words(0), whatHappened: happened(n) } }),
    );
    return url({ shorten: { words: words(0), whatHappened: happened(keep) } });
  }
  const short = [
    reportSubject(record),
    TOO_LONG_NOTE,
    `Record id: ${record.id}`,
    `Hash (SHA-256): ${record.hash}`,
  ];
  return link(record, email, `${short.join('\n')}\n`);
}
