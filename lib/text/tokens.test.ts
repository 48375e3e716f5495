import { describe, expect, it } from 'vitest';
import { foldText, toOriginal } from './fold.ts';
import { collapseRuns, tokenize, type Token } from './tokens.ts';

// Words of the folded text, with stand-ins read and letter-spaced words joined.

function tokens(text: string): Token[] {
  return tokenize(foldText(text));
}

/** The original text under a token. */
function typed(text: string, t: Token): string {
  const span = toOriginal(foldText(text), t.start, t.end);
  return text.slice(span.start, span.end);
}

describe('tokenize: words as read', () => {
  it.each([
    ['digit stand-ins', 'sh1t', 'shit'],
    ['symbol stand-ins', 'sh!t', 'shit'],
    ['digit and symbol stand-ins', '5h!t', 'shit'],
    ['full-width letters', 'ｆｕｃｋ', 'fuck'],
    ['Cyrillic look-alikes', 'ѕһіt', 'shit'],
    ['a trailing exclamation mark', 'great!', 'great'],
    ['a curly possessive', 'Ashley’s', "ashley's"],
  ])('reads %s', (_label, text, word) => {
    const [t] = tokens(text);
    expect(t?.word).toBe(word);
    expect(typed(text, t!)).toBe(text.replace(/!$/, ''));
  });

  it('keeps the possessive in word and drops it in base', () => {
    const [t] = tokens("Ashley's");
    expect(t).toMatchObject({ word: "ashley's", base: 'ashley' });
  });

  it('collapses stretched letters', () => {
    const [t] = tokens('fuuuuuck');
    expect(t).toMatchObject({ base: 'fuuuuuck', collapsed: 'fuck' });
    expect(collapseRuns('shiiiiit')).toBe('shit');
  });

  it('ignores numbers with no letters', () => {
    expect(tokens('01632 961447')).toEqual([]);
  });

  it.each([
    ['Summer', true],
    ['summer', false],
    ['Ѕummer', true],
    ['Ｓｕｍｍｅｒ', true],
    ['Ëlla', true],
  ])('knows whether %j starts with a capital', (text, capital) => {
    expect(tokens(text)[0]?.capital).toBe(capital);
  });

  it('counts sentences', () => {
    expect(tokens('Hi there. Bye now!\nAgain').map((t) => t.sentence)).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('tokenize: letter spacing', () => {
  it.each([
    ['spaces', 'oh f u c k off', 'fuck', 'f u c k'],
    ['dots', 'A.S.H.L.E.Y rocks', 'ashley', 'A.S.H.L.E.Y'],
    ['dashes', 's-h-i-t day', 'shit', 's-h-i-t'],
    ['zero-width spaces', 'f\u200b u\u200b c\u200b k', 'fuck', 'f\u200b u\u200b c\u200b k'],
    ['full-width', 'ｆ ｕ ｃ ｋ', 'fuck', 'ｆ ｕ ｃ ｋ'],
  ])('joins single letters separated by %s', (_label, text, word, spaced) => {
    const joined = tokens(text).find((t) => t.joined);
    expect(joined?.word).toBe(word);
    expect(typed(text, joined!)).toBe(spaced);
  });

  it('keeps the single letters as words too', () => {
    const all = tokens('f u c k');
    expect(all.filter((t) => !t.joined).map((t) => t.word)).toEqual(['f', 'u', 'c', 'k']);
  });

  it.each([
    ['two letters only', 'a b'],
    ['letters split by a line break', 'f u\nc k'],
    ['letters far apart', 'a    b    c'],
  ])('does not join %s', (_label, text) => {
    expect(tokens(text).filter((t) => t.joined)).toEqual([]);
  });
});
