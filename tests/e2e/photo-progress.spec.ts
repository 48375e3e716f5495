// "Checking photo…" (issue 6): Post pressed while a photo's check is still running holds the send
// with a progress dialog, for at most PHOTO_WAIT_MS, then lets a clean post through. The wait's
// bound and its timeout notice are covered exactly in lib/content/photo-send.test.ts (fake timers).
import { plainJpeg } from '../support/exif-gps';
import { expect, test } from './fixture';
import { dialog, installPack, typeInto } from './pages/guard';
import { expectSentAfterCheck, expectUploaded, photo } from './pages/photos';
import { testPack } from './pages/test-pack';
import { WALK, sent } from './replicas/expect-sent';

test.describe('photo guard, while a check runs', () => {
  // The first photo on a page loads the face and OCR models.
  test.describe.configure({ timeout: 60_000 });

  test.beforeEach(async ({ page, serviceWorker }) => {
    void page; // requested first: the page fixture clears storage
    await installPack(serviceWorker, testPack());
  });

  test('Post pressed straight after attaching a large photo shows "Checking photo…" with progress, then posts', async ({
    page,
  }) => {
    // 12 megapixels: decoding it and reading it for words takes seconds, not milliseconds.
    const large = photo('large.jpg', plainJpeg({ width: 4000, height: 3000 }));
    await page.goto('https://x.com/home');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]').first(), WALK);
    await page.locator('[data-testid="toolBar"] input[data-testid="fileInput"]').setInputFiles(large);
    await page.locator('[data-testid="tweetButtonInline"]').click();

    const waiting = page.getByRole('dialog', { name: 'Checking photo…', exact: true });
    await expect(waiting).toBeVisible();
    const bar = waiting.getByRole('progressbar', { name: 'Photo check', exact: true });
    await expect(bar).toHaveAttribute('aria-valuemin', '0');
    await expect(bar).toHaveAttribute('aria-valuemax', /^[1-9]\d*$/);
    await expect(waiting.getByRole('status')).toContainText('checks done');
    expect(await sent(page)).toEqual([]);

    // Nothing to find in a plain gradient: once checked (or after the wait), the post goes through.
    await expectSentAfterCheck(page, { surface: 'x.post', text: WALK });
    await expect(waiting).toHaveCount(0);
    await expect(dialog(page)).toHaveCount(0);
    await expectUploaded(page, 'x.post', large);
  });

  test('"Back to editing" ends the wait and sends nothing', async ({ page }) => {
    const large = photo('large.jpg', plainJpeg({ width: 4000, height: 3000 }));
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]').first();
    await typeInto(page, editor, WALK);
    await page.locator('[data-testid="toolBar"] input[data-testid="fileInput"]').setInputFiles(large);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    const waiting = page.getByRole('dialog', { name: 'Checking photo…', exact: true });
    await waiting.getByRole('button', { name: 'Back to editing', exact: true }).click();
    await expect(waiting).toHaveCount(0);
    await expect(editor).toBeFocused();
    await page.waitForTimeout(500);
    expect(await sent(page)).toEqual([]);
  });

  test('Messenger: a clean photo through "Photo/video" is checked and the message sent; Messenger gets the file', async ({
    page,
  }) => {
    const clean = photo('cake.jpg', plainJpeg({ width: 64, height: 48 }));
    await page.goto('https://www.facebook.com/messages/t/2003');
    const composer = page
      .locator('[role="main"] [aria-label="Thread composer"]')
      .filter({ has: page.locator('[aria-label="Message"]:visible') });
    await typeInto(page, composer.locator('[aria-label="Message"]'), WALK);
    await expect(composer.getByRole('button', { name: 'Photo/video', exact: true })).toBeVisible();
    await composer
      .locator('input[type="file"][multiple][accept="image/*,image/heif,image/heic,video/*"]')
      .setInputFiles(clean);
    await expectUploaded(page, 'facebook.messenger', clean);
    await page.keyboard.press('Enter');
    await expectSentAfterCheck(page, { surface: 'facebook.messenger', text: WALK });
  });
});
