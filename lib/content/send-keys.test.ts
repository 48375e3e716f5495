// @vitest-environment jsdom
// Which keydowns send on each surface (shared/notes/sites.md §5 P3), and when an open mention or
// emoji picker takes Enter instead (§2.2).
import { describe, expect, it } from 'vitest';
import { fx, loadFixture, showAsRendered } from '../sites/fixtures.test-helpers.ts';
import { ADAPTERS } from '../sites/index.ts';
import type { SendKey } from '../sites/site.ts';
import { isSendKey, pickerOpen } from './send-keys.ts';

const keysOf = (id: string): readonly SendKey[] => {
  const surface = Object.values(ADAPTERS)
    .flatMap((a) => a.surfaces)
    .find((s) => s.id === id);
  if (!surface) throw new Error(`no surface ${id}`);
  return surface.keys;
};

const ENTER_SENDS = keysOf('facebook.comment');
const MOD_ENTER_SENDS = keysOf('x.post');
const NO_KEY_SENDS = keysOf('facebook.post');

describe('isSendKey', () => {
  it("reads the surfaces' keys as sites.md gives them", () => {
    expect([ENTER_SENDS, MOD_ENTER_SENDS, NO_KEY_SENDS]).toEqual([['Enter'], ['Mod+Enter'], []]);
    for (const id of ['facebook.messenger', 'instagram.dm', 'instagram.comment', 'x.chat', 'x.legacy-dm']) {
      expect(keysOf(id)).toEqual(['Enter']);
    }
    expect(keysOf('x.reply')).toEqual(['Mod+Enter']);
    expect(keysOf('instagram.caption')).toEqual([]);
  });

  // [what, the keydown, sends where Enter sends, where Ctrl/Cmd+Enter sends, where no key sends]
  it.each<[string, KeyboardEventInit, boolean, boolean, boolean]>([
    ['Enter', { key: 'Enter' }, true, false, false],
    ['Shift+Enter', { key: 'Enter', shiftKey: true }, false, false, false],
    ['Ctrl+Enter', { key: 'Enter', ctrlKey: true }, false, true, false],
    ['Cmd+Enter', { key: 'Enter', metaKey: true }, false, true, false],
    ['Ctrl+Shift+Enter', { key: 'Enter', ctrlKey: true, shiftKey: true }, false, false, false],
    ['Alt+Enter', { key: 'Enter', altKey: true }, false, false, false],
    ['Ctrl+Alt+Enter', { key: 'Enter', ctrlKey: true, altKey: true }, false, false, false],
    ['Enter ending an IME composition', { key: 'Enter', isComposing: true }, false, false, false],
    ['Ctrl+Enter while composing', { key: 'Enter', ctrlKey: true, isComposing: true }, false, false, false],
    ['Enter with keyCode 229 (IME)', { key: 'Enter', keyCode: 229 }, false, false, false],
    ['Enter with keyCode 13', { key: 'Enter', keyCode: 13 }, true, false, false],
    ['a letter', { key: 'a' }, false, false, false],
    ['Ctrl+a letter', { key: 's', ctrlKey: true }, false, false, false],
    ['numpad Enter', { key: 'Enter', code: 'NumpadEnter' }, true, false, false],
  ])('%s', (_what, init, enter, modEnter, none) => {
    const event = new KeyboardEvent('keydown', init);
    expect([
      isSendKey(event, ENTER_SENDS),
      isSendKey(event, MOD_ENTER_SENDS),
      isSendKey(event, NO_KEY_SENDS),
    ]).toEqual([enter, modEnter, none]);
  });

  it('a surface with both keys sends on either', () => {
    const both: readonly SendKey[] = ['Enter', 'Mod+Enter'];
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter' }), both)).toBe(true);
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true }), both)).toBe(true);
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }), both)).toBe(false);
  });
});

describe('pickerOpen', () => {
  const FEED = 'facebook/fixtures/feed-comment.html';

  it('is closed on a plain comment box', () => {
    loadFixture(FEED);
    expect(pickerOpen(fx('comment-a'))).toBe(false);
  });

  it.each([
    ['aria-expanded', 'true', true],
    ['aria-expanded', 'false', false],
    ['aria-activedescendant', 'mention-option-1', true],
    ['aria-activedescendant', '', false],
  ])('%s="%s" on the editor: open is %s', (attribute, value, open) => {
    loadFixture(FEED);
    fx('comment-a').setAttribute(attribute, value);
    expect(pickerOpen(fx('comment-a'))).toBe(open);
  });

  // jsdom has no layout: getClientRects() is empty for every element, so each listbox counts as
  // hidden unless the test shows it as rendered (showAsRendered stubs getClientRects on it).
  it('is open when the mention listbox the editor controls (aria-controls) is visible', () => {
    loadFixture(FEED);
    showAsRendered(fx('listbox-b'));
    expect(pickerOpen(fx('comment-b'))).toBe(true);
  });

  it('is closed when that listbox is in the page but not rendered', () => {
    loadFixture(FEED);
    expect(pickerOpen(fx('comment-b'))).toBe(false);
  });

  // A listbox merely near the editor says nothing: only the one it controls counts.
  it('ignores a visible listbox under another post', () => {
    loadFixture(FEED);
    showAsRendered(fx('listbox-b'));
    expect(pickerOpen(fx('comment-a'))).toBe(false);
  });
});
