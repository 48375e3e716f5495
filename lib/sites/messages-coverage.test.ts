// @vitest-environment jsdom
// The meta-test for "report this message": every row definition is proven by at least one fixture
// row, and every message fixture (lib/sites/<site>/fixtures/messages/) is used and cites its source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACEBOOK_ROWS } from './facebook/messages.ts';
import { fixtureHtml } from './fixtures.test-helpers.ts';
import { INSTAGRAM_ROWS } from './instagram/messages.ts';
import { X_ROWS } from './x/messages.ts';

const SITES = { facebook: FACEBOOK_ROWS, instagram: INSTAGRAM_ROWS, x: X_ROWS };
const here = import.meta.dirname;

const files = (site: string) =>
  readdirSync(join(here, site, 'fixtures', 'messages')).map((file) => `${site}/fixtures/messages/${file}`);

describe('message fixture coverage', () => {
  it.each(Object.entries(SITES))('every %s row definition is tested on a fixture row', (site, defs) => {
    const test = readFileSync(join(here, site, 'messages.test.ts'), 'utf8');
    for (const def of defs) expect(test).toContain(`def: '${def.id}'`);
    for (const def of defs) expect(def.platform).toBe(site);
  });

  it.each(Object.keys(SITES))('every %s message fixture is used by its test', (site) => {
    const test = readFileSync(join(here, site, 'messages.test.ts'), 'utf8');
    const pages = files(site).filter((file) => !file.endsWith('.shadow.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(test).toContain(page);
    for (const shadow of files(site).filter((file) => file.endsWith('.shadow.html'))) {
      const name = shadow.split('/').at(-1) ?? '';
      expect(pages.some((page) => fixtureHtml(page).includes(`shadow-root: ${name} in `))).toBe(true);
    }
  });

  it.each(Object.keys(SITES).flatMap(files))('%s cites its source in sites.md', (file) => {
    expect(fixtureHtml(file)).toMatch(
      /^<!--\n {2}source: shared\/notes\/sites\.md §[\d.]+(?:,? (?:and )?(?:§[\d.]+|§5 P\d+))*, structure as of 2026\n/,
    );
  });
});
