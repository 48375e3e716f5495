import { describe, expect, it } from 'vitest';
import { checkDraft } from '../engine/check-draft.ts';
import { defaultPack } from './default-pack.ts';
import { PackError } from './errors.ts';
import { MAX_PACK_BYTES, checkPattern, loadPackText, parsePack } from './load-pack.ts';
import type { Category, RulePack } from './schema.ts';

/** The default pack with manager patterns on one category. */
function withPatterns(id: Category, patterns: string[]): RulePack {
  const pack = structuredClone(defaultPack);
  pack.rules[id].patterns = patterns;
  return pack;
}

function refusal(load: () => unknown): PackError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return error as PackError;
  }
  throw new Error('the pack was accepted');
}

describe('loadPackText', () => {
  it('reads a valid pack and fills the defaults it may leave out', () => {
    const pack = loadPackText(JSON.stringify({ ...defaultPack, people: undefined, uniform: undefined }));
    expect(pack.people.children).toEqual([]);
    expect(pack.uniform).toBe('');
  });

  it('refuses text that is not JSON, saying so', () => {
    const error = refusal(() => loadPackText('{"format": 1,'));
    expect(error.message).toMatch(/^The rule pack was refused: it is not valid JSON \(.+\)$/);
    expect(error.problems[0]?.path).toBe('');
  });

  it('refuses a pack over 1 MB, saying the limit and the size', () => {
    const big = JSON.stringify({ ...defaultPack, uniform: 'x'.repeat(MAX_PACK_BYTES) });
    expect(big.length).toBeGreaterThan(1_000_000);
    const error = refusal(() => loadPackText(big));
    expect(error.message).toContain(`it is ${big.length} bytes`);
    expect(error.message).toContain('at most 1000000 bytes (1 MB)');
  });

  it('counts bytes, not characters', () => {
    const text = JSON.stringify({ ...defaultPack, uniform: '€'.repeat(400_000) });
    expect(text.length).toBeLessThan(MAX_PACK_BYTES);
    expect(refusal(() => loadPackText(text)).message).toContain('at most 1000000 bytes');
  });

  it('checks the size before the JSON, so a huge broken file is refused as too big', () => {
    expect(refusal(() => loadPackText(`{${' '.repeat(MAX_PACK_BYTES)}`)).message).toContain('1 MB');
  });

  it('reads a large pack under the limit', () => {
    const pack = structuredClone(defaultPack);
    const terms = Array.from({ length: 2000 }, (_, i) => `term number ${i} `.padEnd(190, 'z'));
    pack.rules['work-comment'].extraTerms = terms;
    pack.rules.reputation.extraTerms = terms;
    const text = JSON.stringify(pack);
    expect(text.length).toBeGreaterThan(700_000);
    expect(text.length).toBeLessThanOrEqual(MAX_PACK_BYTES);
    expect(loadPackText(text).rules.reputation.extraTerms).toHaveLength(2000);
  });
});

describe('manager-supplied patterns (RE2 syntax on a linear-time engine)', () => {
  it('accepts valid patterns', () => {
    const pack = withPatterns('work-comment', ['\\bbadge\\s*#?\\d{4}\\b', 'rota|shift']);
    expect(parsePack(pack).rules['work-comment'].patterns).toHaveLength(2);
    expect(checkPattern('^a.*b$')).toBeUndefined();
  });

  it('refuses an invalid pattern, naming rules.<id>.patterns[i]', () => {
    const error = refusal(() => parsePack(withPatterns('work-comment', ['fine', '(a'])));
    expect(error.message).toContain('rules.work-comment.patterns[1]: is not a valid pattern');
    expect(error.message).toContain('missing closing )');
    expect(error.problems).toHaveLength(1);
  });

  it('refuses a backreference, which RE2 does not have', () => {
    const error = refusal(() => parsePack(withPatterns('reputation', ['(a)\\1'])));
    expect(error.message).toContain('rules.reputation.patterns[0]: is not a valid pattern');
  });

  it('refuses lookarounds, which RE2 does not have', () => {
    expect(checkPattern('(?=a)b')).toMatch(/^is not a valid pattern/);
    expect(checkPattern('a(?!b)')).toMatch(/^is not a valid pattern/);
  });

  it('names every bad pattern in every rule', () => {
    const pack = withPatterns('reputation', ['[z-a]', 'ok']);
    pack.rules['child-info'].patterns = ['ok', 'ok', '*oops'];
    const paths = refusal(() => loadPackText(JSON.stringify(pack))).problems.map((p) => p.path);
    expect(paths.sort()).toEqual(['rules.child-info.patterns[2]', 'rules.reputation.patterns[0]']);
  });

  describe('a catastrophic-backtracking pattern is accepted and runs in linear time', () => {
    const pack = parsePack(withPatterns('work-comment', ['(a+)+$']));
    const check = (text: string) => checkDraft(pack, { platform: 'facebook', surface: 'post', text });

    it('accepts (a+)+$', () => {
      expect(pack.rules['work-comment'].patterns).toEqual(['(a+)+$']);
    });

    it('completes on 30,000 a’s then b (no match, so no finding)', () => {
      const text = `${'a'.repeat(29_999)}b`;
      expect(text).toHaveLength(30_000);
      expect(check(text)).toEqual([]);
    });

    it('completes on 30,000 a’s (a match over the whole text)', () => {
      const finding = check('a'.repeat(30_000)).find((f) => f.category === 'work-comment');
      expect(finding?.spans).toEqual([{ start: 0, end: 30_000 }]);
      expect(finding?.matched).toEqual(['(a+)+$']);
    });

    it('matches case-insensitively where the pattern matches', () => {
      const finding = check('banana AAA').find((f) => f.category === 'work-comment');
      expect(finding?.spans).toEqual([{ start: 7, end: 10 }]);
    });
  });
});
