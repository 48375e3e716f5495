import { describe, expect, it } from 'vitest';
import { foldText, toFolded, toOriginal } from './fold.ts';

// The folded view undoes disguises of single characters; offsets map back to what was typed.

describe('foldText: compatibility forms, accents and quotes', () => {
  it.each([
    ['full-width letters', 'ＡＳＨＬＥＹ ｈｏｕｓｅ', 'ashley house'],
    ['full-width digits', '０１６３２', '01632'],
    ['mathematical bold', '𝐟𝐮𝐜𝐤', 'fuck'],
    ['circled letters', 'ⓢⓗⓘⓣ', 'shit'],
    ['a ligature', 'ﬁne', 'fine'],
    ['accents', 'Zoë café naïve Ĺéâ', 'zoe cafe naive lea'],
    ['a curly apostrophe', 'Ashley’s', "ashley's"],
    ['curly quotes', '“hello” ‘there’', '"hello" \'there\''],
    ['dashes', 'a–b—c', 'a-b-c'],
    ['non-breaking spaces', 'a\u00a0b\u202fc', 'a b c'],
    ['plain ASCII', 'Hello World!', 'hello world!'],
  ])('folds %s', (_label, original, folded) => {
    expect(foldText(original).text).toBe(folded);
  });
});

describe('foldText: look-alike letters from other alphabets', () => {
  it.each([
    ['Cyrillic lower case', 'аѕһlеу', 'ashley'],
    ['Cyrillic capitals', 'АЅНLЕY', 'ashley'],
    ['Cyrillic in a Latin word', 'sһіt', 'shit'],
    ['Greek lower case', 'ροοκ', 'pook'],
    ['Greek capitals', 'ΑΒΕΚ', 'abek'],
    ['Greek iota in a word', 'bιtch', 'bitch'],
    ['small capitals', 'ꜱʜɪᴛ', 'shit'],
  ])('folds %s', (_label, original, folded) => {
    expect(foldText(original).text).toBe(folded);
  });
});

describe('foldText: invisible characters are removed', () => {
  it.each([
    ['zero-width space', 'f\u200bu\u200bc\u200bk', 'fuck'],
    ['zero-width non-joiner and joiner', 's\u200ch\u200di\u200dt', 'shit'],
    ['byte-order mark', '\ufeffhello', 'hello'],
    ['word joiner', 'ash\u2060ley', 'ashley'],
    ['soft hyphen', 'wan\u00adker', 'wanker'],
    ['left-to-right and right-to-left marks', 'ab\u200e\u200fcd', 'abcd'],
    ['bidi embedding and override', '\u202aab\u202c\u202ecd\u202c', 'abcd'],
    ['bidi isolates', '\u2066ab\u2069\u2067cd\u2069', 'abcd'],
    ['variation selectors', 'a\ufe0fb\ufe0ec', 'abc'],
  ])('removes %s', (_label, original, folded) => {
    expect(foldText(original).text).toBe(folded);
  });
});

describe('toOriginal: ranges of the folded text map back to what was typed', () => {
  it.each([
    ['full-width', 'oh ｆｕｃｋ off', 'fuck', 'ｆｕｃｋ'],
    ['astral letters after an emoji', '😀 𝐟𝐮𝐜𝐤 it', 'fuck', '𝐟𝐮𝐜𝐤'],
    ['zero-width inside', 'oh f\u200bu\u200bc\u200bk off', 'fuck', 'f\u200bu\u200bc\u200bk'],
    ['Cyrillic', 'what a сunt', 'cunt', 'сunt'],
    ['accents', 'Zoë Vance', 'zoe', 'Zoë'],
    ['a ligature', 'a ﬁne day', 'fine', 'ﬁne'],
    ['a curly apostrophe', 'at Ashley’s House', "ashley's house", 'Ashley’s House'],
    ['plain ASCII', 'Hello World', 'world', 'World'],
  ])('maps %s', (_label, original, word, typed) => {
    const folded = foldText(original);
    const at = folded.text.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = toOriginal(folded, at, at + word.length);
    expect(original.slice(span.start, span.end)).toBe(typed);
  });

  it('maps an empty range to an empty range', () => {
    const folded = foldText('abc');
    const span = toOriginal(folded, 1, 1);
    expect(span.end - span.start).toBe(0);
  });

  it('toFolded is the inverse for the start of a character', () => {
    const original = '😀 ｆｕｃｋ';
    const folded = foldText(original);
    expect(folded.text.slice(toFolded(folded, 3))).toBe('fuck');
    expect(toFolded(folded, 0)).toBe(0);
  });

  it('keeps one start and end per folded character', () => {
    for (const original of ['ﬁne', 'Zoë', '😀 𝐟𝐮𝐜𝐤', 'ß', 'f\u200bu']) {
      const folded = foldText(original);
      expect(folded.starts.length).toBe(folded.text.length);
      expect(folded.ends.length).toBe(folded.text.length);
    }
  });
});
