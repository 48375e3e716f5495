// Table-driven checks of the "report this message" row definitions (lib/sites/<site>/messages.ts)
// against their saved pages (lib/sites/<site>/fixtures/messages/*.html). Test-only: named so vitest
// does not pick it up as a test file.
import { describe, expect, it } from 'vitest';
import {
  addressOf,
  findGroups,
  findRowAt,
  keyboardAnchor,
  readRow,
  receivedIn,
  type MessageRowsDef,
  type ReadMessage,
} from '../dom/message-rows.ts';
import { fixtureHtml, fx, loadFixture, marker } from './fixtures.test-helpers.ts';

export interface RowCase {
  /** Relative to lib/sites: "facebook/fixtures/messages/messenger-thread.html". */
  fixture: string;
  /** The data-fx marker of an element inside the message (where a pointer or a selection is). */
  at: string;
  /** The data-fx marker of the row the def must find from there. */
  row: string;
  def: string;
  read: ReadMessage;
  /** The address the report records. */
  where: string;
}

export interface GroupCase {
  fixture: string;
  def: string;
  /** The data-fx marker of the one conversation or post the def finds on the page. */
  group: string;
  /** data-fx markers of the rows the person received, in page order (own messages left out). */
  received: readonly string[];
  /** What the keyboard button goes after. */
  keyboardAfter: string;
}

/** The address the fixture was saved from (its `url:` line): jsdom's own origin is localhost. */
export function fixtureUrl(name: string): string {
  return /^\s*url: (\S+)$/m.exec(fixtureHtml(name))?.[1] ?? '';
}

export function describeMessageRows(
  defs: readonly MessageRowsDef[],
  rows: readonly RowCase[],
  groups: readonly GroupCase[],
): void {
  describe(`${defs[0]?.platform ?? ''} message rows on their fixtures`, () => {
    it.each(rows)('$fixture: $at is in $row ($def)', (c) => {
      const page = loadFixture(c.fixture);
      const found = findRowAt(defs, fx(c.at), page.path);
      expect(found?.def.id).toBe(c.def);
      expect(marker(found?.row)).toBe(c.row);
      if (!found) return;
      expect(readRow(found, fixtureUrl(c.fixture))).toEqual(c.read);
      expect(addressOf(found, fixtureUrl(c.fixture))).toBe(c.where);
    });

    it.each(groups)('$fixture: $def lists exactly the received rows $received', (c) => {
      const page = loadFixture(c.fixture);
      const def = defs.find((d) => d.id === c.def) as MessageRowsDef;
      const found = findGroups(def, document, page.path);
      expect(found.map(marker)).toEqual([c.group]);
      const group = found[0] as Element;
      expect(receivedIn(def, group, fixtureUrl(c.fixture)).map(({ row }) => marker(row))).toEqual(c.received);
      expect(marker(keyboardAnchor(def, group))).toBe(c.keyboardAfter);
    });

    it.each(groups)('$fixture: no text of a composer is ever read', (c) => {
      const page = loadFixture(c.fixture);
      const def = defs.find((d) => d.id === c.def) as MessageRowsDef;
      for (const group of findGroups(def, document, page.path)) {
        for (const { message } of receivedIn(def, group, fixtureUrl(c.fixture))) {
          expect(JSON.stringify(message)).not.toMatch(/DRAFT|Another draft/);
        }
      }
    });
  });
}
