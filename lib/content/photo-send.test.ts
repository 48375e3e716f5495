// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhotoFinding, PhotoReport } from '../photo/report.ts';
import type { CheckResult } from '../protocol/schemas.ts';
import { instagram } from '../sites/instagram/surfaces.ts';
import { CHECK_DELAY_MS } from './composer-session.ts';
import type { GuardContext, GuardUi } from './guard-context.ts';
import { startGuard } from './guard-runtime.ts';
import { PhotoStore } from './photo-store.ts';
import { PHOTO_WAIT_MS } from './photo-wait.ts';

const UNIFORM: PhotoFinding = {
  kind: 'uniform',
  category: 'reputation',
  severity: 'block',
  message: 'This photo may show the work uniform.',
  clause: { id: 'staff-3', text: 'Do not post pictures of yourself in work uniform.' },
  box: { x: 10, y: 20, width: 30, height: 40 },
};
const report = (findings: PhotoFinding[], state: 'done' | 'failed' = 'done'): PhotoReport => ({
  width: 100,
  height: 100,
  findings,
  checks: [
    { kind: 'location', state: 'done', ms: 2 },
    { kind: 'uniform', state, ms: 5, ...(state === 'failed' ? { problem: 'the model did not load' } : {}) },
  ],
});
const CLEAN_TEXT: CheckResult = {
  findings: [],
  contacts: { manager: 'Dipaley Patel', safeguardingLead: '' },
  officialReply: '',
};

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function setUp() {
  document.body.innerHTML =
    '<article><form><textarea aria-label="Add a comment…"></textarea><div role="button">Post</div></form></article>';
  const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
  const ui = {
    showBadge: vi.fn<GuardUi['showBadge']>(),
    hideBadge: vi.fn<GuardUi['hideBadge']>(),
    showDialog: vi.fn<GuardUi['showDialog']>(),
    closeDialog: vi.fn<GuardUi['closeDialog']>(),
    showPhotoWait: vi.fn<GuardUi['showPhotoWait']>(),
    showNotice: vi.fn<GuardUi['showNotice']>(),
  };
  let n = 0;
  const photos = new PhotoStore(
    { create: () => 'blob:thumb', revoke: () => undefined },
    () => `p${(n += 1)}`,
  );
  const record = vi.fn();
  const ctx: GuardContext = {
    adapter: instagram,
    services: { check: () => Promise.resolve(CLEAN_TEXT), checkFriendRequest: vi.fn(), record },
    ui,
    page: () => ({ path: '/', lang: 'en' }),
    photos,
    bypass: new WeakSet(),
  };
  controller = new AbortController();
  startGuard(ctx, window, controller.signal);
  // What the site's own Enter handler would see: only sends we let through or replay.
  const siteSends = vi.fn();
  textarea.addEventListener('keydown', siteSends);
  const photo = () => photos.add(new File(['x'], 'nursery-garden.jpg', { type: 'image/jpeg' }), textarea);
  return { textarea, ui, photos, photo, record, siteSends };
}

async function type(textarea: HTMLTextAreaElement, text: string) {
  textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, CHECK_DELAY_MS + 20));
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

describe('the send guard with photos', () => {
  it("puts a checked photo's findings in the dialog, lets them set its strength, and records their kinds", async () => {
    const { textarea, ui, photos, photo, record } = setUp();
    await type(textarea, 'Lovely day');
    const attached = photo();
    photos.settle(attached.id, { kind: 'done', report: report([UNIFORM]) });
    expect(enter(textarea).defaultPrevented).toBe(true);
    const props = ui.showDialog.mock.lastCall?.[0];
    expect(props?.action).toBe('block');
    expect(props?.findings).toEqual([]);
    expect(props?.photos).toEqual([
      {
        id: attached.id,
        name: 'nursery-garden.jpg',
        src: 'blob:thumb',
        status: { kind: 'done', report: report([UNIFORM]) },
      },
    ]);
    props?.onEdit();
    expect(record).toHaveBeenCalledWith(
      expect.objectContaining({ categories: ['reputation'], photoKinds: ['uniform'], choice: 'blocked' }),
    );
    // Back to editing keeps the photo: it is still attached on the site.
    expect(photos.forSend(textarea)).toHaveLength(1);
  });

  it('holds the send with "Checking photo…" and its progress, then lets a clean photo through', async () => {
    const { textarea, ui, photos, photo, siteSends } = setUp();
    await type(textarea, 'Lovely day');
    const attached = photo();
    expect(enter(textarea).defaultPrevented).toBe(true);
    expect(ui.showPhotoWait).toHaveBeenLastCalledWith(
      expect.objectContaining({ actionLabel: 'Post', waitSeconds: PHOTO_WAIT_MS / 1000 }),
    );
    photos.progress({ photoId: attached.id, done: 1, total: 4, stage: 'reading words' });
    expect(ui.showPhotoWait.mock.lastCall?.[0].photos[0]?.status).toEqual({
      kind: 'checking',
      done: 1,
      total: 4,
      stage: 'reading words',
    });
    photos.settle(attached.id, { kind: 'done', report: report([]) });
    await vi.waitFor(() => expect(siteSends).toHaveBeenCalledTimes(1));
    expect(ui.closeDialog).toHaveBeenCalled();
    expect(ui.showDialog).not.toHaveBeenCalled();
    expect(ui.showNotice).not.toHaveBeenCalled();
    expect(photos.forSend(textarea)).toEqual([]);
  });

  it('waits at most PHOTO_WAIT_MS, then lets the post through and says the check did not finish', async () => {
    const { textarea, ui, photos, photo, siteSends } = setUp();
    await type(textarea, 'Lovely day');
    photo();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(enter(textarea).defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(PHOTO_WAIT_MS - 1);
    expect(siteSends).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(siteSends).toHaveBeenCalledTimes(1);
    expect(ui.showNotice).toHaveBeenCalledWith(
      expect.stringContaining('The photo check did not finish in time'),
    );
    expect(photos.forSend(textarea)).toEqual([]);
  });

  it('"Back to editing" (or Esc) ends the wait and sends nothing', async () => {
    const { textarea, ui, photos, photo, siteSends } = setUp();
    await type(textarea, 'Lovely day');
    const attached = photo();
    enter(textarea);
    ui.showPhotoWait.mock.lastCall?.[0].onCancel();
    expect(ui.closeDialog).toHaveBeenCalled();
    expect(document.activeElement).toBe(textarea);
    photos.settle(attached.id, { kind: 'done', report: report([UNIFORM]) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(siteSends).not.toHaveBeenCalled();
    expect(ui.showDialog).not.toHaveBeenCalled();
  });

  it('never takes a photo whose check failed for clean: the send goes through with a notice naming it', async () => {
    const { textarea, ui, photos, photo, siteSends } = setUp();
    await type(textarea, 'Lovely day');
    photos.settle(photo().id, { kind: 'done', report: report([], 'failed') });
    expect(enter(textarea).defaultPrevented).toBe(false);
    expect(siteSends).toHaveBeenCalledTimes(1);
    expect(ui.showNotice).toHaveBeenCalledWith(
      expect.stringContaining(
        'nursery-garden.jpg: The uniform check did not finish: the model did not load.',
      ),
    );
  });

  it('checks a photo sent with no text at all', async () => {
    const { textarea, ui, photos, photo } = setUp();
    await type(textarea, '');
    photos.settle(photo().id, { kind: 'done', report: report([UNIFORM]) });
    expect(enter(textarea).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(ui.showDialog).toHaveBeenCalledTimes(1));
  });
});
