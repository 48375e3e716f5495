import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';

type ExtensionGlobals = { chrome: WxtBrowser };

/** Whether the extension has its offscreen document open (Chrome's photo host). */
export const hasOffscreenDocument = (serviceWorker: Worker): Promise<boolean> =>
  serviceWorker.evaluate(() => {
    const { offscreen } = (
      globalThis as unknown as { chrome: { offscreen: { hasDocument(): Promise<boolean> } } }
    ).chrome;
    return offscreen.hasDocument();
  });

/** The extension's id, read from its service worker's URL (chrome-extension://<id>/background.js). */
export const extensionIdOf = (serviceWorker: Worker): string => new URL(serviceWorker.url()).host;

const tabIds = (serviceWorker: Worker): Promise<number[]> =>
  serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as ExtensionGlobals).chrome;
    return (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  });

/**
 * A new page and the browser's id for its tab. The id is found as the one tab that appeared, not
 * by URL: without the "tabs" permission or host permissions, `tabs.query` gives no URLs.
 */
export async function newTrackedPage(
  context: BrowserContext,
  serviceWorker: Worker,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(serviceWorker));
  const page = await context.newPage();
  const added = (await tabIds(serviceWorker)).filter((id) => !before.has(id));
  if (added.length !== 1 || added[0] === undefined) {
    await page.close();
    throw new Error(`expected one new tab, found ${JSON.stringify(added)}`);
  }
  return { page, tabId: added[0] };
}

/**
 * The popup as an ordinary page, describing tab `tabId` (`?tab=<id>`, see
 * lib/popup/use-popup-data.ts), since a page opened by the test is itself the active tab.
 */
export async function openPopup(
  context: BrowserContext,
  serviceWorker: Worker,
  tabId: number,
): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionIdOf(serviceWorker)}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Empties the warnings history the way the popup does: the `clearHistory` message, sent from one of
 * our own pages (the background accepts it only from extension pages). IndexedDB survives between
 * tests in the worker's browser, so specs that count events start with this.
 */
export async function clearHistory(context: BrowserContext, serviceWorker: Worker): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionIdOf(serviceWorker)}/popup.html`);
    const answer: unknown = await page.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({
        name: 'clearHistory',
        data: {},
      }),
    );
    if (!(answer && typeof answer === 'object' && 'ok' in answer && answer.ok === true)) {
      throw new Error(`clearHistory was refused: ${JSON.stringify(answer)}`);
    }
  } finally {
    await page.close();
  }
}

/** Every row of the background's history database ("staff-social-guard", table "events"), raw. */
export const storedEvents = (serviceWorker: Worker): Promise<Record<string, unknown>[]> =>
  serviceWorker.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('staff-social-guard');
        let missing = false;
        // No database yet: do not create an empty one under Dexie's feet.
        open.onupgradeneeded = () => {
          missing = true;
          open.transaction?.abort();
        };
        open.onerror = () =>
          missing ? resolve([]) : reject(open.error ?? new Error('could not open the history database'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('events', 'readonly').objectStore('events').getAll();
          all.onerror = () => reject(all.error ?? new Error('could not read the events'));
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
        };
      }),
  );

/** Sets (or, with null, removes) the pause on `platform` in extension storage, as the background does. */
export const setPause = (serviceWorker: Worker, platform: string, until: number | null): Promise<void> =>
  serviceWorker.evaluate(
    async ({ platform: p, until: u }) => {
      const chrome = (globalThis as unknown as ExtensionGlobals).chrome;
      const pauses = u === null ? {} : { [p]: u };
      await chrome.storage.local.set({ pauses });
    },
    { platform, until },
  );
