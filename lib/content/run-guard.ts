import { browser, type ContentScriptContext } from '#imports';
import { PAGE_PLATFORM_MESSAGE, pagePlatformQuestionSchema } from '../protocol/page-platform.ts';
import { activePause, PAUSES_KEY, readPauses } from '../protocol/pauses.ts';
import { sendMessage } from '../messaging/send-message.ts';
import { ADAPTERS } from '../sites/index.ts';
import { platformOfUrl } from '../guard/platform-of-url.ts';
import { onBackgroundMessage } from './background-messages.ts';
import { createGuardUi } from './guard-ui.tsx';
import { startGuard, UI_HOST_NAME } from './guard-runtime.ts';
import { createPhotoStore, startPhotoGuard } from './photo-start.ts';
import { startReportsOnPage } from './report-start.ts';
import { backgroundServices } from './services.ts';

/**
 * The content script's whole job, for any of the three sites: pick the site's adapter, start the
 * listeners at once (document_start), mount the UI when the page is parsed, and follow pauses.
 */
export function runGuard(ctx: ContentScriptContext, win: Window): void {
  const platform = platformOfUrl(new URL(win.location.href));
  if (!platform) return;
  // "Report this message" (context menu, controls on messages and comments, the form) shares our UI.
  const ui = createGuardUi(ctx, win, startReportsOnPage(ctx, win, platform));
  const adapter = ADAPTERS[platform];
  const page = () => ({
    path: win.location.pathname,
    lang: win.document.documentElement.lang || win.navigator.language || 'en',
  });
  const photos = createPhotoStore();
  const services = backgroundServices(platform);
  const runtime = startGuard({ adapter, services, ui, page, photos, bypass: new WeakSet() }, win, ctx.signal);
  try {
    startPhotoGuard(ctx, win, {
      store: photos,
      adapter,
      page,
      running: () => runtime.running(),
      ownHost: UI_HOST_NAME,
      notify: (text) => ui.showNotice(text),
    });
  } catch (error) {
    // The text guard keeps working without the photo guard; sends are then decided on the text.
    console.error('[Staff Social Guard] could not start the photo guard', error);
  }
  ctx.onInvalidated(() =>
    runtime.fail('the extension was updated or restarted; reload the page to turn it back on'),
  );

  sendMessage('getGuardStatus', { platform }).then(
    (status) => runtime.setPausedUntil(status.pausedUntil),
    // The first check will say so in the badge if the background really is out of reach.
    () => undefined,
  );
  onBackgroundMessage(ctx, PAGE_PLATFORM_MESSAGE, pagePlatformQuestionSchema, () => ({ platform }));

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[PAUSES_KEY];
    if (area === 'local' && change) {
      runtime.setPausedUntil(activePause(readPauses(change.newValue), platform, Date.now()));
    }
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
}
