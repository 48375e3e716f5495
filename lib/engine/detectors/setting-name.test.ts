import { describe, expect, it } from 'vitest';
import { categoriesOf, spanTexts } from '../../../tests/builders.ts';

// detection.md §setting-name, against the invented roster of tests/builders.ts:
// Ashley's House, 27 Brambling Road, Kestrel Vale, Dunmere, DU4 6RZ.

describe('setting-name: unique identifiers count wherever they appear', () => {
  it.each([
    ['the name as a title', "Ashley's House won a local award today!", "Ashley's House"],
    ['the name in lower case', 'so proud of ashleys house this week', 'ashleys house'],
    ['the name in capitals', 'ASHLEYS HOUSE IS THE BEST', 'ASHLEYS HOUSE'],
    ['the name run together', 'AshleysHouse smashed it this year', 'AshleysHouse'],
    ['the name with hyphens', 'Ashleys-House summer fair was lovely', 'Ashleys-House'],
    ['the name split over lines', "Ashley's\nHouse forever", "Ashley's\nHouse"],
    ['the name with a typo', "Ashely's House is the place to be", "Ashely's House"],
    ['the name with digit stand-ins', "4shley's H0use, what a team", "4shley's H0use"],
    ['the name with letter spacing', 'A s h l e y s H o u s e', 'A s h l e y s H o u s e'],
    ['the name with stretched letters', "Ashleeeey's Hoooouse forever", "Ashleeeey's Hoooouse"],
    ['the name with a curly apostrophe', 'Ashley’s House is the best', 'Ashley’s House'],
    ['the name in Cyrillic look-alikes', "Аshlеy's Hоuse is the best", "Аshlеy's Hоuse"],
    [
      'the name in full-width letters',
      'Ａｓｈｌｅｙ’ｓ Ｈｏｕｓｅ is the best',
      'Ａｓｈｌｅｙ’ｓ Ｈｏｕｓｅ',
    ],
    ['the name with zero-width characters', "Ash\u200bley's Ho\u200duse rocks", "Ash\u200bley's Ho\u200duse"],
    ['the name with an emoji inside', "Ashley's 🏠 House rocks", "Ashley's 🏠 House"],
    ['the name after a word ending in its first letter', "Viva Ashley's House!", "Ashley's House"],
    ['another name of the setting', 'Ashleys House Day Nursery is hiring', 'Ashleys House Day Nursery'],
  ])('flags %s', (_label, text, span) => {
    expect(categoriesOf(text)).toContain('setting-name');
    expect(spanTexts(text, 'setting-name')).toContain(span);
  });

  it.each([
    ['the full street address', 'Does anyone know 27 Brambling Road? Lovely spot', '27 Brambling Road'],
    [
      'the address in a personal request',
      'Parcel left at 27 Brambling Rd, can someone grab it',
      '27 Brambling Rd',
    ],
    ['the postcode', 'Sat nav to DU4 6RZ please', 'DU4 6RZ'],
    ['the postcode in lower case', 'postcode is du4 6rz', 'du4 6rz'],
    ['the postcode without a space', 'postcode is DU46RZ', 'DU46RZ'],
    ['the postcode with odd spacing', 'postcode is du 4 6 rz', 'du 4 6 rz'],
    ['the postcode in mixed case', 'postcode is Du4 6rZ', 'Du4 6rZ'],
    ['the postcode with a dash', 'postcode is DU4-6RZ', 'DU4-6RZ'],
  ])('flags %s', (_label, text, span) => {
    expect(categoriesOf(text)).toContain('setting-name');
    expect(spanTexts(text, 'setting-name')).toContain(span);
  });

  it.each([
    ['spaced', 'Ring 01632 961447 for a chat', '01632 961447'],
    ['with +44', 'Ring +44 1632 961447 for a chat', '+44 1632 961447'],
    ['with +44 (0)', 'Ring +44 (0)1632 961447 for a chat', '+44 (0)1632 961447'],
    ['in brackets', 'Ring (01632) 961447 for a chat', '(01632) 961447'],
    ['with no spaces', 'Ring 01632961447 for a chat', '01632961447'],
    ['with dashes', 'Ring 01632-961-447 for a chat', '01632-961-447'],
    ['with 0044', 'Ring 0044 1632 961447 for a chat', '0044 1632 961447'],
    ['in other groups', 'Ring 01632 961 447 for a chat', '01632 961 447'],
    ['the mobile, +44 and spaced', 'Text +44 7700 900582 any time', '+44 7700 900582'],
    ['the mobile, +44 and no spaces', 'Text +447700900582 any time', '+447700900582'],
    ['the mobile, in groups', 'Text 07700 900 582 any time', '07700 900 582'],
  ])('flags the phone number %s', (_label, text, span) => {
    expect(categoriesOf(text)).toContain('setting-name');
    expect(spanTexts(text, 'setting-name')).toContain(span);
  });

  it.each([
    ['the email', 'Email hello@ashleyshousenursery.org.uk for info', 'hello@ashleyshousenursery.org.uk'],
    ['the website', 'See https://www.ashleyshousenursery.org.uk/fees', 'www.ashleyshousenursery.org.uk'],
    ['the bare domain', 'all on ashleyshousenursery.org.uk', 'ashleyshousenursery.org.uk'],
    ['the domain in capitals', 'all on ASHLEYSHOUSENURSERY.ORG.UK', 'ASHLEYSHOUSENURSERY.ORG.UK'],
  ])('flags %s', (_label, text, span) => {
    expect(categoriesOf(text)).toContain('setting-name');
    expect(spanTexts(text, 'setting-name').join(' ')).toContain(span);
  });

  it.each([
    ['the Facebook handle', 'Go and like @AshleysHouseDunmere', 'AshleysHouseDunmere'],
    ['the Instagram handle', 'follow @kestrelvale.kiddos x', 'kestrelvale.kiddos'],
    ['the X handle', 'cc @AshleysHouseKV', 'AshleysHouseKV'],
    ['a near-miss spelling of a handle', 'follow @kestrelvale.kidos x', 'kestrelvale.kidos'],
    ['a near-miss of a handle with a vowel swapped', 'like @AshleysHouseDunmore', 'AshleysHouseDunmore'],
    ['a hashtag with underscores', 'we love #ashleys_house_family', 'ashleys_house_family'],
    ['a handle split into words', 'follow kestrel vale kiddos x', 'kestrel vale kiddos'],
    ['a hashtag', 'Great day #BramblingBunch', 'BramblingBunch'],
    ['a hashtag in lower case', 'great day #bramblingbunch', 'bramblingbunch'],
    ['a hashtag split into words', 'great day, brambling bunch!', 'brambling bunch'],
    ['a hashtag holding the name', 'we love #AshleysHouseFamily', 'AshleysHouseFamily'],
  ])('flags %s', (_label, text, span) => {
    expect(categoriesOf(text)).toContain('setting-name');
    expect(spanTexts(text, 'setting-name').join(' ')).toContain(span);
  });
});

describe('setting-name: context-dependent identifiers count only when tied to work', () => {
  it.each([
    [
      'the street without its number',
      'Traffic on Brambling Road made me late for work again',
      'Brambling Road',
    ],
    ['the area', 'Another early shift in Kestrel Vale, send coffee', 'Kestrel Vale'],
    [
      'the related place',
      'Walked the pre-schoolers to Larkhill Primary School for their transition visit',
      'Larkhill Primary School',
    ],
    ['an abbreviation keeping a word of the name', "Back at Ashley's tomorrow, early shift", "Ashley's"],
    ['an abbreviation keeping a word of the name, run on', 'ashleys again tomorrow, long shift', 'ashleys'],
    ['an abbreviation with an initial', 'Long shift at A. House today', 'A. House'],
  ])('flags %s with work', (_label, text, span) => {
    expect(categoriesOf(text)).toContain('setting-name');
    expect(spanTexts(text, 'setting-name').join(' ')).toContain(span);
  });

  it.each([
    ['the street without its number', 'Traffic on Brambling Road is shocking this morning'],
    ['the area', 'Moving to Kestrel Vale next spring!'],
    ['the related place', 'Larkhill Primary School fireworks on Saturday, who is going?'],
    ['an abbreviation', "Ashley's birthday drinks were class"],
  ])('does not flag %s without work', (_label, text) => {
    expect(categoriesOf(text)).not.toContain('setting-name');
  });
});

describe('setting-name: never on their own', () => {
  it.each([
    ['the town alone', 'Dunmere is so pretty in the snow'],
    ['the town with work words', 'Long shift at work, Dunmere traffic was awful'],
    ['the postcode district alone', 'Anyone in DU4 selling a cot?'],
    ['bare initials', 'AH staff are the best'],
    ['bare initials next to work words', 'Long shift at A.H. today, shattered'],
    ['a person with the same first name', 'Ashley is my bestie, love her to bits'],
    ['the name meaning a person’s home', "Round at Ashley's house for pizza tonight"],
    ['the name as a title meaning a home', "Sleepover at Ashley's House with the girls"],
    ['a different business sharing the first words', "Ashley's House of Cakes does the best brownies"],
    ['a different business: removals', "Ashley's House Removals were brilliant, thank you"],
  ])('does not flag %s', (_label, text) => {
    expect(categoriesOf(text)).not.toContain('setting-name');
  });
});
