import type { ContentScriptContext } from '#imports';
import { sendMessage } from '../messaging/send-message.ts';
import { PHOTO_PROGRESS_MESSAGE, photoProgressMessageSchema } from '../protocol/page-messages.ts';
import type { PageInfo } from '../sites/resolve-surface.ts';
import type { SiteAdapter } from '../sites/site.ts';
import { MAX_PHOTO_BYTES } from '../photo/host-messages.ts';
import { onBackgroundMessage } from './background-messages.ts';
import { createPhotoChecker } from './photo-check.ts';
import { ownerOf } from './photo-owner.ts';
import { isPhoto } from './photo-sniff.ts';
import { PhotoStore } from './photo-store.ts';
import { watchPhotos } from './photo-watch.ts';

/** The page's store of attached photos, with thumbnails as object URLs of the files themselves. */
export function createPhotoStore(): PhotoStore {
  let count = 0;
  return new PhotoStore(
    { create: (file) => URL.createObjectURL(file), revoke: (url) => URL.revokeObjectURL(url) },
    // Unique on this page, which is all the background needs to route progress back.
    () => `photo-${Date.now().toString(36)}-${(count += 1)}`,
  );
}

export interface PhotoGuardDeps {
  store: PhotoStore;
  adapter: SiteAdapter;
  page: () => PageInfo;
  /** False while the guard is paused or off on this page. */
  running: () => boolean;
  /** Our UI's shadow root host name. */
  ownHost: string;
  /** Tells staff something at once, politely (the UI's notice). */
  notify: (text: string) => void;
}

/**
 * The photo guard on this page (issue 6): catches photos as they are attached, hands each to the
 * background to be checked (the photo host does the work, off this page's main thread), and
 * follows the progress the background sends back. The send guard reads the store when Post is
 * pressed. Nothing here touches the site's upload: we only read the File objects it already holds.
 */
export function startPhotoGuard(ctx: ContentScriptContext, win: Window, deps: PhotoGuardDeps): void {
  const { store, adapter, page } = deps;
  const check = createPhotoChecker(store, (input) => sendMessage('checkPhoto', input));
  watchPhotos(win, ctx.signal, {
    running: deps.running,
    ownHost: deps.ownHost,
    onAttached: ({ files, origin }) => {
      const owner = ownerOf(origin, adapter, page());
      void (async () => {
        for (const file of files) {
          if (!(await isPhoto(file))) continue;
          // Too large to check: say so now, while the person can still choose a smaller photo.
          if (check(file, owner).state.kind === 'too-large') deps.notify(tooLarge(file.name));
        }
      })().catch(() => undefined);
    },
  });

  onBackgroundMessage(ctx, PHOTO_PROGRESS_MESSAGE, photoProgressMessageSchema, ({ progress }) => {
    store.progress(progress);
    return { ok: true };
  });
}

const tooLarge = (name: string) =>
  `${name} is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB, so it will not be checked. Please check it yourself against your setting's policy.`;
