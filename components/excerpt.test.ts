import { describe, expect, it } from 'vitest';
import { buildExcerpts, type Excerpt } from './excerpt';

/** An excerpt as one string, marks in [brackets], so the table below reads like the dialog. */
const show = (excerpt: Excerpt) => excerpt.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const FOX = 'the quick brown fox jumps over the lazy dog';
const EMOJI = '😀'.repeat(10) + 'X' + '😀'.repeat(10);
const at = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`no ${word}`);
  return { start, end: start + word.length };
};

describe('buildExcerpts', () => {
  it.each([
    ['a span in the middle, cut at word boundaries', FOX, [at(FOX, 'fox')], 8, ['…brown [fox] jumps…']],
    ['a span at the start', 'Fox here and there', [{ start: 0, end: 3 }], 5, ['[Fox] here…']],
    ['a span at the end', 'look at that dog', [{ start: 13, end: 16 }], 60, ['look at that [dog]']],
    ['the whole draft', 'dog', [{ start: 0, end: 3 }], 60, ['[dog]']],
    ['no context at radius 0', FOX, [at(FOX, 'fox')], 0, ['…[fox]…']],
    [
      'overlapping spans as one mark',
      FOX,
      [at(FOX, 'brown fox'), at(FOX, 'fox jumps')],
      0,
      ['…[brown fox jumps]…'],
    ],
    ['touching spans as one mark', FOX, [at(FOX, 'quick'), at(FOX, ' brown')], 0, ['…[quick brown]…']],
    [
      'a span inside another',
      FOX,
      [at(FOX, 'quick brown fox'), at(FOX, 'brown')],
      0,
      ['…[quick brown fox]…'],
    ],
    [
      'near spans in one excerpt',
      FOX,
      [at(FOX, 'quick'), at(FOX, 'fox')],
      7,
      ['the [quick] brown [fox] jumps…'],
    ],
    [
      'far spans in two excerpts',
      FOX,
      [at(FOX, 'quick'), at(FOX, 'lazy')],
      4,
      ['the [quick]…', '…the [lazy] dog'],
    ],
    [
      'spans given out of order',
      FOX,
      [at(FOX, 'lazy'), at(FOX, 'quick')],
      4,
      ['the [quick]…', '…the [lazy] dog'],
    ],
    ['a span past the end, clamped', 'mind the gap', [{ start: 9, end: 500 }], 60, ['mind the [gap]']],
    ['a span before the start, clamped', 'mind the gap', [{ start: -20, end: 4 }], 0, ['[mind]…']],
    ['fractional offsets truncated', 'mind the gap', [{ start: 5.7, end: 8.2 }], 0, ['…[the]…']],
    [
      'no ellipsis for trailing spaces only',
      'hello world  \n',
      [{ start: 6, end: 11 }],
      60,
      ['hello [world]'],
    ],
    [
      'a context cut at a line break',
      'first line\nsecond bad line',
      [at('first line\nsecond bad line', 'bad')],
      8,
      ['…second [bad] line'],
    ],
    [
      'a context with no space cut hard',
      'abcdefghijXklmnopqrst',
      [{ start: 10, end: 11 }],
      3,
      ['…hij[X]klm…'],
    ],
    ['a span ending inside an emoji, widened', 'I 😀 you', [{ start: 2, end: 3 }], 0, ['…[😀]…']],
    ['a span starting inside an emoji, widened', 'I 😀 you', [{ start: 3, end: 4 }], 0, ['…[😀]…']],
    ['a window never splits an emoji', EMOJI, [{ start: 20, end: 21 }], 3, ['…😀[X]😀…']],
  ])('%s', (_name, text, spans, radius, expected) => {
    expect(buildExcerpts(text, spans, radius).map(show)).toEqual(expected);
  });

  it.each([
    ['no spans', []],
    ['an empty span', [{ start: 3, end: 3 }]],
    ['a reversed span', [{ start: 5, end: 2 }]],
    ['a span wholly past the end', [{ start: 50, end: 60 }]],
    ['a span that is not a number', [{ start: Number.NaN, end: 4 }]],
  ])('drops %s', (_name, spans) => {
    expect(buildExcerpts('mind the gap', spans, 60)).toEqual([]);
  });

  it('keeps at most three excerpts by default, in draft order', () => {
    const text = Array.from({ length: 6 }, (_, i) => `word${i}`).join(' '.repeat(30));
    const spans = Array.from({ length: 6 }, (_, i) => at(text, `word${i}`));
    expect(buildExcerpts(text, spans, 5).map(show)).toEqual(['[word0]…', '…[word1]…', '…[word2]…']);
    expect(buildExcerpts(text, spans, 5, 1)).toHaveLength(1);
  });

  it('gives segments that alternate and are never empty', () => {
    const [excerpt] = buildExcerpts(FOX, [at(FOX, 'quick'), at(FOX, 'fox')], 60);
    expect(excerpt).toEqual([
      { text: 'the ', marked: false },
      { text: 'quick', marked: true },
      { text: ' brown ', marked: false },
      { text: 'fox', marked: true },
      { text: ' jumps over the lazy dog', marked: false },
    ]);
  });

  it('never leaves half a surrogate pair, whatever the spans and radius', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['😀', '👩‍👧', 'a', ' ', 'é', '\n', '𝒳'];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 40 }, () => pieces[random(pieces.length)]).join('');
      const spans = Array.from({ length: 1 + random(4) }, () => {
        const start = random(text.length + 4) - 2;
        return { start, end: start + random(12) };
      });
      for (const excerpt of buildExcerpts(text, spans, random(15))) {
        for (const segment of excerpt) {
          expect(segment.text).not.toBe('');
          expect(segment.text).not.toMatch(LONE_SURROGATE);
          if (segment.marked) expect(text).toContain(segment.text);
        }
      }
    }
  });
});
