// Failing open: when the extension is updated or restarted under an open page, the old content
// script loses the extension. The page must keep working as if we were not there, and the badge
// must say the guard is off and why. A reload brings the (new) guard back.
//
// This spec runs its own browser: reloading the extension breaks the shared worker fixture's
// service worker handle for every later test.
import { test as base, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { EXT_PATH } from './extension-path';
import { launchWithReplicas } from './launch';
import { badge, dialog, installPack, sent } from './pages/guard';
import { draftOf } from './pages/read-draft';
import { testPack } from './pages/test-pack';
import { fbPostButton, openFbEditor } from './pages/facebook';

const test = base.extend<{ browserWithGuard: { context: BrowserContext; serviceWorker: Worker } }>({
  browserWithGuard: async ({}, use) => {
    const context = await launchWithReplicas({ headless: true });
    try {
      const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use({ context, serviceWorker });
    } finally {
      await context.close();
    }
  },
});
const expect = test.expect;

const FOUL = 'What a shit day';
const OFF = 'Guard off: the extension was updated or restarted; reload the page to turn it back on';

/** Reloads the extension from its own service worker, which dies doing so. */
async function reloadExtension(serviceWorker: Worker): Promise<void> {
  await serviceWorker
    .evaluate(() => {
      (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.runtime.reload();
    })
    .catch(() => undefined);
}

/**
 * Updates the extension the way Chrome does when a new version arrives (or "Reload" is pressed on
 * chrome://extensions): installs it again from disk over the running one, over CDP.
 */
async function updateExtension(context: BrowserContext): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to update the extension in');
  const cdp = await browser.newBrowserCDPSession();
  try {
    // Extensions.loadUnpacked is not in Playwright's protocol types.
    await (cdp as unknown as { send(method: string, params: object): Promise<unknown> }).send(
      'Extensions.loadUnpacked',
      { path: EXT_PATH },
    );
  } finally {
    await cdp.detach();
  }
}

/** Up to the restart: a flagged draft in the Facebook post composer, and the warning badge on it. */
async function flaggedDraft(page: Page): Promise<{ editor: Locator; pageId: string | undefined }> {
  await page.goto('https://www.facebook.com/');
  const pageId = await page.evaluate(() => window.__pageId);
  const editor = await openFbEditor(page);
  await page.keyboard.type(FOUL);
  await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
  return { editor, pageId };
}

/** After the restart: the badge says the guard is off and why, and Post goes out at once. */
async function guardOffPageWorks(page: Page, editor: Locator, pageId: string | undefined): Promise<void> {
  await expect(badge(page)).toHaveAttribute('data-kind', 'off', { timeout: 5000 });
  await expect(badge(page)).toHaveText(`Staff Social Guard · ${OFF}`);
  // The page was not reloaded, and the draft is as it was.
  expect(await page.evaluate(() => window.__pageId)).toBe(pageId);
  expect(await draftOf(editor)).toBe(FOUL);

  await fbPostButton(page).click();
  await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByRole('feed')).toContainText(FOUL);

  // A new composer: typing and posting still work, and the badge still says the guard is off.
  const second = await openFbEditor(page);
  await page.keyboard.type(FOUL);
  expect(await draftOf(second)).toBe(FOUL);
  await expect(badge(page)).toContainText(OFF);
  await fbPostButton(page).click();
  await expect
    .poll(() => sent(page))
    .toEqual([
      { surface: 'facebook.post', text: FOUL },
      { surface: 'facebook.post', text: FOUL },
    ]);
  await expect(dialog(page)).toHaveCount(0);
}

test('the extension restarts (runtime.reload) under an open page: the badge says so and the page posts at once', async ({
  browserWithGuard: { context, serviceWorker },
}) => {
  await installPack(serviceWorker, testPack());
  const page = await context.newPage();
  const { editor, pageId } = await flaggedDraft(page);
  await reloadExtension(serviceWorker);
  await guardOffPageWorks(page, editor, pageId);
  // (In this Chromium an extension loaded with --load-extension stays disabled after
  // runtime.reload(), so the guard coming back is shown with an update below.)
});

test('the extension is updated under an open page: off and working; a page reload brings the new guard', async ({
  browserWithGuard: { context, serviceWorker },
}) => {
  await installPack(serviceWorker, testPack());
  const page = await context.newPage();
  const { editor, pageId } = await flaggedDraft(page);
  await updateExtension(context);
  await guardOffPageWorks(page, editor, pageId);

  await page.reload();
  expect(await page.evaluate(() => window.__pageId)).not.toBe(pageId);
  const fresh = await openFbEditor(page);
  await page.keyboard.type(FOUL);
  await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
  await fbPostButton(page).click();
  await expect(dialog(page)).toContainText('Foul language');
  expect(await sent(page)).toEqual([]);
  await dialog(page).getByRole('button', { name: 'Edit' }).click();
  expect(await draftOf(fresh)).toBe(FOUL);
});

test('the extension restarts while the guard dialog is open: the page keeps working', async ({
  browserWithGuard: { context, serviceWorker },
}) => {
  await installPack(serviceWorker, testPack());
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/');
  const editor = await openFbEditor(page);
  await page.keyboard.type(FOUL);
  await fbPostButton(page).click();
  await expect(dialog(page)).toContainText('Foul language');

  await reloadExtension(serviceWorker);
  await expect(badge(page)).toContainText(OFF);
  // Whatever the dialog does now, the person can carry on: back to the draft, and Post goes out.
  await dialog(page).getByRole('button', { name: 'Edit' }).click();
  await expect(dialog(page)).toHaveCount(0);
  expect(await draftOf(editor)).toBe(FOUL);
  await fbPostButton(page).click();
  await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);
  await expect(dialog(page)).toHaveCount(0);
});
