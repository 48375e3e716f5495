import { describe, expect, it } from 'vitest';
import { foldText, toOriginal } from './fold.ts';
import { collapse, lettersOf, skeletonOf } from './skeleton.ts';

// The skeleton: letters only, stand-ins read, spacing joined and stretched letters collapsed.

const skeleton = (text: string) => skeletonOf(foldText(text));

describe('skeletonOf: letter spacing, stretching and stand-ins', () => {
  it.each([
    ['letter spacing', "A s h l e y ' s  H o u s e", 'ashleyshouse'],
    ['dots between letters', 'A.s.h.l.e.y.s', 'ashleys'],
    ['dashes between letters', 's-h-i-t-e', 'shite'],
    ['a hashtag with underscores', '#Ashleys_House', 'ashleyshouse'],
    ['a handle with dots', 'kestrelvale.kiddos', 'kestrelvalekidos'],
    ['stretched letters', 'Ashleeeeeys Hoooouse', 'ashleyshouse'],
    ['double letters', 'bollocks', 'bolocks'],
    ['digit stand-ins inside a word', '4shley H0use', 'ashleyhouse'],
    ['symbol stand-ins inside a word', '$h!t', 'shit'],
    ['full-width and Cyrillic letters', 'Ａѕһlеу', 'ashley'],
    ['zero-width characters', 'Ash\u200bley', 'ashley'],
    ['emoji between words', "Ashley's 🏠 House", 'ashleyshouse'],
    ['a name split over lines', "Ashley's\nHouse", 'ashleyshouse'],
  ])('reads %s', (_label, text, letters) => {
    expect(skeleton(text).text).toBe(letters);
  });

  it.each([
    ['a phone number', '01632 961447', ''],
    ['a digit standing alone', 'rooms 1 and 0 kids', 'romsandkids'],
    ['a price', '£5.50 each', 'each'],
  ])('does not read digits as letters in %s', (_label, text, letters) => {
    expect(skeleton(text).text).toBe(letters);
  });
});

describe('skeletonOf: offsets and word edges', () => {
  it('maps a skeleton range back to the letters as typed, stretching included', () => {
    const text = 'we love Ashleeeey’s Hoooouse x';
    const folded = foldText(text);
    const sk = skeletonOf(folded);
    const at = sk.text.indexOf('ashleyshouse');
    const end = at + 'ashleyshouse'.length;
    const span = toOriginal(folded, sk.at[at]!, sk.last[end - 1]! + 1);
    expect(text.slice(span.start, span.end)).toBe('Ashleeeey’s Hoooouse');
  });

  it('maps letter-spaced letters back to the spaced text', () => {
    const text = 'oh f u c k off';
    const folded = foldText(text);
    const sk = skeletonOf(folded);
    const at = sk.text.indexOf('fuck');
    const span = toOriginal(folded, sk.at[at]!, sk.last[at + 3]! + 1);
    expect(text.slice(span.start, span.end)).toBe('f u c k');
  });

  it('marks where words start and end', () => {
    const sk = skeleton('at ashleys now');
    expect(sk.text).toBe('atashleysnow');
    const starts = sk.wordStart.flatMap((s, i) => (s ? [sk.text[i]] : []));
    const ends = sk.wordEnd.flatMap((e, i) => (e ? [sk.text[i]] : []));
    expect(starts).toEqual(['a', 'a', 'n']);
    expect(ends).toEqual(['t', 's', 'w']);
  });

  it('keeps one offset per skeleton letter', () => {
    const sk = skeleton('Hoooouse of f.u.n');
    expect(sk.at.length).toBe(sk.text.length);
    expect(sk.last.length).toBe(sk.text.length);
    expect(sk.wordStart.length).toBe(sk.text.length);
    expect(sk.wordEnd.length).toBe(sk.text.length);
  });
});

describe('lettersOf and collapse', () => {
  it.each([
    ["Ashley's House", 'ashleyshouse'],
    ['Zoë Vance', 'zoevance'],
    ['#BramblingBunch', 'bramblingbunch'],
    ['DU4 6RZ', 'durz'],
  ])('lettersOf(%j) is %j', (term, letters) => {
    expect(lettersOf(term)).toBe(letters);
  });

  it.each([
    ['bollocks', 'bolocks'],
    ['fuuuuuck', 'fuck'],
    ['ashley', 'ashley'],
  ])('collapse(%j) is %j', (letters, collapsed) => {
    expect(collapse(letters)).toBe(collapsed);
  });
});
