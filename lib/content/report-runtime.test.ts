// @vitest-environment jsdom
// The in-page side of "report this message" on the saved pages of lib/sites/*/fixtures/messages:
// the keyboard button's place, the picker, what the form is opened with, the context-menu path, and
// that nothing but the message's own words is ever taken.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FACEBOOK_ROWS } from '../sites/facebook/messages.ts';
import { fx, installIsContentEditable, loadFixture } from '../sites/fixtures.test-helpers.ts';
import { X_ROWS } from '../sites/x/messages.ts';
import { KEYBOARD_HOST_NAME } from './report-keyboard.ts';
import { startReporting, type ReportServices } from './report-runtime.ts';
import type { MessageRowsDef } from '../dom/message-rows.ts';

const NOW = new Date(2026, 10, 20, 10, 30).getTime();
let controller: AbortController | null = null;

afterEach(() => {
  controller?.abort();
  controller = null;
});

function start(fixture: string, defs: readonly MessageRowsDef[], platform: 'facebook' | 'x' = 'facebook') {
  loadFixture(fixture);
  controller = new AbortController();
  const services: ReportServices = {
    guidance: vi.fn(() =>
      Promise.resolve({
        passedTo: 'Sam Patel (safeguarding lead)',
        setting: 'Willow Lane Nursery',
        delivery: 'file' as const,
        email: null,
        points: ['Do not reply.'],
      }),
    ),
    capture: vi.fn(() => Promise.resolve('data:image/png;base64,AAAA')),
    submit: vi.fn(() => Promise.resolve({ id: 'r1', state: 'queued' as const })),
  };
  const runtime = startReporting({
    win: window,
    platform,
    defs,
    services,
    signal: controller.signal,
    now: () => NOW,
  });
  return { runtime, services, store: runtime.store };
}

const hosts = () => Array.from(document.querySelectorAll(KEYBOARD_HOST_NAME));
const keyboardButton = (host: Element) => host.shadowRoot?.querySelector('button') as HTMLButtonElement;

describe('the keyboard button', () => {
  it('sits right after the conversation, before the composer, and lists the received messages newest first', () => {
    const { runtime, store } = start('facebook/fixtures/messages/messenger-thread.html', FACEBOOK_ROWS);
    runtime.scan();
    runtime.scan();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0] as Element;
    expect(host.previousElementSibling).toBe(fx('thread'));
    expect(host.nextElementSibling?.getAttribute('aria-label')).toBe('Thread composer');
    const button = keyboardButton(host);
    expect(button.textContent).toBe('Report a message');

    button.click();
    const picker = store.get().picker;
    expect(picker?.noun).toBe('message');
    expect(picker?.items.map((item) => item.shownTime)).toEqual([
      'Today at 10:02',
      'Today at 10:01',
      'Today at 09:58',
    ]);

    picker?.onPick(0);
    const form = store.get().form;
    expect(store.get().picker).toBeNull();
    expect(form?.subject).toBe('message');
    expect(form?.startedFromMenu).toBe(false);
    expect(form?.prefill).toEqual({
      words: 'Why not?? Text me on 07700 900123 😡',
      senderName: 'Jane Smith',
      senderProfile: `${window.location.origin}/jane.smith.5678`,
      platform: 'facebook',
      where: `${window.location.origin}/messages/t/123/`,
      shownTime: 'Today at 10:02',
      seenAt: NOW,
    });
  });

  it('is put back when the site re-renders the conversation', async () => {
    const { runtime } = start('facebook/fixtures/messages/messenger-thread.html', FACEBOOK_ROWS);
    runtime.scan();
    const host = hosts()[0] as Element;
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.isConnected).toBe(true);
    expect(host.previousElementSibling).toBe(fx('thread'));
  });

  it('sits in X Chat’s shadow root after the message list, and gives focus back when the picker closes', () => {
    const { runtime, store } = start('x/fixtures/messages/chat.html', X_ROWS, 'x');
    runtime.scan();
    const host = fx('list-container').nextElementSibling as Element;
    expect(host.localName).toBe(KEYBOARD_HOST_NAME);
    const button = keyboardButton(host);
    button.click();
    expect(store.get().picker?.items.map((item) => item.words)).toEqual([
      'Go on, just this once.\nNobody will know 🤫',
      'Hi! Are you free Saturday?',
    ]);
    store.get().picker?.onClose();
    expect(store.get().picker).toBeNull();
    expect(host.shadowRoot?.activeElement).toBe(button);
  });

  it('is shown only while keyboard focus is in the conversation', () => {
    const { runtime } = start('facebook/fixtures/messages/messenger-thread.html', FACEBOOK_ROWS);
    runtime.scan();
    const button = keyboardButton(hosts()[0] as Element);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    fx('draft').focus();
    expect(button.classList.contains('shown')).toBe(true);
    window.dispatchEvent(new PointerEvent('pointerdown'));
    fx('draft').blur();
    fx('draft').focus();
    expect(button.classList.contains('shown')).toBe(false);
  });

  it('comes under a post’s comments when keyboard focus reaches the post', () => {
    const { store } = start('facebook/fixtures/messages/feed-comments.html', FACEBOOK_ROWS);
    expect(hosts()).toHaveLength(0);
    (document.querySelector('[aria-label="Like"]') as HTMLElement).focus();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0] as Element;
    expect(host.previousElementSibling).toBe(fx('priya'));
    keyboardButton(host).click();
    expect(store.get().picker?.noun).toBe('comment');
    expect(store.get().picker?.items.map((item) => item.senderName)).toEqual([
      'Alex Brown',
      'Jane Smith',
      'Priya Shah',
    ]);
  });

  it('is removed when reporting stops', () => {
    const { runtime } = start('facebook/fixtures/messages/messenger-thread.html', FACEBOOK_ROWS);
    runtime.scan();
    controller?.abort();
    expect(hosts()).toHaveLength(0);
  });
});

describe('from selected text', () => {
  const select = (node: Node, start: number, end: number) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  };

  it('takes the selection as the words, and the sender and time of the message it is in', () => {
    const { runtime, store } = start('facebook/fixtures/messages/messenger-thread.html', FACEBOOK_ROWS);
    const text = fx('jane-last-text').firstChild as Text;
    select(text, 0, 'Why not??'.length);
    expect(runtime.openFromSelection('Why not??')).toBe(true);
    const form = store.get().form;
    expect(form?.subject).toBe('selection');
    expect(form?.startedFromMenu).toBe(true);
    expect(form?.prefill).toMatchObject({
      words: 'Why not??',
      senderName: 'Jane Smith',
      shownTime: 'Today at 10:02',
      where: `${window.location.origin}/messages/t/123/`,
    });
    // One form at a time: a second request leaves the first (and what was typed in it) alone.
    expect(runtime.openFromSelection('other')).toBe(false);
  });

  it('keeps the line breaks the menu’s copy of the selection loses', () => {
    const { runtime, store } = start('facebook/fixtures/messages/messenger-thread.html', FACEBOOK_ROWS);
    const words = fx('jane-last-text');
    words.textContent = 'Why not??\nText me';
    const range = document.createRange();
    range.selectNodeContents(words);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    runtime.openFromSelection('Why not?? Text me');
    expect(store.get().form?.prefill.words).toBe('Why not??\nText me');
  });

  it('uses the menu’s text when the page’s selection is somewhere else, and no sender outside a message', () => {
    const { runtime, store } = start('facebook/fixtures/messages/feed-comments.html', FACEBOOK_ROWS);
    window.getSelection()?.removeAllRanges();
    runtime.openFromSelection('Sports day is on Friday!');
    expect(store.get().form?.prefill).toMatchObject({
      words: 'Sports day is on Friday!',
      senderName: '',
      senderProfile: '',
      shownTime: '',
      where: `${window.location.origin}/groups/sunnydays/`,
    });
  });

  it('never takes a draft: text selected in a composer is left out', () => {
    installIsContentEditable();
    const { runtime, store } = start('facebook/fixtures/messages/messenger-thread.html', FACEBOOK_ROWS);
    const draft = fx('draft').querySelector('span') as HTMLElement;
    select(draft.firstChild as Text, 0, 7);
    runtime.openFromSelection('A DRAFT');
    expect(store.get().form?.prefill).toMatchObject({ words: '', senderName: '', shownTime: '' });
    store.get().form?.onClose();

    const box = document.createElement('textarea');
    box.value = 'A DRAFT in a text box';
    document.body.append(box);
    box.focus();
    box.setSelectionRange(0, 7);
    window.getSelection()?.removeAllRanges();
    runtime.openFromSelection('A DRAFT');
    expect(store.get().form?.prefill.words).toBe('');
  });

  it('leaves the sender out when the selection is the person’s own message', () => {
    const { runtime, store } = start('facebook/fixtures/messages/messenger-thread.html', FACEBOOK_ROWS);
    select(fx('mine-1-text').firstChild as Text, 0, 5);
    runtime.openFromSelection('Sorry');
    expect(store.get().form?.prefill).toMatchObject({ words: 'Sorry', senderName: '', senderProfile: '' });
  });
});

describe('the form’s services', () => {
  it('fills in the guidance when it arrives, hides the form while capturing, and submits as given', async () => {
    const { runtime, store, services } = start(
      'facebook/fixtures/messages/messenger-thread.html',
      FACEBOOK_ROWS,
    );
    runtime.scan();
    keyboardButton(hosts()[0] as Element).click();
    store.get().picker?.onPick(2);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.get().form?.guidance?.passedTo).toBe('Sam Patel (safeguarding lead)');

    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((fn) => (frames.push(fn), frames.length));
    const shot = store.get().form?.onCapture();
    expect(store.get().hidden).toBe(true);
    while (frames.length) frames.shift()?.(0);
    await expect(shot).resolves.toBe('data:image/png;base64,AAAA');
    expect(store.get().hidden).toBe(false);

    const input = {
      ...(store.get().form?.prefill as NonNullable<ReturnType<typeof store.get>['form']>['prefill']),
      category: 'complaint' as const,
      whatHappened: '',
      replied: 'no' as const,
    };
    await store.get().form?.onSubmit(input);
    expect(services.submit).toHaveBeenCalledWith(input);
    expect(JSON.stringify(input)).not.toContain('DRAFT');
  });
});
