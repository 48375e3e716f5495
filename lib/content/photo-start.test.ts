// @vitest-environment jsdom
import type { ContentScriptContext } from '#imports';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../messaging/send-message.ts';
import type { PhotoReport } from '../photo/report.ts';
import { x } from '../sites/x/surfaces.ts';
import { startPhotoGuard } from './photo-start.ts';
import { PhotoStore } from './photo-store.ts';

vi.mock('../messaging/send-message.ts', () => ({ sendMessage: vi.fn() }));

const REPORT: PhotoReport = { width: 4, height: 3, findings: [], checks: [] };
let controller = new AbortController();

function setUp() {
  document.body.innerHTML = `<div><div data-testid="tweetTextarea_0" contenteditable="true"></div>
    <div data-testid="toolBar"><input type="file" data-testid="fileInput">
    <button data-testid="tweetButtonInline">Post</button></div></div>`;
  controller = new AbortController();
  const ctx = {
    signal: controller.signal,
    onInvalidated: () => () => undefined,
  } as unknown as ContentScriptContext;
  const store = new PhotoStore({ create: () => 'blob:t', revoke: () => undefined }, () => 'photo-1');
  const notify = vi.fn<(text: string) => void>();
  startPhotoGuard(ctx, window, {
    store,
    adapter: x,
    page: () => ({ path: '/home', lang: 'en' }),
    running: () => true,
    ownHost: 'staff-social-guard',
    notify,
  });
  const input = document.querySelector('input') as HTMLInputElement;
  const attach = (file: File) => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const editor = document.querySelector('[contenteditable]') as HTMLElement;
  return { store, attach, editor, notify };
}

/** A runtime message to the tab, as if from the extension with this id. */
async function tell(message: unknown, id: string): Promise<void> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, { id }, () => undefined);
  await Promise.all(answers);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => controller.abort());

describe('startPhotoGuard', () => {
  it('sends an attached photo to be checked, for the composer it was attached in, and follows our progress only', async () => {
    const check = vi.mocked(sendMessage).mockReturnValue(new Promise(() => undefined));
    const { store, attach, editor } = setUp();
    attach(new File([new Uint8Array([0xff, 0xd8, 0xff])], 'walk.jpg', { type: 'image/jpeg' }));
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(check).toHaveBeenCalledWith('checkPhoto', {
      photoId: 'photo-1',
      name: 'walk.jpg',
      type: 'image/jpeg',
      dataUrl: 'data:image/jpeg;base64,/9j/',
    });
    expect(store.forSend(editor).map((p) => p.id)).toEqual(['photo-1']);

    const progress = { done: 1, total: 4, stage: 'reading words', photoId: 'photo-1' };
    await tell({ name: 'photoProgress', progress }, 'another-extension');
    await tell({ name: 'photoProgress', progress: { ...progress, total: 0 } }, fakeBrowser.runtime.id);
    expect(store.get('photo-1')?.state).toEqual({ kind: 'checking', progress: null });
    await tell({ name: 'photoProgress', progress }, fakeBrowser.runtime.id);
    expect(store.get('photo-1')?.state).toEqual({
      kind: 'checking',
      progress: { done: 1, total: 4, stage: 'reading words' },
    });
  });

  it('leaves files that are not photos alone, and settles a checked photo with its report', async () => {
    const check = vi.mocked(sendMessage).mockResolvedValue(REPORT);
    const { store, attach, editor } = setUp();
    attach(new File(['%PDF-1.7'], 'letter.pdf', { type: 'application/pdf' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(check).not.toHaveBeenCalled();
    attach(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'untyped'));
    await vi.waitFor(() => expect(store.forSend(editor)[0]?.state).toEqual({ kind: 'done', report: REPORT }));
  });
});
