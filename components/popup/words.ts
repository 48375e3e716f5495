import type { Category } from '../../lib/pack/schema.ts';
import type { Choice, StoredEvent } from '../../lib/protocol/schemas.ts';

// What the popup says, in British English. Kept apart from the JSX so tests and components agree.

type Platform = StoredEvent['platform'];

export const PLATFORM_WORDS: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
};

const CATEGORY_WORDS: Record<Category, string> = {
  'setting-name': "the setting's name",
  'work-comment': 'a comment about work',
  'child-info': 'information about a child',
  'parent-contact': 'contact with a parent',
  'foul-language': 'foul language',
  reputation: "the setting's reputation",
};

const CHOICE_WORDS: Record<Choice, string> = {
  edited: 'edited',
  'sent-anyway': 'sent anyway',
  blocked: 'blocked',
  'confirmed-anyway': 'confirmed anyway',
  cancelled: 'cancelled',
};

const SURFACE_WORDS: Record<string, string> = { dm: 'private message' };

export const categoriesInWords = (categories: readonly Category[]): string =>
  categories.length === 0 ? 'no category' : categories.map((c) => CATEGORY_WORDS[c]).join(', ');

/** "sent anyway: <reason>" when a reason was typed; otherwise the choice alone. */
export function choiceInWords(choice: Choice, reason?: string): string {
  const words = CHOICE_WORDS[choice];
  return reason?.trim() ? `${words}: ${reason.trim()}` : words;
}

export const countedChoice = (choice: Choice, count: number): string => `${count} ${CHOICE_WORDS[choice]}`;

/** "facebook.post" → "post", "instagram.dm" → "private message". */
export function surfaceInWords(surface: string): string {
  const kind = surface.slice(surface.lastIndexOf('.') + 1);
  return SURFACE_WORDS[kind] ?? kind.replaceAll(/[-_]/g, ' ');
}

export const warningsToday = (total: number): string =>
  `${total} ${total === 1 ? 'warning' : 'warnings'} today`;

// The person's own locale and time zone.
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** "14:05" (in the person's locale). */
export const formatTime = (at: number): string => timeFormat.format(at);

/** "14:05" for a time on the same local day as `now`, otherwise "24 Nov, 23:50". */
export function formatWhen(at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? formatTime(at) : `${dayFormat.format(at)}, ${formatTime(at)}`;
}
