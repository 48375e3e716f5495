import { describe, expect, it } from 'vitest';
import { PACK, categoriesOf, check, makePack, spanTexts } from '../../tests/builders.ts';

// The manager's controls in a rule pack: allowed terms, extra terms, RE2 patterns and severities.

describe('pack allow list (allowedTerms): suppresses findings for that category only', () => {
  const summerAllowed = makePack({ rules: { 'child-info': { allowedTerms: ['Summer'] } } });

  it('flags a roster first name at work without an allow list (control)', () => {
    expect(categoriesOf('Summer had a lovely day at nursery')).toContain('child-info');
  });

  it.each([
    ['the allowed first name at work', 'Summer had a lovely day at nursery'],
    ['the allowed first name in lower case', 'so proud of summer at nursery today'],
  ])('drops child-info for %s', (_label, text) => {
    const categories = categoriesOf(text, { pack: summerAllowed });
    expect(categories).not.toContain('child-info');
    expect(categories).toContain('work-comment');
  });

  const busyBees = makePack({
    setting: {
      name: 'Busy Bees',
      otherNames: ['Busy Bees Nursery'],
      handles: { facebook: [], instagram: [], x: [] },
    },
  });
  const busyBeesAllowed = makePack({
    setting: busyBees.setting,
    rules: { 'setting-name': { allowedTerms: ['busy bees'] } },
  });

  it('flags "busy bees" as the setting name without an allow list (control)', () => {
    const text = 'The toddlers were busy bees in the garden at work today';
    expect(categoriesOf(text, { pack: busyBees })).toContain('setting-name');
  });

  it('drops setting-name for the allowed phrase but keeps the other categories', () => {
    const text = 'The toddlers were busy bees in the garden at work today';
    const categories = categoriesOf(text, { pack: busyBeesAllowed });
    expect(categories).not.toContain('setting-name');
    expect(categories).toContain('work-comment');
  });

  it('still flags a longer name that contains the allowed phrase', () => {
    const text = 'Busy Bees Nursery is hiring!';
    expect(spanTexts(text, 'setting-name', { pack: busyBeesAllowed })).toContain('Busy Bees Nursery');
  });

  it('an allowed term of one category does not suppress another category', () => {
    const pack = makePack({ rules: { 'child-info': { allowedTerms: ["Ashley's House"] } } });
    expect(categoriesOf("Ashley's House won an award today", { pack })).toContain('setting-name');
  });

  it('an allowed swear word is dropped from foul-language only', () => {
    const pack = makePack({ rules: { 'foul-language': { allowedTerms: ['bollocks'] } } });
    expect(categoriesOf('Bollocks to this', { pack })).not.toContain('foul-language');
    expect(categoriesOf('Fuck this', { pack })).toContain('foul-language');
  });
});

describe('pack extra terms (extraTerms): add findings', () => {
  it.each([
    ['work-comment', 'Lovely morning in the Sunflower Room', ['Sunflower Room'], 'Sunflower Room'],
    ['foul-language', 'frigging traffic again', ['frigging'], 'frigging'],
    ['reputation', 'Those cheapskate owners again', ['cheapskate owners'], 'cheapskate owners'],
    ['setting-name', 'Back in The Hive on Monday', ['The Hive'], 'The Hive'],
    ['setting-name', 'Back at The Hive on Monday', ['The Hive'], 'The Hive'],
    ['child-info', 'Go on Bumble, you can do it', ['Bumble'], 'Bumble'],
  ] as const)('adds %s for an extra term: %j', (category, text, extraTerms, span) => {
    expect(categoriesOf(text)).not.toContain(category);
    const pack = makePack({ rules: { [category]: { extraTerms: [...extraTerms] } } });
    expect(categoriesOf(text, { pack })).toContain(category);
    expect(spanTexts(text, category, { pack }).join(' ')).toContain(span);
  });
});

describe('pack patterns (RE2 syntax): add findings', () => {
  it('adds a finding where a manager pattern matches, with the span of the match', () => {
    const pack = makePack({ rules: { 'work-comment': { patterns: ['\\bbadge\\s*#?\\d{4}\\b'] } } });
    const text = 'Lost my badge #4471, has anyone seen it?';
    expect(categoriesOf(text)).not.toContain('work-comment');
    expect(spanTexts(text, 'work-comment', { pack })).toEqual(['badge #4471']);
  });

  it('matches patterns case-insensitively', () => {
    const pack = makePack({ rules: { reputation: { patterns: ['head office (?:never|won.t) listen'] } } });
    expect(categoriesOf('HEAD OFFICE NEVER LISTEN', { pack })).toContain('reputation');
  });

  it('runs a pattern that would backtrack catastrophically in linear time', () => {
    const pack = makePack({ rules: { 'work-comment': { patterns: ['(a+)+$'] } } });
    const text = `${'a'.repeat(20_000)}!`;
    const started = performance.now();
    check(text, { pack });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('pack severities', () => {
  it('severity off removes the category and leaves the others', () => {
    const pack = makePack({ rules: { 'foul-language': { severity: 'off' } } });
    const text = 'Fucking long shift at work today';
    expect(categoriesOf(text)).toContain('foul-language');
    const categories = categoriesOf(text, { pack });
    expect(categories).not.toContain('foul-language');
    expect(categories).toContain('work-comment');
  });

  it('severity off also silences extra terms of that category', () => {
    const pack = makePack({ rules: { 'foul-language': { severity: 'off', extraTerms: ['frigging'] } } });
    expect(categoriesOf('frigging traffic', { pack })).not.toContain('foul-language');
  });

  it('every finding carries its rule’s severity, message, clause and suggestion', () => {
    const pack = makePack({ rules: { 'setting-name': { severity: 'block' } } });
    const [finding] = check("Ashley's House won an award today", { pack }).filter(
      (f) => f.category === 'setting-name',
    );
    const rule = pack.rules['setting-name'];
    expect(finding).toMatchObject({
      category: 'setting-name',
      ruleId: 'setting-name',
      severity: 'block',
      message: rule.message,
      clause: rule.clause,
      suggestion: rule.suggestion,
    });
    expect(PACK.rules['setting-name'].severity).not.toBe('block');
  });
});
