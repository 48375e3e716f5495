// @vitest-environment jsdom
// The meta-test: every surface the adapters define (bar the generic ".other" fallbacks) is proven
// by at least one fixture expectation, no expectation names a surface that does not exist, and every
// fixture file is used and cites its source.
import { describe, expect, it } from 'vitest';
import { FACEBOOK_CASES, FRIEND_REQUESTS_FIXTURE } from './facebook/fixtures/cases.ts';
import { fixtureFiles, fixtureHtml } from './fixtures.test-helpers.ts';
import { ADAPTERS } from './index.ts';
import { INSTAGRAM_CASES } from './instagram/fixtures/cases.ts';
import { X_CASES } from './x/fixtures/cases.ts';

const CASES = [...FACEBOOK_CASES, ...INSTAGRAM_CASES, ...X_CASES];
/** Fixtures proven by tests outside the case tables (facebook.test.ts). */
const OTHER_FIXTURES = [FRIEND_REQUESTS_FIXTURE, 'facebook/fixtures/feed-comment-empty.html'];
const SITES = Object.keys(ADAPTERS);

describe('fixture coverage', () => {
  it('every specific surface of every adapter has a fixture editor that resolves to it', () => {
    const defined = Object.values(ADAPTERS)
      .flatMap((adapter) => adapter.surfaces.map((s) => s.id))
      .filter((id) => !id.endsWith('.other'));
    const covered = new Set(CASES.flatMap((c) => (c.surface ? [c.surface] : [])));
    expect([...covered].sort()).toEqual([...defined].sort());
  });

  it('every generic surface is a non-enforcing ".other" one', () => {
    const generic = Object.values(ADAPTERS).flatMap((a) => a.surfaces.filter((s) => s.kind === 'generic'));
    expect(generic.map((s) => [s.id, s.enforce])).toEqual(SITES.map((site) => [`${site}.other`, false]));
  });

  it.each(SITES)('every %s fixture page is used by a test', (site) => {
    const used = new Set([...CASES.map((c) => c.fixture), ...OTHER_FIXTURES]);
    const pages = fixtureFiles(site).filter((file) => !file.endsWith('.shadow.html'));
    expect(pages.filter((file) => !used.has(file))).toEqual([]);
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(SITES.flatMap(fixtureFiles))('%s cites its source in sites.md', (file) => {
    expect(fixtureHtml(file)).toMatch(
      /^<!--\n {2}source: shared\/notes\/sites\.md §[\d.]+(?:,? (?:and )?(?:§[\d.]+|§5 P\d+))*, structure as of 2026\n/,
    );
  });
});
