// @vitest-environment jsdom
// The Facebook adapter's finer points, on the fixtures in ./fixtures (shared/notes/sites.md §2). The
// table-driven contract for every fixture editor is in contract.test.ts.
import { describe, expect, it } from 'vitest';
import { friendRequestAt } from '../find-friend-request.ts';
import { fx, loadFixture, marker } from '../fixtures.test-helpers.ts';
import { readRecipient } from '../read-recipient.ts';
import { editorForControl, sendControlsOf, surfaceOf } from '../resolve-surface.ts';
import type { FriendRequestDef, SurfaceDef } from '../site.ts';
import { FACEBOOK_FRIEND_REQUESTS, FRIEND_REQUESTS_FIXTURE } from './fixtures/cases.ts';
import { facebook } from './surfaces.ts';

const requests = facebook.friendRequest as FriendRequestDef;
const surface = (id: string) => facebook.surfaces.find((s) => s.id === id) as SurfaceDef;
const messenger = surface('facebook.messenger');
const comment = surface('facebook.comment');

describe('Facebook friend requests (§2.5)', () => {
  it.each(FACEBOOK_FRIEND_REQUESTS)('a click on %s accepts a request from %s', (target, requester) => {
    const page = loadFixture(FRIEND_REQUESTS_FIXTURE);
    expect(friendRequestAt(fx(target), requests, page.lang)).toBe(requester);
  });

  it('reads the Polish labels "Potwierdź" and "Usuń" on a Polish page', () => {
    loadFixture(FRIEND_REQUESTS_FIXTURE);
    fx('confirm-jane').setAttribute('aria-label', 'Potwierdź');
    fx('delete-jane').setAttribute('aria-label', 'Usuń');
    expect(friendRequestAt(fx('confirm-jane-text'), requests, 'pl')).toBe('Jane Smith');
    // Without the page's language, "Usuń" is not known as Delete: no card, so no request.
    expect(friendRequestAt(fx('confirm-jane-text'), requests, 'en')).toBeNull();
  });

  it('is no request once the box holds no Delete control', () => {
    loadFixture(FRIEND_REQUESTS_FIXTURE);
    fx('delete-jane').remove();
    fx('delete-olu').remove();
    expect(friendRequestAt(fx('confirm-jane'), requests, 'en')).toBeNull();
    expect(friendRequestAt(fx('confirm-olu'), requests, 'en')).toBeNull();
  });
});

describe('Facebook send controls are scoped to the editor (§5 P10)', () => {
  it('the "Post" outside the Create post dialog is not the dialog editor\'s send', () => {
    const page = loadFixture('facebook/fixtures/feed-post-dialog.html');
    const editor = fx('post-editor');
    expect(editorForControl(fx('unrelated-post'), facebook, page, editor)).toBeUndefined();
    expect(editorForControl(fx('dialog-post'), facebook, page, null)?.editor).toBe(editor);
  });

  it('the under-post "Comment" action is no comment box\'s send', () => {
    const page = loadFixture('facebook/fixtures/feed-comment.html');
    for (const active of [null, fx('comment-a'), fx('comment-b'), fx('reply-a')]) {
      expect(editorForControl(fx('action-a'), facebook, page, active)).toBeUndefined();
      expect(editorForControl(fx('action-b'), facebook, page, active)).toBeUndefined();
    }
  });

  it('each send arrow belongs to its own box, even with another box in use', () => {
    const page = loadFixture('facebook/fixtures/feed-comment.html');
    const found = editorForControl(fx('send-reply-a'), facebook, page, fx('comment-a'));
    expect(marker(found?.editor)).toBe('reply-a');
    expect(marker(editorForControl(fx('send-a'), facebook, page, fx('reply-a'))?.editor)).toBe('comment-a');
  });

  it('an empty comment box is still a comment box', () => {
    const page = loadFixture('facebook/fixtures/feed-comment-empty.html');
    expect(surfaceOf(fx('comment-c'), facebook, page)?.id).toBe('facebook.comment');
  });

  // With the box still empty there is no send arrow; the composer must not climb to the post and
  // take the under-post "Comment" action (which only focuses the box) as the box's send.
  it('an empty comment box has no send control yet', () => {
    const page = loadFixture('facebook/fixtures/feed-comment-empty.html');
    expect(sendControlsOf(fx('comment-c'), comment, page.lang)).toEqual([]);
  });
});

describe('Messenger (§2.3)', () => {
  it.each([
    ['/messages/t/123', 'facebook.messenger'],
    ['/messages/e2ee/t/123', 'facebook.messenger'],
    ['/t/123', 'facebook.messenger'],
    ['/e2ee/t/123', 'facebook.messenger'],
    ['/messages/', 'facebook.other'],
    ['/marketplace/item/1/', 'facebook.other'],
  ])('the thread composer at %s is %s', (path, id) => {
    loadFixture('facebook/fixtures/messenger-thread.html');
    expect(surfaceOf(fx('messenger-editor'), facebook, { path, lang: 'en' })?.id).toBe(id);
  });

  it('only "Press enter to send" sends, not "Send a voice clip"', () => {
    const page = loadFixture('facebook/fixtures/messenger-thread.html');
    expect(sendControlsOf(fx('messenger-editor'), messenger, page.lang).map(marker)).toEqual([
      'messenger-send',
    ]);
  });

  it('reads "Wyślij" only on a Polish page', () => {
    loadFixture('facebook/fixtures/messenger-thread-pl.html');
    expect(sendControlsOf(fx('pl-editor'), messenger, 'pl').map(marker)).toEqual(['pl-send']);
    expect(sendControlsOf(fx('pl-editor'), messenger, 'en')).toEqual([]);
    expect(readRecipient(fx('pl-editor'), messenger, 'en')).toBeNull();
  });

  it('strips bidi marks and the Marketplace listing from the name', () => {
    loadFixture('facebook/fixtures/messenger-thread.html');
    fx('thread').setAttribute('aria-label', 'Messages in conversation with \u200eJane Smith\u200f · Cot');
    expect(readRecipient(fx('messenger-editor'), messenger, 'en')).toBe('Jane Smith');
  });

  it('is null when the thread shows no conversation label', () => {
    loadFixture('facebook/fixtures/messenger-thread.html');
    fx('thread').removeAttribute('aria-label');
    // The chat list's grid ("Chats") is labelled too, but not as a conversation.
    expect(readRecipient(fx('messenger-editor'), messenger, 'en')).toBeNull();
  });

  it('reads the Marketplace log when the header is gone', () => {
    loadFixture('facebook/fixtures/messenger-titled.html');
    document.querySelector('[role="region"]')?.remove();
    expect(readRecipient(fx('titled-editor'), messenger, 'en')).toBe('Jane Smith');
  });
});
