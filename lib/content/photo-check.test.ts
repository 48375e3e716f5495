// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PHOTO_BYTES, type PhotoInput } from '../photo/host-messages.ts';
import type { PhotoReport } from '../photo/report.ts';
import { createPhotoChecker, PHOTO_CHECK_TIMEOUT_MS } from './photo-check.ts';
import { isPhoto } from './photo-sniff.ts';
import { PhotoStore } from './photo-store.ts';

const CLEAN: PhotoReport = {
  width: 16,
  height: 12,
  findings: [],
  checks: [{ kind: 'location', state: 'done', ms: 3 }],
};
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

let n = 0;
const newStore = () => {
  const revoke = vi.fn<(url: string) => void>();
  const store = new PhotoStore({ create: (f) => `blob:${f.name}`, revoke }, () => `p${(n += 1)}`);
  return { store, revoke };
};

afterEach(() => vi.useRealTimers());

describe('createPhotoChecker', () => {
  it('reads the file the browser holds as a data: URL and settles with the report', async () => {
    const { store } = newStore();
    const checkPhoto = vi.fn<(input: PhotoInput) => Promise<PhotoReport>>(() => Promise.resolve(CLEAN));
    const check = createPhotoChecker(store, checkPhoto);
    const owner = document.body.appendChild(document.createElement('div'));
    check(new File([JPEG], 'garden.jpg', { type: 'image/jpeg' }), owner);
    const [photo] = store.forSend(owner);
    expect(photo?.state).toEqual({ kind: 'checking', progress: null });
    await photo?.settled;
    expect(checkPhoto).toHaveBeenCalledWith({
      photoId: photo?.id,
      name: 'garden.jpg',
      type: 'image/jpeg',
      dataUrl: `data:image/jpeg;base64,${btoa(String.fromCharCode(...JPEG))}`,
    });
    expect(store.get(photo?.id ?? '')?.state).toEqual({ kind: 'done', report: CLEAN });
  });

  it('does not read a photo over the size limit, and marks it "too-large"', () => {
    const { store } = newStore();
    const checkPhoto = vi.fn(() => Promise.resolve(CLEAN));
    const big = new File([JPEG], 'huge.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: MAX_PHOTO_BYTES + 1 });
    createPhotoChecker(store, checkPhoto)(big, null);
    expect(store.forSend(document.body)[0]?.state).toEqual({ kind: 'too-large' });
    expect(checkPhoto).not.toHaveBeenCalled();
  });

  it('settles as failed, with the reason, when the check fails or never answers', async () => {
    const { store } = newStore();
    const failing = createPhotoChecker(store, () =>
      Promise.reject(new Error('the photo host is not running')),
    );
    failing(new File([JPEG], 'a.jpg', { type: 'image/jpeg' }), null);
    const [first] = store.forSend(document.body);
    await first?.settled;
    expect(first?.state).toEqual({ kind: 'failed', reason: 'the photo host is not running' });

    // jsdom's FileReader finishes on setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const never = vi.fn(() => new Promise<PhotoReport>(() => undefined));
    const silent = createPhotoChecker(store, never);
    silent(new File([JPEG], 'b.jpg', { type: 'image/jpeg' }), null);
    const second = store.forSend(document.body)[1];
    while (never.mock.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(PHOTO_CHECK_TIMEOUT_MS + 1);
    expect(second?.state).toEqual({ kind: 'failed', reason: 'the photo check did not answer in time' });
  });
});

describe('PhotoStore', () => {
  it('gives a send its own photos and those of no composer, follows progress, and frees thumbnails when cleared', () => {
    const { store, revoke } = newStore();
    const mine = document.body.appendChild(document.createElement('div'));
    const other = document.body.appendChild(document.createElement('div'));
    const a = store.add(new File([JPEG], 'a.jpg'), mine);
    const b = store.add(new File([JPEG], 'b.jpg'), other);
    const c = store.add(new File([JPEG], 'c.jpg'), null);
    expect(store.forSend(mine).map((p) => p.name)).toEqual(['a.jpg', 'c.jpg']);
    store.progress({ photoId: a.id, done: 2, total: 4, stage: 'reading words' });
    expect(a.state).toEqual({ kind: 'checking', progress: { done: 2, total: 4, stage: 'reading words' } });
    // A composer that has left the page takes its photos with it.
    other.remove();
    expect(store.forSend(mine).map((p) => p.name)).toEqual(['a.jpg', 'c.jpg']);
    expect(revoke).toHaveBeenCalledWith(b.url);
    store.clear([a, c]);
    expect(store.forSend(mine)).toEqual([]);
    expect(revoke).toHaveBeenCalledWith('blob:c.jpg');
  });
});

describe('isPhoto', () => {
  it('goes by the type, and sniffs the first bytes of untyped files', async () => {
    expect(await isPhoto(new File([JPEG], 'x', { type: 'image/heic' }))).toBe(true);
    expect(await isPhoto(new File([JPEG], 'x', { type: 'video/mp4' }))).toBe(false);
    expect(await isPhoto(new File([JPEG], 'x'))).toBe(true);
    expect(await isPhoto(new File(['hello'], 'x'))).toBe(false);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await isPhoto(new File([png], 'x', { type: 'application/octet-stream' }))).toBe(true);
    const heic = new Uint8Array([0, 0, 0, 24, ...[...'ftypheic'].map((c) => c.charCodeAt(0))]);
    expect(await isPhoto(new File([heic], 'x'))).toBe(true);
  });
});
