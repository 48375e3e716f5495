import { foldText } from '../text/fold.ts';
import { nameForms } from '../text/nicknames.ts';
import type { PeopleIndex, Person } from './people.ts';

/** The recipient's display name as plain lower-case words, emoji and accents dropped. */
export function recipientWords(recipient: string | null | undefined): string[] {
  if (!recipient) return [];
  return foldText(recipient)
    .text.replace(/[^a-z\s'-]/g, ' ')
    .replace(/['-]/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Listed family members the recipient is: the full name ignoring case, emoji and accents, or a
 * widely used short form of the first name with the same surname (detection.md §parent-contact).
 * A shared first name alone, or a shared surname alone, is not enough.
 */
export function matchRecipient(people: PeopleIndex, recipient: string | null | undefined): Person[] {
  return matchAmong(people.family, recipient);
}

/** The manager or safeguarding lead the message goes to, if it goes to one of them. */
export function matchLead(people: PeopleIndex, recipient: string | null | undefined): Person[] {
  return matchAmong(
    people.all.filter((p) => p.role === 'manager'),
    recipient,
  );
}

function matchAmong(candidates: Person[], recipient: string | null | undefined): Person[] {
  const words = recipientWords(recipient);
  if (words.length < 2) return [];
  const joined = words.join('');
  return candidates.filter((p) => {
    if (!p.last) return false;
    if (joined === p.parts.join('')) return true;
    const lastAt = words.findIndex((w, i) => i > 0 && (w === p.last || words.slice(i).join('') === p.last));
    if (lastAt < 1) return false;
    const firstWords = words.slice(0, lastAt);
    return firstWords.some((w) => p.firstForms.has(w) || nameForms(w).has(p.first));
  });
}
