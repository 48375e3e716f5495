import { buildPackFromProfile } from '../../lib/pack/build-pack.ts';
import type { RulePack } from '../../lib/pack/schema.ts';

const FIRST = [
  'Olivia',
  'Amelia',
  'Isla',
  'Ava',
  'Noah',
  'Oliver',
  'George',
  'Leo',
  'Freya',
  'Arthur',
  'Mia',
  'Theo',
  'Ivy',
  'Ezra',
  'Rosie',
  'Harry',
  'Grace',
  'Jack',
  'Luna',
  'Finley',
];
const LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Patel',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Wood',
  'Khan',
];

/** The large pack of the issue: 200 children, 400 family members, 1,000 extra terms. */
export function largePack(): RulePack {
  const children = Array.from(
    { length: 200 },
    (_, i) => `${FIRST[i % 20]} ${LAST[Math.floor(i / 20) % 20]}${i >= 400 ? i : ''}`,
  );
  const family = Array.from({ length: 400 }, (_, i) => ({
    name: `${FIRST[(i * 7) % 20]} ${LAST[(i * 3) % 20]}-${i}`,
    relation: i % 2 ? 'father' : 'mother',
    child: children[i % 200]!,
  }));
  const pack = buildPackFromProfile(
    {
      setting: {
        name: 'Hazel House Day Nursery',
        otherNames: ['Hazel House', 'HHDN'],
        address: '14 Elm Grove, Oakfield, Wellhampton',
        postcode: 'WH4 7QT',
        phones: ['01632 960 123'],
        emails: ['office@hazelhousenursery.co.uk'],
        websites: ['www.hazelhousenursery.co.uk'],
        handles: { facebook: ['HazelHouseNursery'], instagram: ['hazelhouse_nursery'], x: ['HazelHouseDN'] },
        hashtags: ['#HazelHouseFamily'],
        relatedPlaces: ["St Anne's Primary School"],
      },
      people: {
        manager: 'Joanne Pritchard',
        safeguardingLead: 'Sam Okafor',
        staff: ['Priya Shah', 'Tom Lee'],
        children,
        family,
      },
    },
    '2026-11-25',
  );
  const terms = Array.from({ length: 1000 }, (_, i) => `projectword${i.toString(36)}`);
  return {
    ...pack,
    rules: { ...pack.rules, 'work-comment': { ...pack.rules['work-comment'], extraTerms: terms } },
  };
}

const SENTENCES = [
  'What a day, the weather has been all over the place and I am shattered.',
  'Anyone know a good plumber near the high street? Ours has let us down again.',
  'Back at work tomorrow on the early shift, wish me luck!',
  'Ffs the bus was late again 🙄 and it was pissing down the whole way.',
  'Had the best roast at the Red Lion with the girls, highly recommend.',
  'Happy birthday to my gorgeous sister, love you loads 💕 #family',
  'Loving the autumn colours on the walk along the canal this morning.',
  'Does anyone have a spare ticket for Saturday? Will pay face value.',
];

/** Realistic mixed text of about `chars` characters, varied by `seed`. */
export function sampleText(chars: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = seed; length < chars; i++) {
    const s = SENTENCES[(i * 5 + seed) % SENTENCES.length]!;
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}
