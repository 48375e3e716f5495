// Single-page navigation: the guard keeps working as the sites change route with pushState (no page
// load), and as composers open, close and open again with new editors.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixture';
import { badge, dialog, installPack, sent } from './pages/guard';
import { draftOf } from './pages/read-draft';
import { testPack } from './pages/test-pack';

const FOUL = 'What a shit day';
const CLEAN = 'Lovely sunny walk by the river today';

const pageIdOf = (page: Page) => page.evaluate(() => window.__pageId);

const fbNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Facebook' });
const fbComposer = (page: Page): Locator => page.getByRole('dialog', { name: 'Create post' });
const fbPostEditor = (page: Page): Locator => fbComposer(page).locator('[data-lexical-editor="true"]');
const fbPostButton = (page: Page): Locator =>
  fbComposer(page).locator('div[aria-label="Post"][role="button"]');
const openFbComposer = (page: Page) =>
  page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();

/** Presses the dialog's Edit and checks the draft came back untouched. */
async function editAndKeep(page: Page, editor: Locator, text: string): Promise<void> {
  await dialog(page).getByRole('button', { name: 'Edit' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(editor).toBeFocused();
  expect(await draftOf(editor)).toBe(text);
}

test.describe('single-page navigation', () => {
  // `page` first: its fixture clears extension storage, which would remove a pack installed before it.
  test.beforeEach(async ({ page, serviceWorker }) => {
    expect(page.url()).toBe('about:blank');
    await installPack(serviceWorker, testPack());
  });

  test('Facebook: Home → Messages → back Home → post composer, all without a page load', async ({ page }) => {
    await page.goto('https://www.facebook.com/');
    const pageId = await pageIdOf(page);
    expect(pageId).toMatch(/^[a-z0-9]+$/);

    await fbNav(page).getByRole('link', { name: 'Messages: Chris Evans' }).click();
    await expect(page).toHaveURL('https://www.facebook.com/messages/t/2003/');
    await expect(page.getByRole('main').locator('h3')).toHaveText('Chris Evans');
    const message = page.getByRole('main').getByRole('textbox', { name: 'Message' });
    await message.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toContainText('Foul language');
    await expect(dialog(page).locator('mark')).toHaveText(['shit']);
    expect(await sent(page)).toEqual([]);
    await editAndKeep(page, message, FOUL);

    // Another thread, in-app: the new thread's composer is guarded as well.
    await page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: 'Priya Shah' }).click();
    await expect(page.getByRole('main').locator('h3')).toHaveText('Priya Shah');
    await message.click();
    await page.keyboard.type(FOUL);
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toContainText('Foul language');
    await editAndKeep(page, message, FOUL);

    // Back to Home with the browser's back button (popstate), twice.
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL('https://www.facebook.com/');
    await openFbComposer(page);
    const editor = fbPostEditor(page);
    await editor.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await fbPostButton(page).click();
    await expect(dialog(page)).toContainText('Foul language');
    await editAndKeep(page, editor, FOUL);
    expect(await sent(page)).toEqual([]);

    // And Home by the in-app link from Messages again.
    await fbNav(page).getByRole('link', { name: 'Messages: Chris Evans' }).click();
    await expect(page.getByRole('main').locator('h3')).toHaveText('Chris Evans');
    await fbNav(page).getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL('https://www.facebook.com/');
    await openFbComposer(page);
    await fbPostEditor(page).click();
    await page.keyboard.type(FOUL);
    await fbPostButton(page).click();
    await expect(dialog(page)).toContainText('Foul language');
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);

    expect(await pageIdOf(page)).toBe(pageId);
  });

  test('X: /home → X Chat (shadow root appears after navigation) → Send is guarded', async ({ page }) => {
    await page.goto('https://x.com/home');
    const pageId = await pageIdOf(page);
    await page.getByRole('link', { name: 'Chat with Chris Evans' }).click();
    await expect(page).toHaveURL('https://x.com/i/chat/4002');
    const box = page.getByTestId('dm-composer-textarea');
    await box.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await page.getByTestId('dm-composer-send-button').click();
    await expect(dialog(page)).toContainText('Foul language');
    expect(await sent(page)).toEqual([]);
    await editAndKeep(page, box, FOUL);

    // Back to /home in-app: the Draft.js post box is guarded too.
    await page.getByTestId('AppTabBar_Home_Link').click();
    await expect(page).toHaveURL('https://x.com/home');
    const post = page.locator('[data-testid="tweetTextarea_0"]');
    await post.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await page.keyboard.press('Control+Enter');
    await expect(dialog(page)).toContainText('Foul language');
    await editAndKeep(page, post, FOUL);
    expect(await sent(page)).toEqual([]);
    expect(await pageIdOf(page)).toBe(pageId);
  });

  test('X: /home → X Chat → Enter is guarded', async ({ page }) => {
    await page.goto('https://x.com/home');
    const pageId = await pageIdOf(page);
    await page.getByRole('link', { name: 'Chat with Chris Evans' }).click();
    const box = page.getByTestId('dm-composer-textarea');
    await box.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toContainText('Foul language');
    expect(await sent(page)).toEqual([]);
    await editAndKeep(page, box, FOUL);
    expect(await pageIdOf(page)).toBe(pageId);
  });

  test('Facebook: a composer that closes and reopens gets a new, guarded editor', async ({ page }) => {
    await page.goto('https://www.facebook.com/');
    await openFbComposer(page);
    await fbPostEditor(page).click();
    await page.keyboard.type(CLEAN);
    await expect(badge(page)).toHaveAttribute('data-kind', 'clear');
    await fbPostButton(page).click();
    await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: CLEAN }]);
    await expect(fbComposer(page)).toHaveCount(0);
    await expect(dialog(page)).toHaveCount(0);

    await openFbComposer(page);
    const editor = fbPostEditor(page);
    await editor.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await expect(badge(page)).toHaveAttribute('data-shown', 'true');
    await expect(badge(page)).toContainText('1 thing to check before posting');
    await fbPostButton(page).click();
    await expect(dialog(page)).toContainText('Foul language');
    await editAndKeep(page, editor, FOUL);

    // Closed with ×, reopened: the replica starts a fresh editor; it is guarded as well.
    await fbComposer(page).getByRole('button', { name: 'Close' }).click();
    await expect(fbComposer(page)).toHaveCount(0);
    await openFbComposer(page);
    const fresh = fbPostEditor(page);
    await fresh.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await fbPostButton(page).click();
    await expect(dialog(page)).toContainText('Foul language');
    await editAndKeep(page, fresh, FOUL);
    expect(await sent(page)).toEqual([{ surface: 'facebook.post', text: CLEAN }]);
  });

  test('Instagram: the New post dialog closes and reopens; Direct reached in-app is guarded', async ({
    page,
  }) => {
    await page.goto('https://www.instagram.com/');
    const pageId = await pageIdOf(page);
    const newPost = page.locator('svg[aria-label="New post"]');
    const create = page.getByRole('dialog', { name: 'Create new post' });
    const caption = create.locator('[aria-label="Write a caption..."][contenteditable="true"]');

    await newPost.click();
    await caption.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await create.getByRole('button', { name: 'Close' }).click();
    await expect(create).toHaveCount(0);

    await newPost.click();
    await caption.click();
    await page.keyboard.type(FOUL);
    await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
    await create.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(dialog(page)).toContainText('Foul language');
    await editAndKeep(page, caption, FOUL);
    await create.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('link', { name: 'Message Chris Evans' }).click();
    await expect(page).toHaveURL('https://www.instagram.com/direct/t/3002/');
    const dm = page.locator('[role="textbox"][aria-placeholder="Message..."][data-lexical-editor="true"]');
    await dm.click();
    await page.keyboard.type(FOUL);
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toContainText('Foul language');
    await editAndKeep(page, dm, FOUL);
    expect(await sent(page)).toEqual([]);
    expect(await pageIdOf(page)).toBe(pageId);
  });
});
