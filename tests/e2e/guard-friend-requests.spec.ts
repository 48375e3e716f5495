// Friend requests: confirming a Facebook friend request from a listed parent gets the same kind of
// warning as a private message to them. Other requests, and every other "Confirm" on the page, are
// left alone.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixture';
import { dialog, installPack, sent } from './pages/guard';
import { testPack } from './pages/test-pack';

const REASON = 'Jane is my sister-in-law';

/** The Confirm button on the request card whose profile link is labelled `name`. */
const confirmFor = (scope: Locator, name: string): Locator =>
  scope.locator(`a[href*="profile_id="][aria-label="${name}"] + div [role="button"][aria-label="Confirm"]`);

const rail = (page: Page): Locator => page.getByRole('complementary');

const friendConfirms = async (page: Page) =>
  (await sent(page)).filter((entry) => entry.surface === 'facebook.friend-confirm');

test.describe('Facebook friend requests (confirm rule)', () => {
  // `page` first: its fixture clears extension storage, which would remove a pack installed before it.
  test.beforeEach(async ({ page, serviceWorker }) => {
    await installPack(serviceWorker, testPack());
    await page.goto('https://www.facebook.com/');
    await expect(confirmFor(rail(page), 'Jane Smith')).toBeVisible();
  });

  test('Confirm on a listed parent: the warning, Edit leaves the request, a reason confirms it once', async ({
    page,
  }) => {
    const confirm = confirmFor(rail(page), 'Jane Smith');
    await confirm.click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toHaveAttribute('data-action', 'confirm');
    await expect(dialog(page).getByRole('heading', { name: 'Before you confirm' })).toBeVisible();
    await expect(dialog(page)).toContainText('This friend request has 1 thing to check');
    await expect(dialog(page)).toContainText('Private message to a parent');
    await expect(dialog(page)).toContainText('Jane Smith is listed as a parent or family member');
    await expect(dialog(page)).toContainText("Not to send private messages to any parent's/family members");
    // The page's own Confirm handler did not run.
    expect(await friendConfirms(page)).toEqual([]);

    await dialog(page).getByRole('button', { name: 'Edit' }).click();
    await expect(dialog(page)).toHaveCount(0);
    expect(await friendConfirms(page)).toEqual([]);
    await expect(confirm).toBeVisible();

    await confirm.click();
    const anyway = dialog(page).getByRole('button', { name: 'Confirm anyway' });
    await expect(anyway).toBeDisabled();
    await dialog(page).getByLabel('Why does this need to go out as it is?').fill(REASON);
    await expect(anyway).toBeEnabled();
    await anyway.click();
    await expect(dialog(page)).toHaveCount(0);
    await expect
      .poll(() => friendConfirms(page))
      .toEqual([{ surface: 'facebook.friend-confirm', text: 'Jane Smith' }]);
    await expect(rail(page)).toContainText('Request accepted');
    await page.waitForTimeout(500);
    expect(await sent(page)).toEqual([{ surface: 'facebook.friend-confirm', text: 'Jane Smith' }]);
  });

  test('Confirm pressed from the keyboard on a listed parent is stopped too', async ({ page }) => {
    const confirm = confirmFor(rail(page), 'Jane Smith');
    await confirm.focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toContainText('Private message to a parent');
    expect(await friendConfirms(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    expect(await friendConfirms(page)).toEqual([]);
  });

  test('Confirm on someone not in the pack runs at once, with no dialog', async ({ page }) => {
    await confirmFor(rail(page), 'Olu Adebayo').click();
    await expect
      .poll(() => sent(page))
      .toEqual([{ surface: 'facebook.friend-confirm', text: 'Olu Adebayo' }]);
    await expect(dialog(page)).toHaveCount(0);
    await expect(rail(page)).toContainText('Request accepted');
  });

  test('the "Leave group?" Confirm is not a friend request: it runs, with no dialog', async ({ page }) => {
    await page.getByRole('dialog', { name: 'Leave group?' }).getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.other-confirm', text: '' }]);
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByText('You left Riverside Walkers.')).toBeVisible();
  });

  test('on the Friend requests page reached in-app, the same warning', async ({ page }) => {
    const pageId = await page.evaluate(() => window.__pageId);
    await page
      .getByRole('navigation', { name: 'Facebook' })
      .getByRole('link', { name: 'Friend requests' })
      .click();
    await expect(page).toHaveURL(/\/friends\/requests$/);
    const main = page.getByRole('main');
    await confirmFor(main, 'Jane Smith').click();
    await expect(dialog(page)).toContainText('Private message to a parent');
    expect(await friendConfirms(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Edit' }).click();
    await confirmFor(main, 'Olu Adebayo').click();
    await expect
      .poll(() => sent(page))
      .toEqual([{ surface: 'facebook.friend-confirm', text: 'Olu Adebayo' }]);
    expect(await page.evaluate(() => window.__pageId)).toBe(pageId);
  });
});

test.describe('Facebook friend requests (block rule)', () => {
  test.beforeEach(async ({ page, serviceWorker }) => {
    await installPack(serviceWorker, testPack({ 'parent-contact': { severity: 'block' } }));
    await page.goto('https://www.facebook.com/');
    await expect(confirmFor(rail(page), 'Jane Smith')).toBeVisible();
  });

  test('no way to confirm a listed parent; the dialog names who to ask', async ({ page }) => {
    const confirm = confirmFor(rail(page), 'Jane Smith');
    await confirm.click();
    await expect(dialog(page)).toHaveAttribute('data-action', 'block');
    await expect(dialog(page)).toContainText('This friend request cannot be sent as it is');
    await expect(dialog(page)).toContainText('Your setting does not allow this to be sent.');
    await expect(dialog(page)).toContainText(
      'Ask Dipaley Patel (manager) or Morgan Price (safeguarding lead).',
    );
    await expect(dialog(page).getByRole('button', { name: /anyway/ })).toHaveCount(0);
    await expect(dialog(page).getByLabel('Why does this need to go out as it is?')).toHaveCount(0);
    expect(await friendConfirms(page)).toEqual([]);

    await dialog(page).getByRole('button', { name: 'Back to editing' }).click();
    await expect(dialog(page)).toHaveCount(0);
    // Asking again gets the same answer, and the page's handler never runs.
    await confirm.click();
    await expect(dialog(page)).toHaveAttribute('data-action', 'block');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(await friendConfirms(page)).toEqual([]);
    await expect(confirm).toBeVisible();

    // Other requests still go through.
    await confirmFor(rail(page), 'Olu Adebayo').click();
    await expect
      .poll(() => sent(page))
      .toEqual([{ surface: 'facebook.friend-confirm', text: 'Olu Adebayo' }]);
  });
});
