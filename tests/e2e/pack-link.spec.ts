// A pack published at an address: staff subscribe, the extension checks with conditional
// requests, new versions arrive, and tampered, older and foreign packs are refused while the last
// good pack stays in force.
import { chromium } from '@playwright/test';
import { EXT_PATH } from './extension-path';
import { expect, test } from './fixture';
import { CHROMIUM, chromiumArgs } from './launch';
import { badge } from './pages/guard';
import { openFbEditor } from './pages/facebook';
import { startPackServer } from './pages/pack-server';
import { newKeys, sendFromPage, signedTestPack } from './pages/signed-packs';

type State = {
  active: { version: number; source: string; setting: string };
  lastRefusal: { reason: string } | null;
  subscription: { lastResult: string | null } | null;
};

test('subscribing to a link, updates, and refusals', async ({ context, page, serviceWorker }) => {
  const server = await startPackServer();
  // The extension's own fetches go straight to the local server; nothing else reaches the network.
  await context.route(`${new URL(server.url).origin}/**`, (route) => route.continue());
  try {
    const manager = await newKeys();
    const stranger = await newKeys();
    const id = new URL(serviceWorker.url()).host;
    await page.goto(`chrome-extension://${id}/options.html`);
    const state = async () => (await sendFromPage(page, 'getPackState', {})) as State;

    server.publish(await signedTestPack(manager, 2));
    const first = (await sendFromPage(page, 'subscribePack', {
      url: server.url,
      acceptFingerprint: null,
    })) as { needsTrust?: boolean; fingerprint: string };
    expect(first.needsTrust).toBe(true);
    expect(
      await sendFromPage(page, 'subscribePack', { url: server.url, acceptFingerprint: first.fingerprint }),
    ).toEqual({ ok: true, version: 2 });
    expect((await state()).active).toMatchObject({
      version: 2,
      source: 'link',
      setting: 'Little Acorns Nursery',
    });

    // The content script applies the new pack's rules at once.
    const site = await context.newPage();
    await site.goto('https://www.facebook.com/');
    await openFbEditor(site);
    await site.keyboard.type('Such a lovely day at Little Acorns Nursery');
    await expect(badge(site)).toHaveAttribute('data-kind', 'warning');
    await site.close();

    // Nothing new. (Playwright's request routing turns the HTTP cache off in this browser, so the
    // conditional request itself is proven in the test below, in a browser without routing.)
    expect(await sendFromPage(page, 'checkPackNow', {})).toEqual({ ok: false, reason: 'no newer version' });

    server.publish(await signedTestPack(manager, 3));
    expect(await sendFromPage(page, 'checkPackNow', {})).toEqual({ ok: true, version: 3 });
    expect((await state()).subscription?.lastResult).toBe('updated to version 3');

    const refused = [
      (await signedTestPack(manager, 4)).replace('Little Acorns Nursery', 'Big Acorns Nursery'),
      await signedTestPack(manager, 2),
      await signedTestPack(stranger, 5),
    ];
    const reasons = [
      /changed after signing/,
      /only a newer version is accepted/,
      /a key you have not trusted/,
    ];
    for (const [i, text] of refused.entries()) {
      server.publish(text);
      const result = (await sendFromPage(page, 'checkPackNow', {})) as { ok: boolean; reason: string };
      expect(result.ok).toBe(false);
      expect(result.reason).toMatch(reasons[i]!);
      const now = await state();
      expect(now.active.version).toBe(3);
      expect(now.lastRefusal?.reason).toBe(result.reason);
    }

    // Checked every few hours by an alarm that outlives the service worker.
    const alarm = await serviceWorker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { alarms: { get(n: string): Promise<{ periodInMinutes?: number } | undefined> } };
        }
      ).chrome.alarms.get('pack-link-check'),
    );
    expect(alarm?.periodInMinutes).toBe(240);
  } finally {
    await server.close();
  }
});

test('checks are conditional requests: a server with nothing new answers 304', async () => {
  const server = await startPackServer();
  // Its own browser, without request routing, so that Chromium's HTTP cache is on as for staff.
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(EXT_PATH),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    server.publish(await signedTestPack(await newKeys(), 2));
    const first = (await sendFromPage(page, 'subscribePack', {
      url: server.url,
      acceptFingerprint: null,
    })) as { fingerprint: string };
    expect(
      await sendFromPage(page, 'subscribePack', { url: server.url, acceptFingerprint: first.fingerprint }),
    ).toEqual({ ok: true, version: 2 });
    const before = server.stats.notModified;
    expect(await sendFromPage(page, 'checkPackNow', {})).toEqual({ ok: false, reason: 'no newer version' });
    expect(server.stats.notModified).toBe(before + 1);
  } finally {
    await context.close();
    await server.close();
  }
});
