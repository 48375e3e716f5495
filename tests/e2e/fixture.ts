import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';
import { launchWithReplicas } from './launch';

/** The extension service worker's `chrome`, for `serviceWorker.evaluate` callbacks. */
type ExtensionGlobals = { chrome: WxtBrowser };

export const test = base.extend<object, { extContext: BrowserContext; serviceWorker: Worker }>({
  // One Chromium per worker. The built-in `context` cannot be worker-scoped, so this has its own name
  // and `context`/`page` below point at it (toolchain notes, P12).
  extContext: [
    async ({}, use) => {
      const context = await launchWithReplicas({ headless: true });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  serviceWorker: [
    async ({ extContext }, use) => {
      const worker = extContext.serviceWorkers()[0] ?? (await extContext.waitForEvent('serviceworker'));
      await use(worker);
    },
    { scope: 'worker' },
  ],
  context: async ({ extContext }, use) => {
    await use(extContext);
  },
  page: async ({ extContext, serviceWorker }, use) => {
    // Each test starts from empty extension storage.
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.storage.local.clear(),
    );
    const page = await extContext.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;
