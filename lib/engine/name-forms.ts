import { lettersOf, termLetters } from '../text/skeleton.ts';
import type { SkeletonTerm } from './match-skeleton.ts';
import { isFirstName } from './lexicon/first-names.ts';

// The shapes of the setting's name that count: the name, its abbreviations, initials with a word.

/** A name-like identifier matched on the skeleton view. */
export interface NameTerm extends SkeletonTerm {
  label: string;
  /** "<Person>'s House": a person's home unless the draft is about work (see detection.md). */
  personHome: boolean;
  /** For abbreviations: the kept word is a person's first name, so only the possessive counts. */
  possessive?: boolean;
}

// Words that say what kind of place it is rather than which one ("Oakfield Nursery" → "Oakfield").
export const GENERIC = new Set(
  (
    'the and of at for in on a an nursery nurseries preschool pre school schools club clubs kids childrens children ' +
    'childcare day care daycare house home place little busy happy tiny small first early years learning centre ' +
    'center montessori after before breakfast holiday out academy st saint primary infant infants junior juniors ' +
    'playgroup creche group ltd limited church hall library park sports wraparound wrap around summer camp lane road street avenue close drive way grove crescent'
  ).split(' '),
);
/** Kinds of place: "Little Wrens Pre-School" is not "Little Wrens After School Club". */
export const KINDS = new Set([
  'nursery',
  'preschool',
  'pre',
  'playgroup',
  'school',
  'academy',
  'club',
  'creche',
  'daycare',
  'kindergarten',
  'montessori',
  'childminder',
  'childminding',
  'care',
  'home',
]);
const HOME_WORDS = new Set(['house', 'home', 'place', 'cottage', 'den', 'nest', 'barn']);
export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const loose = (s: string) => s.split('').map(esc).join('[\\s.\\-]*');

/** "Ashley's House", "Hazel House": a first name and a word for a home, which a person's home shares. */
function isPersonHome(words: string[]): boolean {
  if (words.length !== 2 || !HOME_WORDS.has(lettersOf(words[1]!))) return false;
  const first = lettersOf(words[0]!.replace(/['’]s$/i, ''));
  return /['’]s$/i.test(words[0]!) || isFirstName(first);
}

export function nameTerm(label: string, fuzzy: boolean): NameTerm {
  return { label, letters: termLetters(label), fuzzy, personHome: isPersonHome(label.split(/\s+/)) };
}

/** Shortened forms that keep at least one distinctive word: "Ashleys", "Oakfield", "Little Wrens". */
export function abbreviations(name: string): NameTerm[] {
  const words = name.split(/\s+/).filter(Boolean);
  const out: NameTerm[] = [];
  const keep = words.filter((w) => !GENERIC.has(lettersOf(w)) || /['’]s$/i.test(w));
  const distinctive = keep.filter((w) => lettersOf(w).length >= 4);
  for (const w of distinctive) {
    const possessive = /['’]s$/i.test(w);
    out.push({ label: w, letters: termLetters(w), fuzzy: false, personHome: false, possessive });
  }
  if (keep.length > 1 && keep.length < words.length) out.push(nameTerm(keep.join(' '), true));
  return out.filter((t) => t.letters.length >= 4 && termLetters(name) !== t.letters);
}

/**
 * Abbreviations that keep one word and shorten the others to initials. An initial must carry a
 * full stop ("A. House") or stand before the kept word written with its capital ("A House"), so
 * the article "a house" never matches. Bare initials ("AH") never count (detection.md).
 */
export function initialledForms(name: string): { label: string; re: RegExp }[] {
  const words = name.split(/\s+/).filter((w) => lettersOf(w).length > 0);
  if (words.length < 2) return [];
  return words.flatMap((kept, k) => {
    const bare = lettersOf(kept.replace(/['’]s$/i, ''));
    // "Ashley H." is a person with an initial, not the setting.
    if ((GENERIC.has(bare) && !HOME_WORDS.has(bare)) || isFirstName(bare)) return [];
    const parts = words.map((w, i) =>
      i === k ? esc(w.replace(/['’]s$/i, '')) + "(?:['’]?s)?" : esc(w[0]!.toUpperCase()),
    );
    const dotted = parts.map((p, i) => (i === k ? p : `${p}\\.`)).join('\\s*');
    const spaced = parts.join('\\s+');
    const label = words.map((w, i) => (i === k ? w : `${w[0]!.toUpperCase()}.`)).join(' ');
    return [
      { label, re: new RegExp(`(?<![\\p{L}\\d])${dotted}(?![\\p{L}\\d])`, 'gu') },
      { label, re: new RegExp(`(?<![\\p{L}\\d])${spaced}(?![\\p{L}\\d])`, 'gu') },
    ];
  });
}
