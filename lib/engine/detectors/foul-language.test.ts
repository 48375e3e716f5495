import { describe, expect, it } from 'vitest';
import { categoriesOf, hasSpanIn } from '../../../tests/builders.ts';

// detection.md §foul-language: swear words, their forms and idioms, slurs and crude sexual phrasing;
// never mild words, acronyms, letter abbreviations or innocent words holding a swear word's letters.
// Disguises are in foul-language-disguise.test.ts.

describe('foul-language: swear words and insults built on them', () => {
  it.each([
    ['What a fucking day', 'fucking'],
    ['Oh for fuck sake', 'fuck'],
    ['This weather is shit', 'shit'],
    ['Total bullshit if you ask me', 'bullshit'],
    ['Absolute shite telly tonight', 'shite'],
    ['He is such a cunt', 'cunt'],
    ['Some twat parked across my drive', 'twat'],
    ['What a wanker', 'wanker'],
    ['Bollocks to this', 'Bollocks'],
    ['That bastard ex of mine', 'bastard'],
    ['She can be a right bitch', 'bitch'],
    ['Some dickhead cut me up on the roundabout', 'dickhead'],
    ['What a tosser', 'tosser'],
    ['Such a bellend', 'bellend'],
    ['Get off your arse and vote', 'arse'],
    ['Kick ass weekend planned', 'ass'],
    ['He is an arsehole', 'arsehole'],
    ['Fancy a shag?', 'shag'],
    ['What a prick', 'prick'],
  ])('flags %j', (text, word) => {
    expect(categoriesOf(text)).toContain('foul-language');
    expect(hasSpanIn(text, 'foul-language', word)).toBe(true);
  });
});

describe('foul-language: every form and idiom', () => {
  it.each([
    ['Pissing down again 🌧️', 'Pissing'],
    ['Proper pissed off with the council', 'pissed'],
    ['Got absolutely pissed last night 🍻', 'pissed'],
    ['Piss off, Monday', 'Piss'],
    ['Got a right bollocking from my mum', 'bollocking'],
    ['Shitting it about my driving test', 'Shitting'],
    ['Absolutely shagged after that hike', 'shagged'],
    ['Fucked up my cake again', 'Fucked'],
    ['He is a shithead', 'shithead'],
    ['Got shitfaced at the wedding', 'shitfaced'],
    ['Her ex is a pisshead', 'pisshead'],
    ['Absolutely wankered after the gym', 'wankered'],
    ['What a fuckwit', 'fuckwit'],
    ["Can't be arsed today", 'arsed'],
    ['Stop bitching about the weather', 'bitching'],
  ])('flags %j', (text, word) => {
    expect(categoriesOf(text)).toContain('foul-language');
    expect(hasSpanIn(text, 'foul-language', word)).toBe(true);
  });
});

describe('foul-language: slurs and crude sexual phrasing', () => {
  it.each([
    ['slur: faggot', 'Some faggot shouted at us'],
    ['slur: paki', 'He called him a paki, disgusting'],
    ['slur: spaz', 'I am such a spaz today'],
    ['slur: retard', 'Stop acting like a retard'],
    ['slur: nonce', 'He looks like a nonce'],
    ['crude: send nudes', 'send me nudes 😏'],
    ['crude: leg over', 'Hoping to get my leg over tonight'],
    ['crude: bang him senseless', 'I would bang him senseless'],
    ['crude: got laid', 'Finally got laid lol'],
    ['crude: blow job', 'Joke about a blow job in the group chat'],
  ])('flags %s', (_label, text) => {
    expect(categoriesOf(text)).toContain('foul-language');
  });
});

describe('foul-language: never mild words, acronyms or abbreviations', () => {
  it.each([
    ['bloody', 'Bloody freezing out there'],
    ['damn', 'Damn, missed the bus'],
    ['hell', 'What the hell is going on with the trains'],
    ['crap', 'Crap weather again'],
    ['sod', 'Sod it, takeaway tonight'],
    ['bugger', 'Oh bugger, forgot my keys'],
    ['git', 'My brother is a cheeky git'],
    ['cow', 'Silly cow forgot her own birthday'],
    ['idiot', 'I am such an idiot sometimes'],
    ['brat', 'My nephew is a spoilt brat'],
    ['wtf', 'wtf is this weather'],
    ['WTF in capitals', 'WTF happened to summer'],
    ['ffs', 'ffs the trains again'],
    ['the f-word', 'My toddler just said the f-word 😳'],
    ['the c-word', 'Nobody say the c-word (Christmas) yet'],
    ['a letter standing for it', 'What the f was that'],
  ])('does not flag %s', (_label, text) => {
    expect(categoriesOf(text)).not.toContain('foul-language');
  });
});

describe('foul-language: the Scunthorpe problem', () => {
  it.each([
    ['Scunthorpe', 'Scunthorpe United won 2-0'],
    ['Penistone', 'Walk around Penistone this morning'],
    ['Clitheroe', 'Day trip to Clitheroe castle'],
    ['cocktail', 'Cocktail night with the girls 🍸'],
    ['Dickens', 'Reading Dickens by the fire'],
    ['Arsenal', 'Arsenal were brilliant last night'],
    ['assess', 'Need to assess the damage to the fence'],
    ['bass', 'Learning bass guitar this year'],
    ['class', 'Yoga class was class'],
    ['shiitake', 'Shiitake mushroom risotto for tea'],
    ['Sussex', 'Holiday in Sussex next week'],
    ['Essex', 'Off to Essex for the weekend'],
    ['grape', 'Grape juice spilt everywhere'],
    ['therapist', 'My therapist is amazing'],
    ['blue tits', 'Blue tits nesting in our box 🐦'],
    ['cockapoo', 'Our cockapoo had a haircut'],
    ['Hitchcock', 'Hitchcock film marathon tonight'],
    ['a roster surname: Shittu', 'Mrs Shittu won the raffle'],
    ['a roster surname: Cockburn', 'Cockburn family won the quiz'],
    ['Dick Whittington', 'Taking my mum to see Dick Whittington'],
    ['shaggy', 'Shaggy dog needs a groom'],
    ['passport', 'Passport renewal finally came through'],
    ['Cockermouth', 'Cockermouth for the weekend'],
    ['Shitterton', 'Shitterton village sign got nicked again'],
    ['prickly pear', 'Prickly pear gin is lush'],
    ['cockles', 'Cockles and mussels at the seaside'],
    ['peacock', 'Peacock feathers everywhere at the farm'],
    ['cumulative', 'Cumulative total raised: £340'],
    ['analyst', 'Interview for a data analyst job'],
    ['Matsushita', 'Old Matsushita telly still works'],
    ['sextet', 'Jazz sextet at the pub tonight'],
    ['Assam', 'Assam tea and a biscuit'],
    ['snigger', 'Had to stifle a snigger in the meeting'],
    ['a surname not on the roster: Kuntz', 'The Kuntz family moved in next door'],
  ])('does not flag %s', (_label, text) => {
    expect(categoriesOf(text)).not.toContain('foul-language');
  });
});
