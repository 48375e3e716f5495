import type { PackState } from '../../../lib/protocol/pack-schemas.ts';

// What the staff section says, in British English. Kept apart from the JSX so tests and components agree.

export const SOURCE_WORDS: Record<PackState['active']['source'], string> = {
  builtin: 'Built into the extension',
  file: 'Imported from a file',
  link: 'Followed from a link',
  managed: 'Set by your organisation',
};

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "25 November 2026 at 14:05", in the person's time zone. */
export const formatDateTime = (at: number): string => dateTimeFormat.format(at);

/** A reason as a sentence: the background's words unchanged, with one full stop after them. */
export const asSentence = (reason: string): string => `${reason.trim().replace(/[.\s]+$/, '')}.`;

/** "A rule pack was refused on <date> from <source>: <reason>. The pack in force is unchanged." */
export const refusalLine = (refusal: NonNullable<PackState['lastRefusal']>): string =>
  `A rule pack was refused on ${formatDateTime(refusal.at)} from ${refusal.source}: ${asSentence(refusal.reason)} The pack in force is unchanged.`;
