// @vitest-environment jsdom
// The X adapter's finer points, on the fixtures in ./fixtures (shared/notes/sites.md §1). The
// table-driven contract for every fixture editor is in contract.test.ts.
import { describe, expect, it } from 'vitest';
import { fx, loadFixture, marker } from '../fixtures.test-helpers.ts';
import { readRecipient } from '../read-recipient.ts';
import { editorForControl, sendControlsOf, surfaceOf } from '../resolve-surface.ts';
import type { SurfaceDef } from '../site.ts';
import { x } from './surfaces.ts';

const surface = (id: string) => x.surfaces.find((s) => s.id === id) as SurfaceDef;
const chat = surface('x.chat');

describe('X posts and replies (§1.1, §1.2)', () => {
  it.each([
    ['/home', 'x.post'],
    ['/compose/post', 'x.post'],
    ['/jane/status/123', 'x.reply'],
    ['/jane_smith_2026/status/9876543210', 'x.reply'],
    ['/jane/status/123/photo/1', 'x.reply'],
    ['/i/lists/123', 'x.post'],
  ])('the inline composer at %s is %s', (path, id) => {
    loadFixture('x/fixtures/home.html');
    expect(surfaceOf(fx('post'), x, { path, lang: 'en' })?.id).toBe(id);
  });

  it('a composer in the dialog is a post even over a status page', () => {
    loadFixture('x/fixtures/compose-dialog.html');
    expect(surfaceOf(fx('modal'), x, { path: '/jane/status/123', lang: 'en' })?.id).toBe('x.post');
    expect(surfaceOf(fx('inline'), x, { path: '/jane/status/123', lang: 'en' })?.id).toBe('x.reply');
  });

  it('Ctrl/Cmd+Enter posts and Enter is a new line', () => {
    expect(surface('x.post').keys).toEqual(['Mod+Enter']);
    expect(surface('x.reply').keys).toEqual(['Mod+Enter']);
  });

  it('each button sends its own composer, whichever was last in use', () => {
    const page = loadFixture('x/fixtures/compose-dialog.html');
    expect(marker(editorForControl(fx('modal-button'), x, page, fx('inline'))?.editor)).toBe('modal');
    expect(marker(editorForControl(fx('inline-button'), x, page, fx('modal'))?.editor)).toBe('inline');
  });

  it('the side nav "Post" link and a tweet\'s reply button send nothing', () => {
    const page = loadFixture('x/fixtures/home.html');
    const reply = document.querySelector('[data-testid="reply"]') as Element;
    const sideNav = document.querySelector('[data-testid="SideNav_NewTweet_Button"]') as Element;
    expect(editorForControl(reply, x, page, fx('post'))).toBeUndefined();
    expect(editorForControl(sideNav, x, page, fx('post'))).toBeUndefined();
  });
});

describe('X Chat in its shadow root (§1.4, §5 P1)', () => {
  it('is not reachable from the document, only from the shadow root', () => {
    loadFixture('x/fixtures/chat.html');
    expect(document.querySelector('textarea')).toBeNull();
    expect(fx('chat').getRootNode()).toBe(
      document.querySelector('[data-testid="xchatEmbedRoute"]')?.shadowRoot,
    );
  });

  it('maps the send button back to the textarea inside the shadow root', () => {
    const page = loadFixture('x/fixtures/chat.html');
    expect(editorForControl(fx('chat-send'), x, page, null)).toEqual({ editor: fx('chat'), surface: chat });
  });

  it('has no send control before there is text (the voice button holds the slot)', () => {
    const page = loadFixture('x/fixtures/chat.html');
    fx('chat-send').remove();
    expect(sendControlsOf(fx('chat'), chat, page.lang)).toEqual([]);
  });

  it("falls back to the header link's handle, then to none", () => {
    loadFixture('x/fixtures/chat.html');
    fx('username').remove();
    expect(readRecipient(fx('chat'), chat, 'en')).toBe('@jane_smith');
    for (const link of Array.from(fx('header').querySelectorAll('a'))) link.href = '/i/chat/1001-2002';
    expect(readRecipient(fx('chat'), chat, 'en')).toBeNull();
  });

  it('rejects handles longer than 15 characters', () => {
    loadFixture('x/fixtures/chat.html');
    fx('username').remove();
    for (const link of Array.from(fx('header').querySelectorAll('a'))) link.href = '/a_handle_far_too_long';
    expect(readRecipient(fx('chat'), chat, 'en')).toBeNull();
  });
});

describe('legacy X DMs (§1.6)', () => {
  it('sends on Enter through dmComposerSendButton and reads no recipient', () => {
    const page = loadFixture('x/fixtures/legacy-dm.html');
    const legacy = surface('x.legacy-dm');
    expect(legacy.keys).toEqual(['Enter']);
    expect(sendControlsOf(fx('legacy'), legacy, page.lang).map(marker)).toEqual(['legacy-send']);
    expect(readRecipient(fx('legacy'), legacy, page.lang)).toBeNull();
  });
});
