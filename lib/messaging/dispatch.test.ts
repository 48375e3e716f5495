import { describe, expect, it, vi } from 'vitest';
import { dispatch, senderKind, type DispatchOptions, type Handlers } from './dispatch.ts';
import { isGuardedUrl } from '../guard/platform-of-url.ts';

const options: DispatchOptions = {
  extensionId: 'our-id',
  extensionOrigin: 'chrome-extension://our-id',
  isGuardedUrl,
};
const fromTab = (url: string, id = 'our-id') => ({ id, url, tab: { id: 7 } });
const fromPopup = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };

function handlers(): Handlers {
  const ok = vi.fn(() => Promise.resolve({ ok: true }));
  return {
    checkDraft: vi.fn(() =>
      Promise.resolve({ findings: [], contacts: { manager: '', safeguardingLead: '' }, officialReply: 'Hi' }),
    ),
    checkFriendRequest: vi.fn(() =>
      Promise.resolve({ finding: null, contacts: { manager: '', safeguardingLead: '' } }),
    ),
    recordEvent: ok,
    getGuardStatus: vi.fn(),
    pausePlatform: vi.fn(() => Promise.resolve({ pausedUntil: 1 })),
    resumePlatform: ok,
    getHistory: vi.fn(),
    clearHistory: ok,
  } as unknown as Handlers;
}

const draft = { platform: 'facebook', surface: 'post', recipient: null, text: 'hello' };

describe('senderKind', () => {
  it.each([
    [fromTab('https://www.facebook.com/'), 'content'],
    [fromTab('https://x.com/i/chat/1'), 'content'],
    [fromTab('https://twitter.com/home'), 'content'],
    [fromPopup, 'extension'],
    [fromTab('https://evil.example/'), undefined],
    [fromTab('https://www.facebook.com/', 'other-extension'), undefined],
    [{ id: 'our-id', url: 'https://www.facebook.com/' }, undefined],
    [{ id: 'our-id' }, undefined],
    [{ id: 'our-id', url: 'not a url' }, undefined],
  ])('%o is %s', (sender, kind) => {
    expect(senderKind(sender, options)).toBe(kind);
  });
});

describe('dispatch', () => {
  it('runs the handler with the parsed request for an allowed sender', async () => {
    const h = handlers();
    const answer = await dispatch(
      { name: 'checkDraft', data: draft },
      fromTab('https://www.facebook.com/'),
      h,
      options,
    );
    expect(answer).toEqual({
      findings: [],
      contacts: { manager: '', safeguardingLead: '' },
      officialReply: 'Hi',
    });
    expect(h.checkDraft).toHaveBeenCalledWith(draft, fromTab('https://www.facebook.com/'));
  });

  it('refuses a page that is not one of ours, and never runs the handler', async () => {
    const h = handlers();
    const answer = await dispatch(
      { name: 'checkDraft', data: draft },
      fromTab('https://evil.example/'),
      h,
      options,
    );
    expect(answer).toEqual({ error: 'checkDraft is not allowed from this sender' });
    expect(h.checkDraft).not.toHaveBeenCalled();
  });

  it('keeps privileged messages to our own pages', async () => {
    const h = handlers();
    const fromPage = await dispatch(
      { name: 'clearHistory', data: {} },
      fromTab('https://www.facebook.com/'),
      h,
      options,
    );
    expect(fromPage).toEqual({ error: 'clearHistory is not allowed from this sender' });
    expect(h.clearHistory).not.toHaveBeenCalled();
    expect(await dispatch({ name: 'clearHistory', data: {} }, fromPopup, h, options)).toEqual({ ok: true });
  });

  it.each([
    [null, 'not a message'],
    ['checkDraft', 'not a message'],
    [{ name: 'deleteEverything', data: {} }, 'unknown message deleteEverything'],
    [{ name: 'checkDraft', data: { ...draft, platform: 'myspace' } }, 'checkDraft: the request is malformed'],
    [
      { name: 'checkDraft', data: { ...draft, text: 'x'.repeat(200_001) } },
      'checkDraft: the request is malformed',
    ],
  ])('refuses %o', async (message, error) => {
    expect(await dispatch(message, fromTab('https://www.facebook.com/'), handlers(), options)).toEqual({
      error,
    });
  });

  it('turns a failing handler into an error answer', async () => {
    const h = handlers();
    vi.mocked(h.pausePlatform).mockRejectedValue(new Error('storage is full'));
    const answer = await dispatch(
      { name: 'pausePlatform', data: { platform: 'x', minutes: 10 } },
      fromPopup,
      h,
      options,
    );
    expect(answer).toEqual({ error: 'storage is full' });
  });
});
