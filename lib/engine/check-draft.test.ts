import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type Draft } from '../pack/schema.ts';
import { PACK, makePack } from '../../tests/builders.ts';
import { checkDraft } from './check-draft.ts';

// checkDraft is pure and explainable: same input, same output; every finding says what and where.

const ZWSP = '\u200B';

const DRAFTS: Draft[] = [
  { platform: 'facebook', surface: 'post', text: "Ashley's House won an award today!" },
  {
    platform: 'facebook',
    surface: 'post',
    text: 'Ring (01632) 961447 or email hello@ashleyshousenursery.org.uk',
  },
  { platform: 'instagram', surface: 'caption', text: 'Poppy Vance and her sunflower 🌻 #BramblingBunch' },
  { platform: 'x', surface: 'reply', text: 'My manager is an absolute joke 🙄 f**k this rota' },
  { platform: 'x', surface: 'post', text: `ｆｕｃｋ this, ѕһіt day, f${ZWSP}u${ZWSP}c${ZWSP}k` },
  { platform: 'facebook', surface: 'dm', recipient: 'Kate Ellwood 💕', text: 'Summer was a star today x' },
  {
    platform: 'facebook',
    surface: 'dm',
    recipient: 'Lou Barker',
    text: 'On my own with 12 toddlers at work',
  },
  { platform: 'facebook', surface: 'comment', text: 'So hungover on shift today, DU4 6RZ traffic 🤢' },
  {
    platform: 'instagram',
    surface: 'comment',
    text: 'Scunthorpe, Penistone, cocktail, Sussex and blue tits',
  },
  { platform: 'facebook', surface: 'post', text: "Summer holidays! Round at Ashley's house for pizza" },
  { platform: 'facebook', surface: 'post', text: 'A s h l e y s H o u s e\nand s h i t e' },
  { platform: 'facebook', surface: 'post', text: '' },
];

describe('checkDraft: determinism', () => {
  it.each(DRAFTS.map((d) => [d.text.slice(0, 40), d] as const))(
    '%j gives deep-equal output twice',
    (_t, d) => {
      const first = checkDraft(PACK, d);
      const second = checkDraft(PACK, { ...d });
      expect(second).toEqual(first);
    },
  );

  it('gives the same output with an equal, separately built pack', () => {
    const other = makePack();
    for (const d of DRAFTS) expect(checkDraft(other, d)).toEqual(checkDraft(PACK, d));
  });

  it('gives the same output whatever was checked before', () => {
    const alone = DRAFTS.map((d) => checkDraft(makePack(), d));
    const shared = makePack();
    const inReverse = [...DRAFTS].reverse().map((d) => checkDraft(shared, d));
    expect(inReverse.reverse()).toEqual(alone);
  });

  it('does not change the pack or the draft', () => {
    const pack = makePack();
    const before = JSON.stringify(pack);
    for (const d of DRAFTS) {
      const copy = JSON.stringify(d);
      checkDraft(pack, d);
      expect(JSON.stringify(d)).toBe(copy);
    }
    expect(JSON.stringify(pack)).toBe(before);
  });
});

describe('checkDraft: every finding explains itself', () => {
  const all = DRAFTS.flatMap((d) =>
    checkDraft(PACK, d).map((f) => [d.text.slice(0, 40), f.category, d, f] as const),
  );

  it('the sample drafts produce findings in every category', () => {
    expect(new Set(all.map(([, c]) => c))).toEqual(new Set(CATEGORY_IDS));
  });

  it.each(all)('%j → %s has ≥1 valid span and non-empty matched', (_t, _c, d, f) => {
    expect(f.spans.length).toBeGreaterThanOrEqual(1);
    for (const s of f.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(d.text.length);
    }
    for (let i = 1; i < f.spans.length; i++) expect(f.spans[i]!.start).toBeGreaterThan(f.spans[i - 1]!.end);
    expect(f.matched.length).toBeGreaterThanOrEqual(1);
    for (const m of f.matched) expect(m.trim()).not.toBe('');
    expect(f.ruleId).toBe(f.category);
  });

  it('reports each category at most once per draft', () => {
    for (const d of DRAFTS) {
      const categories = checkDraft(PACK, d).map((f) => f.category);
      expect(new Set(categories).size).toBe(categories.length);
    }
  });

  it('finds nothing in an empty or innocent draft', () => {
    expect(checkDraft(PACK, { platform: 'facebook', surface: 'post', text: '' })).toEqual([]);
    expect(
      checkDraft(PACK, {
        platform: 'facebook',
        surface: 'post',
        text: 'Lovely sunny walk by the river today ☀️',
      }),
    ).toEqual([]);
  });
});
