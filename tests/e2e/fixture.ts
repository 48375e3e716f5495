import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';
import { EXT_PATH } from './extension-path';
import { REPLICAS, replicaBundle, replicaHtml } from './replicas';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The extension service worker's `chrome`, for `serviceWorker.evaluate` callbacks. */
type ExtensionGlobals = { chrome: WxtBrowser };

/**
 * Serves each replica under its real hostnames (so the manifest's `matches` apply) with no network:
 * the page for documents, the bundled app for /__replica/<name>.js, and 404 for anything else.
 */
async function routeReplicas(context: BrowserContext): Promise<void> {
  for (const replica of REPLICAS) {
    await context.route(
      (url) => replica.hosts.test(url.hostname),
      async (route) => {
        const request = route.request();
        const { pathname } = new URL(request.url());
        if (pathname === `/__replica/${replica.name}.js`) {
          return route.fulfill({ contentType: 'text/javascript', body: replicaBundle(replica.name) });
        }
        if (request.resourceType() === 'document') {
          return route.fulfill({ contentType: 'text/html', body: replicaHtml(replica.name) });
        }
        return route.fulfill({ status: 404, body: '' });
      },
    );
  }
}

export const test = base.extend<object, { extContext: BrowserContext; serviceWorker: Worker }>({
  // One Chromium per worker. The built-in `context` cannot be worker-scoped, so this has its own name
  // and `context`/`page` below point at it (toolchain notes, P12).
  extContext: [
    async ({}, use) => {
      const context = await chromium.launchPersistentContext('', {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          `--disable-extensions-except=${EXT_PATH}`,
          `--load-extension=${EXT_PATH}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      // Nothing may reach the network. Routes registered later take precedence over this one.
      await context.route(/^(https?|wss?):\/\//, (route) => route.abort('internetdisconnected'));
      await routeReplicas(context);
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
