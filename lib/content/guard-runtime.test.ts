// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckRequest, CheckResult, WireFinding } from '../protocol/schemas.ts';
import { instagram } from '../sites/instagram/surfaces.ts';
import type { SiteAdapter } from '../sites/site.ts';
import { CHECK_DELAY_MS } from './composer-session.ts';
import type { GuardContext, GuardUi } from './guard-context.ts';
import { startGuard } from './guard-runtime.ts';
import { PhotoStore } from './photo-store.ts';

const FOUL: WireFinding = {
  category: 'foul-language',
  ruleId: 'foul-language',
  severity: 'warn',
  spans: [{ start: 7, end: 11 }],
  message: 'This uses foul language.',
  clause: { id: 'staff-5', text: 'no foul language' },
  matched: ['shit'],
};
const result = (findings: WireFinding[]): CheckResult => ({
  findings,
  contacts: { manager: 'Dipaley Patel', safeguardingLead: '' },
  officialReply: 'Thank you for your message.',
});

let controller = new AbortController();
afterEach(() => controller.abort());

function setUp(adapter: SiteAdapter = instagram) {
  document.body.innerHTML =
    '<article><form><textarea aria-label="Add a comment…"></textarea><div role="button">Post</div></form></article>';
  const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
  const check = vi.fn((request: CheckRequest) =>
    Promise.resolve(result(request.text.includes('shit') ? [FOUL] : [])),
  );
  const ui = {
    showBadge: vi.fn<GuardUi['showBadge']>(),
    hideBadge: vi.fn<GuardUi['hideBadge']>(),
    showDialog: vi.fn<GuardUi['showDialog']>(),
    closeDialog: vi.fn<GuardUi['closeDialog']>(),
    showPhotoWait: vi.fn<GuardUi['showPhotoWait']>(),
    showNotice: vi.fn<GuardUi['showNotice']>(),
  };
  const ctx: GuardContext = {
    adapter,
    services: { check, checkFriendRequest: vi.fn(), record: vi.fn() },
    ui,
    page: () => ({ path: '/', lang: 'en' }),
    photos: new PhotoStore({ create: () => 'blob:photo', revoke: () => undefined }, () => 'photo-1'),
    bypass: new WeakSet(),
  };
  controller = new AbortController();
  const runtime = startGuard(ctx, window, controller.signal);
  return { textarea, check, ui, runtime };
}

function typeText(textarea: HTMLTextAreaElement, text: string) {
  textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  for (const end of [1, Math.ceil(text.length / 2), text.length]) {
    textarea.value = text.slice(0, end);
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

const enter = (textarea: HTMLTextAreaElement) => {
  const event = new KeyboardEvent('keydown', {
    key: 'Enter',
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  textarea.dispatchEvent(event);
  return event;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, CHECK_DELAY_MS + 20));

describe('startGuard', () => {
  it('checks once the typing settles, for the text as it is then', async () => {
    const { textarea, check, ui } = setUp();
    typeText(textarea, 'What a shit day');
    await settle();
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith({
      platform: 'instagram',
      surface: 'comment',
      recipient: null,
      text: 'What a shit day',
    });
    expect(ui.showBadge).toHaveBeenLastCalledWith({ kind: 'warning', count: 1 }, textarea);
  });

  it('decides at once from a current check: a clean draft passes, a flagged one opens the dialog', async () => {
    const { textarea, ui } = setUp();
    typeText(textarea, 'Lovely day');
    await settle();
    expect(enter(textarea).defaultPrevented).toBe(false);

    typeText(textarea, 'What a shit day');
    await settle();
    expect(enter(textarea).defaultPrevented).toBe(true);
    expect(ui.showDialog).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'warn', actionLabel: 'Post', text: 'What a shit day' }),
    );
  });

  it('holds a send while the last keystroke is being checked, then warns', async () => {
    const { textarea, ui } = setUp();
    typeText(textarea, 'What a shit day');
    expect(enter(textarea).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(ui.showDialog).toHaveBeenCalledTimes(1));
  });

  it('fails open when its own code throws: the page keeps its send and the badge says why', async () => {
    const broken: SiteAdapter = {
      ...instagram,
      surfaces: [{ ...instagram.surfaces[0]!, editor: 'textarea[' }],
    };
    const { textarea, check, ui, runtime } = setUp(broken);
    runtime.fail('the extension was updated');
    typeText(textarea, 'What a shit day');
    expect(ui.showBadge).toHaveBeenLastCalledWith(
      { kind: 'off', reason: 'the extension was updated' },
      textarea,
    );
    await settle();
    expect(check).not.toHaveBeenCalled();
    expect(enter(textarea).defaultPrevented).toBe(false);

    const second = setUp(broken);
    typeText(second.textarea, 'What a shit day'); // the invalid selector throws inside our listener
    expect(second.ui.showBadge).not.toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'warning' }),
      expect.anything(),
    );
    expect(enter(second.textarea).defaultPrevented).toBe(false);
    expect(ui.showDialog).not.toHaveBeenCalled();
  });

  it('does nothing while paused, and resumes by itself', async () => {
    const { textarea, check, ui, runtime } = setUp();
    runtime.setPausedUntil(Date.now() + 150);
    typeText(textarea, 'What a shit day');
    expect(ui.showBadge).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'paused' }), textarea);
    expect(enter(textarea).defaultPrevented).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    typeText(textarea, 'What a shit day!');
    await settle();
    expect(check).toHaveBeenCalled();
    expect(enter(textarea).defaultPrevented).toBe(true);
  });
});
