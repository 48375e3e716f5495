// Pausing: "pause on this site for 10 minutes" stops the guard on that platform only, the open page
// follows the pause live (storage changes), and the guard resumes by itself when the pause ends.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixture';
import { badge, dialog, installPack, sent } from './pages/guard';
import { extensionIdOf, newTrackedPage, openPopup, setPause } from './pages/extension-pages';
import { draftOf } from './pages/read-draft';
import { testPack } from './pages/test-pack';

const FOUL = 'What a shit day';
const TEN_MINUTES = 10 * 60_000;

const fbComposer = (page: Page): Locator => page.getByRole('dialog', { name: 'Create post' });
const fbPostEditor = (page: Page): Locator => fbComposer(page).locator('[data-lexical-editor="true"]');
const fbPostButton = (page: Page): Locator =>
  fbComposer(page).locator('div[aria-label="Post"][role="button"]');

async function openFbEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
  const editor = fbPostEditor(page);
  await editor.click();
  return editor;
}

/** The time the content script shows for `until`: its formatter, in the page's own locale. */
const clockIn = (page: Page, until: number): Promise<string> =>
  page.evaluate(
    (at) => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(at),
    until,
  );

/** The time the popup shows for `until` (components/popup/words.ts formatTime). */
const clockInPopup = clockIn;

test.describe('pausing the guard', () => {
  // `page` first: its fixture clears extension storage, which would remove a pack installed before it.
  test.beforeEach(async ({ page, serviceWorker }) => {
    expect(page.url()).toBe('about:blank');
    await installPack(serviceWorker, testPack());
  });

  test('a pause on Facebook, set after the page loaded: badge says so, a flagged post goes out; Instagram stays guarded', async ({
    page,
    context,
    serviceWorker,
  }) => {
    await page.goto('https://www.facebook.com/');
    const until = Date.now() + TEN_MINUTES;
    await setPause(serviceWorker, 'facebook', until);

    const editor = await openFbEditor(page);
    await expect(badge(page)).toHaveAttribute('data-kind', 'paused');
    await expect(badge(page)).toContainText(`Guard paused until ${await clockIn(page, until)}`);
    await page.keyboard.type(FOUL);
    // Typing does not wake the guard while it is paused.
    await page.waitForTimeout(300);
    await expect(badge(page)).toHaveAttribute('data-kind', 'paused');
    expect(await draftOf(editor)).toBe(FOUL);
    await fbPostButton(page).click();
    await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);
    await expect(dialog(page)).toHaveCount(0);

    // The same moment on Instagram: still guarded.
    const insta = await context.newPage();
    try {
      await insta.goto('https://www.instagram.com/');
      await insta.locator('svg[aria-label="New post"]').click();
      const create = insta.getByRole('dialog', { name: 'Create new post' });
      const caption = create.locator('[aria-label="Write a caption..."][contenteditable="true"]');
      await caption.click();
      await insta.keyboard.type(FOUL);
      await expect(badge(insta)).toHaveAttribute('data-kind', 'warning');
      await create.getByRole('button', { name: 'Share', exact: true }).click();
      await expect(dialog(insta)).toContainText('Foul language');
      expect(await sent(insta)).toEqual([]);
      expect(await draftOf(caption)).toBe(FOUL);
    } finally {
      await insta.close();
    }
  });

  test('a pause already set when the page loads is honoured', async ({ page, serviceWorker }) => {
    const until = Date.now() + TEN_MINUTES;
    await setPause(serviceWorker, 'facebook', until);
    await page.goto('https://www.facebook.com/');
    await openFbEditor(page);
    await expect(badge(page)).toContainText(`Guard paused until ${await clockIn(page, until)}`);
    await page.keyboard.type(FOUL);
    await fbPostButton(page).click();
    await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);
    await expect(dialog(page)).toHaveCount(0);
  });

  test('the pause ends by itself: the guard stops a flagged draft again', async ({ page, serviceWorker }) => {
    await page.goto('https://www.facebook.com/');
    const editor = await openFbEditor(page);
    await setPause(serviceWorker, 'facebook', Date.now() + 3000);
    await expect(badge(page)).toHaveAttribute('data-kind', 'paused');
    await page.keyboard.type(FOUL);

    // Nobody touches anything: the badge turns back into a check of the draft as it is.
    await page.waitForTimeout(4000);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await expect(badge(page)).toContainText('1 thing to check before posting');
    await fbPostButton(page).click();
    await expect(dialog(page)).toContainText('Foul language');
    expect(await sent(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Edit' }).click();
    expect(await draftOf(editor)).toBe(FOUL);
  });

  test('from the popup: pause this site for 10 minutes, then resume now', async ({
    context,
    serviceWorker,
  }) => {
    const { page, tabId } = await newTrackedPage(context, serviceWorker);
    const popup = await openPopup(context, serviceWorker, tabId);
    try {
      await page.bringToFront();
      await page.goto('https://www.facebook.com/');
      await openFbEditor(page);
      await page.keyboard.type(FOUL);
      await expect(badge(page)).toHaveAttribute('data-kind', 'warning');

      await popup.bringToFront();
      await popup.reload();
      const status = popup.getByTestId('site-status');
      await expect(status).toHaveText('Checking your posts on Facebook');
      await expect(popup.getByTestId('pack-line')).toHaveText('Rule pack: Little Acorns Nursery, version 3');
      const before = Date.now();
      await popup.getByRole('button', { name: 'Pause on this site for 10 minutes' }).click();
      await expect(status).toHaveText(/^Paused on Facebook until /);
      const stored = await serviceWorker.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        return (await chrome.storage.local.get('pauses')).pauses as Record<string, number> | undefined;
      });
      const until = stored?.facebook ?? 0;
      expect(until).toBeGreaterThanOrEqual(before + TEN_MINUTES - 1000);
      expect(until).toBeLessThanOrEqual(Date.now() + TEN_MINUTES + 1000);
      expect(stored?.instagram).toBeUndefined();
      await expect(status).toHaveText(`Paused on Facebook until ${await clockInPopup(popup, until)}`);

      // The open Facebook page follows at once, without a reload.
      await page.bringToFront();
      await expect(badge(page)).toHaveAttribute('data-kind', 'paused');
      await expect(badge(page)).toContainText(`Guard paused until ${await clockIn(page, until)}`);
      await fbPostButton(page).click();
      await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);
      await expect(dialog(page)).toHaveCount(0);

      await popup.bringToFront();
      await popup.getByRole('button', { name: 'Resume now' }).click();
      await expect(status).toHaveText('Checking your posts on Facebook');
      await expect(popup.getByRole('button', { name: 'Pause on this site for 10 minutes' })).toBeVisible();

      await page.bringToFront();
      const again = await openFbEditor(page);
      await page.keyboard.type(FOUL);
      await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
      await fbPostButton(page).click();
      await expect(dialog(page)).toContainText('Foul language');
      expect(await sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);
      await dialog(page).getByRole('button', { name: 'Edit' }).click();
      expect(await draftOf(again)).toBe(FOUL);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  test('the pausePlatform and resumePlatform messages the popup sends: the open page follows live', async ({
    page,
    context,
    serviceWorker,
  }) => {
    await page.goto('https://www.facebook.com/');
    await openFbEditor(page);
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');

    // What the popup's buttons do (lib/popup/use-popup-data.ts), sent from one of our own pages.
    const ours = await context.newPage();
    try {
      await ours.goto(`chrome-extension://${extensionIdOf(serviceWorker)}/popup.html`);
      const send = (name: string, data: object) =>
        ours.evaluate(
          ([n, d]) =>
            (
              globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
            ).chrome.runtime.sendMessage({ name: n, data: d }),
          [name, data] as const,
        );
      const paused = (await send('pausePlatform', { platform: 'facebook', minutes: 10 })) as {
        pausedUntil: number;
      };
      expect(paused.pausedUntil).toBeGreaterThan(Date.now() + TEN_MINUTES - 5000);
      await expect(badge(page)).toContainText(
        `Guard paused until ${await clockIn(page, paused.pausedUntil)}`,
      );
      await fbPostButton(page).click();
      await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);
      await expect(dialog(page)).toHaveCount(0);

      expect(await send('resumePlatform', { platform: 'facebook' })).toEqual({ ok: true });
      const again = await openFbEditor(page);
      await page.keyboard.type(FOUL);
      await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
      await fbPostButton(page).click();
      await expect(dialog(page)).toContainText('Foul language');
      await dialog(page).getByRole('button', { name: 'Edit' }).click();
      expect(await draftOf(again)).toBe(FOUL);
      expect(await sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);
    } finally {
      await ours.close();
    }
  });
});
