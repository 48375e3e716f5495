import { lettersOf } from '../text/skeleton.ts';
import type { Setting } from '../pack/schema.ts';
import { abbreviations, esc, initialledForms, KINDS, loose, nameTerm, type NameTerm } from './name-forms.ts';

export { GENERIC, KINDS, abbreviations, initialledForms, type NameTerm } from './name-forms.ts';

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
