// Shared builders for unit tests: an INVENTED roster for "Ashley's House" (the setting of the real
// policy), independent of the labelled eval set in tests/eval/. Every name, address, number and
// handle here is made up (01632 and 07700 900 are Ofcom's drama ranges).
import { checkDraft } from '../lib/engine/check-draft.ts';
import { buildPackFromProfile } from '../lib/pack/build-pack.ts';
import {
  DEFAULT_CONSENT_CLAUSE,
  type Category,
  type Draft,
  type Finding,
  type Profile,
  type Rule,
  type RulePack,
} from '../lib/pack/schema.ts';

export type ProfileOverrides = {
  setting?: Partial<Profile['setting']>;
  people?: Partial<Profile['people']>;
  uniform?: string;
  photos?: Partial<Profile['photos']>;
};

export function makeProfile(overrides: ProfileOverrides = {}): Profile {
  return {
    setting: {
      name: "Ashley's House",
      otherNames: ["Ashley's House Nursery", 'Ashleys House Day Nursery'],
      address: '27 Brambling Road, Kestrel Vale, Dunmere',
      postcode: 'DU4 6RZ',
      phones: ['01632 961447', '07700 900582'],
      emails: ['hello@ashleyshousenursery.org.uk'],
      websites: ['https://www.ashleyshousenursery.org.uk'],
      handles: {
        facebook: ['AshleysHouseDunmere'],
        instagram: ['kestrelvale.kiddos'],
        x: ['AshleysHouseKV'],
      },
      hashtags: ['#AshleysHouseFamily', '#BramblingBunch'],
      relatedPlaces: ['Larkhill Primary School'],
      ...overrides.setting,
    },
    people: {
      manager: 'Bernadette Okonjo',
      safeguardingLead: 'Gareth Lyle',
      staff: ['Tamsin Wheeler', 'Priti Desai', 'Callum Rhodes', 'Megan Ferris'],
      children: [
        'Summer Ellwood',
        'Hope Adebayo',
        'Frankie Shittu',
        'Milo Cockburn',
        'Isaac Brennan',
        'Poppy Vance',
        'Teddy Marsh',
        'Oscar Lindley',
      ],
      family: [
        { name: 'Katherine Ellwood', relation: 'mother', child: 'Summer Ellwood' },
        { name: 'Robert Brennan', relation: 'father', child: 'Isaac Brennan' },
        { name: 'Jennifer Shittu', relation: 'mother', child: 'Frankie Shittu' },
        { name: 'Daniel Cockburn', relation: 'father', child: 'Milo Cockburn' },
        { name: 'Grace Adebayo', relation: 'grandmother', child: 'Hope Adebayo' },
        { name: 'Zoë Vance', relation: 'mother', child: 'Poppy Vance' },
      ],
      ...overrides.people,
    },
    uniform: overrides.uniform ?? 'Teal polo shirt with the house logo and a grey fleece',
    photos: {
      uniformColours: [],
      nearMetres: 250,
      consentClause: DEFAULT_CONSENT_CLAUSE,
      ...overrides.photos,
    },
  };
}

export type RuleOverrides = Partial<Record<Category, Partial<Rule>>>;

/** A complete pack from the invented profile, with optional per-category rule changes. */
export function makePack(overrides: ProfileOverrides & { rules?: RuleOverrides } = {}): RulePack {
  const pack = buildPackFromProfile(makeProfile(overrides), '2026-01-15');
  for (const [id, rule] of Object.entries(overrides.rules ?? {}) as [Category, Partial<Rule>][]) {
    pack.rules[id] = { ...pack.rules[id], ...rule };
  }
  return pack;
}

/** The default roster pack, built once: checks are pure, so sharing it is safe. */
export const PACK: RulePack = makePack();

export type DraftOptions = Partial<Omit<Draft, 'text'>> & { pack?: RulePack };

export function check(text: string, options: DraftOptions = {}): Finding[] {
  const { pack = PACK, platform = 'facebook', surface = 'post', recipient } = options;
  return checkDraft(pack, { platform, surface, text, ...(recipient === undefined ? {} : { recipient }) });
}

export function categoriesOf(text: string, options: DraftOptions = {}): Category[] {
  return check(text, options).map((f) => f.category);
}

export function findingFor(
  text: string,
  category: Category,
  options: DraftOptions = {},
): Finding | undefined {
  return check(text, options).find((f) => f.category === category);
}

/** The original text under each span of a category's finding ([] when there is no finding). */
export function spanTexts(text: string, category: Category, options: DraftOptions = {}): string[] {
  const finding = findingFor(text, category, options);
  return finding ? finding.spans.map((s) => text.slice(s.start, s.end)) : [];
}

/** A private message. */
export const dm = (recipient: string, pack?: RulePack): DraftOptions => ({
  surface: 'dm',
  recipient,
  ...(pack ? { pack } : {}),
});

/**
 * Whether a finding of the category has a span overlapping the first occurrence of `word` in the
 * text: a highlight on the root ("fuck" of "fucking") or on a phrase ("what a prick") counts, one
 * elsewhere in the text does not.
 */
export function hasSpanIn(
  text: string,
  category: Category,
  word: string,
  options: DraftOptions = {},
): boolean {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`${JSON.stringify(word)} is not in ${JSON.stringify(text)}`);
  const finding = findingFor(text, category, options);
  return (finding?.spans ?? []).some((s) => s.start < at + word.length && s.end > at && s.end > s.start);
}
