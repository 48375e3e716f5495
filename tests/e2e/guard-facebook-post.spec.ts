import { expect, test } from './fixture';
import { badge, dialog, installPack, sent, typeInto } from './pages/guard';
import { testPack } from './pages/test-pack';

const DRAFT = 'Such a lovely day at Little Acorns Nursery';

test.describe('Facebook post composer', () => {
  test.beforeEach(async ({ page, serviceWorker }) => {
    await installPack(serviceWorker, testPack());
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
  });

  const editorOf = (page: import('@playwright/test').Page) =>
    page.getByRole('dialog', { name: 'Create post' }).locator('[data-lexical-editor="true"]');
  const postButton = (page: import('@playwright/test').Page) =>
    page.getByRole('dialog', { name: 'Create post' }).locator('div[aria-label="Post"][role="button"]');

  test('shows a live badge, then stops Post with the findings', async ({ page }) => {
    const editor = editorOf(page);
    await typeInto(page, editor, DRAFT);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await expect(badge(page)).toContainText('to check before posting');

    await postButton(page).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText('Names the setting');
    await expect(dialog(page).locator('mark').first()).toHaveText(/Little Acorns Nursery/);
    expect(await sent(page)).toEqual([]);

    await dialog(page).getByRole('button', { name: 'Edit' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(editor).toBeFocused();
    await expect(editor).toHaveText(DRAFT);
    expect(await sent(page)).toEqual([]);

    await postButton(page).click();
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: DRAFT }]);
  });

  test('lets a clean post straight through', async ({ page }) => {
    const text = 'Lovely sunny walk by the river today';
    await typeInto(page, editorOf(page), text);
    await expect(badge(page)).toHaveAttribute('data-kind', 'clear');
    await postButton(page).click();
    await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text }]);
    await expect(dialog(page)).toHaveCount(0);
  });
});
