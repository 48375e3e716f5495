import { browser, defineBackground } from '#imports';
import { openHistoryDb } from '@/lib/db/history-db';
import { isGuardedUrl } from '@/lib/guard/platform-of-url';
import { forgetActivePack, PACK_KEY } from '@/lib/handlers/active-pack';
import { makeBackgroundHandlers } from '@/lib/handlers/background-handlers';
import { makeCheckHandlers } from '@/lib/handlers/check-handlers';
import { makePackHandlers } from '@/lib/handlers/pack-handlers';
import { makePhotoHandlers } from '@/lib/handlers/photo-handlers';
import { makePhotoHostLauncher } from '@/lib/handlers/photo-host-launcher';
import { schedulePackChecks, watchManagedConfig } from '@/lib/handlers/pack-updates';
import { startReportDelivery } from '@/lib/handlers/report-delivery';
import { makeReportHandlers } from '@/lib/handlers/report-handlers';
import { startReportMenu } from '@/lib/handlers/report-menu';
import { dispatch, originOf, type Handlers } from '@/lib/messaging/dispatch';

export default defineBackground(() => {
  const area = browser.storage.local;
  // An administrator's setup (browser policy) is fetched as soon as it is seen (it is read later,
  // so packHandlers exists by then).
  const managed = watchManagedConfig(
    browser,
    () => void packHandlers.checkPackNow({}, {}).catch(() => undefined),
  );
  const packHandlers = makePackHandlers({ area, now: Date.now, fetcher: fetch.bind(globalThis), managed });
  const db = openHistoryDb();
  const reportDeps = {
    db,
    area,
    now: Date.now,
    fetcher: fetch.bind(globalThis),
    alarms: browser.alarms,
    tabs: browser.tabs,
  };
  // chrome.offscreen exists in Chrome and Edge only; Firefox gets a frame in its background page.
  const photoHost = makePhotoHostLauncher(
    browser.runtime,
    (globalThis as { chrome?: { offscreen?: never } }).chrome?.offscreen,
  );
  const handlers: Handlers = {
    ...makeBackgroundHandlers({ db, area, now: Date.now }),
    ...makeCheckHandlers(area),
    ...packHandlers,
    ...makeReportHandlers(reportDeps),
    ...makePhotoHandlers({ area, runtime: browser.runtime, tabs: browser.tabs, host: photoHost }),
  };
  const options = {
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(new URL(browser.runtime.getURL('/'))),
    isGuardedUrl,
  };
  // Every message is parsed and its sender checked before a handler runs (lib/messaging/dispatch.ts).
  // webextension-polyfill answers with whatever the returned promise resolves to.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender, handlers, options));
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && PACK_KEY in changes) forgetActivePack();
  });
  schedulePackChecks(browser, packHandlers);
  startReportMenu(browser);
  void startReportDelivery(browser, reportDeps);
});
