import { describe, expect, it } from 'vitest';
import { categoriesOf, hasSpanIn, spanTexts } from '../../../tests/builders.ts';

// detection.md §foul-language: "Every disguise counts". Each case gives the draft and the disguised
// word exactly as typed: the finding's span must land on it in the ORIGINAL text.

const ZWSP = '\u200B';
const ZWJ = '\u200D';
const SOFT = '\u00AD';

describe('foul-language disguises: the span is the word as typed', () => {
  it.each([
    ['asterisks', 'what the f**k is this', 'f**k'],
    ['an asterisk for a vowel', 'oh sh*t, forgot', 'sh*t'],
    ['asterisks in capitals', 'F*CK this traffic', 'F*CK'],
    ['a hash', 'what a load of sh#t', 'sh#t'],
    ['digits', 'that was sh1t', 'sh1t'],
    ['symbols', 'total $h!t show', '$h!t'],
    ['an exclamation mark', 'what a b!tch', 'b!tch'],
    ['dots between letters', 'f.u.c.k this', 'f.u.c.k'],
    ['letter spacing', 'oh f u c k off', 'f u c k'],
    ['dashes between letters', 's-h-i-t day', 's-h-i-t'],
    ['stretched letters', 'fuuuuuuck me', 'fuuuuuuck'],
    ['stretched letters in shit', 'shiiiiiit happens', 'shiiiiiit'],
    ['a stretched cut-off start', 'ffffuuuuu my car', 'ffffuuuuu'],
    ['transposed letters', 'what a btich', 'btich'],
    ['transposed letters in bastard', 'lying bastrad', 'bastrad'],
    ['full-width letters', 'ｆｕｃｋ Mondays', 'ｆｕｃｋ'],
    ['full-width capitals', 'ＳＨＩＴ day', 'ＳＨＩＴ'],
    ['Cyrillic look-alikes', 'ѕһіt day', 'ѕһіt'],
    ['a Cyrillic с in cunt', 'what a сunt', 'сunt'],
    ['a Greek look-alike', 'such a bιtch', 'bιtch'],
    ['zero-width spaces', `f${ZWSP}u${ZWSP}c${ZWSP}k off`, `f${ZWSP}u${ZWSP}c${ZWSP}k`],
    ['a zero-width joiner', `sh${ZWJ}it day`, `sh${ZWJ}it`],
    ['accents', 'fück this', 'fück'],
  ])('flags %s', (_label, text, typed) => {
    expect(categoriesOf(text)).toContain('foul-language');
    expect(spanTexts(text, 'foul-language')).toContain(typed);
  });

  it.each([
    ['a masked word with a suffix', 'f**king hell', 'f**king'],
    ['digits and a suffix', 'sh1tting it', 'sh1tting'],
    ['a masked British swear', 'b*llocks to that', 'b*llocks'],
    ['a masked insult', 'what a tw@t', 'tw@t'],
    ['digits for every vowel', 'b0ll0cks to Mondays', 'b0ll0cks'],
    ['a soft hyphen', `what a wan${SOFT}ker`, `wan${SOFT}ker`],
  ])('flags %s', (_label, text, typed) => {
    expect(categoriesOf(text)).toContain('foul-language');
    expect(hasSpanIn(text, 'foul-language', typed)).toBe(true);
  });
});

describe('foul-language disguises: innocent look-alikes stay clean', () => {
  it.each([
    ['a Cyrillic place name', 'Scunthorpe in Cyrillic: Ѕсunthorpe'],
    ['a full-width innocent word', 'ｃｏｃｋｔａｉｌ hour'],
    ['spaced innocent letters', 'grade: a s s e s s m e n t passed'],
    ['a stretched innocent word', 'sooooo happy today'],
    ['an asterisk footnote', 'Prices from £5* (*terms apply)'],
    ['initials with dots', 'F.C. United won again'],
  ])('does not flag %s', (_label, text) => {
    expect(categoriesOf(text)).not.toContain('foul-language');
  });
});
