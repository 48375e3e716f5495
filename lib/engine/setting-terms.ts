import { lettersOf, termLetters } from '../text/skeleton.ts';
import type { Setting } from '../pack/schema.ts';
import type { SkeletonTerm } from './match-skeleton.ts';
import { isFirstName } from './lexicon/first-names.ts';

/** A name-like identifier matched on the skeleton view. */
export interface NameTerm extends SkeletonTerm {
  label: string;
  /** "<Person>'s House": a person's home unless the draft is about work (see detection.md). */
  personHome: boolean;
  /** For abbreviations: the kept word is a person's first name, so only the possessive counts. */
  possessive?: boolean;
}

export interface SettingTerms {
  /** Words that say what kind of place the setting is ("nursery", "club"), from its own names. */
  kinds: Set<string>;
  /** Count wherever they appear. */
  unique: NameTerm[];
  /** Count only when the draft ties them to work. */
  tied: NameTerm[];
  postcode?: RegExp;
  phones: string[];
  literals: { label: string; re: RegExp }[];
  streets: { label: string; full: RegExp; bare: RegExp }[];
  /** "A. House" for "Ashley's House": initials with one word kept, matched on the original text. */
  initialled: { label: string; re: RegExp }[];
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

// Words that say what kind of place it is rather than which one ("Oakfield Nursery" → "Oakfield").
export const GENERIC = new Set(
  (
    'the and of at for in on a an nursery nurseries preschool pre school schools club clubs kids childrens children ' +
    'childcare day care daycare house home place little busy happy tiny small first early years learning centre ' +
    'center montessori after before breakfast holiday out academy st saint primary infant infants junior juniors ' +
    'playgroup creche group ltd limited church hall library park'
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
const STREET_TYPES: Record<string, string> = {
  lane: 'lane|ln',
  road: 'road|rd',
  street: 'street|st',
  avenue: 'avenue|ave?',
  close: 'close|cl',
  drive: 'drive|dr',
  crescent: 'crescent|cres',
  grove: 'grove|gr',
  place: 'place|pl',
  gardens: 'gardens|gdns',
  terrace: 'terrace|terr?|tce',
  court: 'court|ct',
  square: 'square|sq',
  mews: 'mews',
  way: 'way',
  walk: 'walk',
  row: 'row',
  hill: 'hill',
  park: 'park',
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const loose = (s: string) => s.split('').map(esc).join('[\\s.\\-]*');

/** "Ashley's House", "Hazel House": a first name and a word for a home, which a person's home shares. */
function isPersonHome(words: string[]): boolean {
  if (words.length !== 2 || !HOME_WORDS.has(lettersOf(words[1]!))) return false;
  const first = lettersOf(words[0]!.replace(/['’]s$/i, ''));
  return /['’]s$/i.test(words[0]!) || isFirstName(first);
}

function nameTerm(label: string, fuzzy: boolean): NameTerm {
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

function parseAddress(address: string, postcode: string) {
  const parts = address
    .split(/,|\n/)
    .map((p) => p.trim())
    .filter((p) => p && lettersOf(p) !== lettersOf(postcode));
  const streetAt = parts.findIndex((p) => /^\d+[a-z]?\b/i.test(p));
  const streets: SettingTerms['streets'] = [];
  const areas: string[] = [];
  if (streetAt >= 0) {
    const m = /^(\d+[a-z]?)\s+(.+)$/i.exec(parts[streetAt]!);
    const words = (m?.[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const type = words.length > 1 ? STREET_TYPES[words[words.length - 1]!] : undefined;
    const body = (type ? words.slice(0, -1) : words).map(esc).join('\\s+');
    const street = type ? `${body}\\s+(?:${type})\\b` : `${body}\\b`;
    if (m && body) {
      streets.push({
        label: parts[streetAt]!,
        full: new RegExp(`\\b${esc(m[1]!.toLowerCase())}\\s*,?\\s*${street}`, 'g'),
        bare: new RegExp(`\\b${street}`, 'g'),
      });
    }
  }
  // Between the street and the town: the village or area. The last part is the town, never enough.
  const afterStreet = parts.slice(streetAt + 1);
  if (afterStreet.length > 1) areas.push(...afterStreet.slice(0, -1));
  return { streets, areas };
}

function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '').replace(/^(?:00)?44/, '0');
  return digits.slice(-10);
}

export function compileSettingTerms(setting: Setting, extraTerms: string[]): SettingTerms {
  const names = [setting.name, ...setting.otherNames];
  const unique: NameTerm[] = names.flatMap((n) => {
    const term = nameTerm(n, true);
    // "Poppies Place" for "Poppy's Place": the plural spelling of a possessive is a common slip.
    const plural = n.replace(/y['’]s\b/i, 'ies');
    return plural === n
      ? [term]
      : [term, { ...nameTerm(plural, true), label: n, personHome: term.personHome }];
  });
  const tied: NameTerm[] = names.flatMap(abbreviations);
  for (const t of [...setting.hashtags, ...extraTerms]) unique.push(nameTerm(t.replace(/^#/, ''), false));
  const handles = [...setting.handles.facebook, ...setting.handles.instagram, ...setting.handles.x];
  for (const h of handles)
    unique.push({ ...nameTerm(h.replace(/^@/, ''), true), label: `@${h.replace(/^@/, '')}` });
  for (const place of setting.relatedPlaces) tied.push(nameTerm(place, false), ...abbreviations(place));
  const { streets, areas } = parseAddress(setting.address, setting.postcode);
  for (const area of areas) tied.push(nameTerm(area, false));

  const literals: SettingTerms['literals'] = [];
  for (const email of setting.emails) {
    const [local = '', domain = ''] = email.toLowerCase().split('@');
    const dom = domain.split('.').map(esc).join('\\s*(?:\\.|\\bdot\\b|\\[dot\\]|\\(dot\\))\\s*');
    literals.push({
      label: email,
      re: new RegExp(`${esc(local)}\\s*(?:@|\\[at\\]|\\(at\\)|\\sat\\s)\\s*${dom}`, 'g'),
    });
  }
  for (const site of setting.websites) {
    const domain = site
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/^www\./, '')
      .split('/')[0]!;
    const dom = domain.split('.').map(esc).join('\\s*(?:\\.|\\bdot\\b)\\s*');
    literals.push({ label: domain, re: new RegExp(`(?<![a-z0-9])(?:www\\.)?${dom}(?![a-z0-9])`, 'g') });
  }
  const pc = setting.postcode.toLowerCase().replace(/[^a-z0-9]/g, '');
  const kinds = new Set(
    names
      .flatMap((n) => n.toLowerCase().split(/[\s-]+/))
      .map(lettersOf)
      .filter((w) => KINDS.has(w)),
  );
  return {
    kinds,
    // A hashtag or handle spelling a person's home ("#PoppysPlace") is judged like the name itself.
    unique: unique
      .filter((t) => t.letters.length >= 3)
      .map((t) =>
        unique.some((h) => h.personHome && h.letters === t.letters) ? { ...t, personHome: true } : t,
      ),
    tied: tied.filter((t) => t.letters.length >= 4),
    postcode: pc.length >= 5 ? new RegExp(`(?<![a-z0-9])${loose(pc)}(?![a-z0-9])`, 'g') : undefined,
    phones: setting.phones.map(phoneDigits).filter((d) => d.length >= 9),
    literals,
    streets,
    initialled: names.flatMap(initialledForms),
  };
}

export { phoneDigits };
