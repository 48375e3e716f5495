import type { Locator, Page } from '@playwright/test';

/** The Facebook replica's "Create post" dialog, its editor and its Post button. */
export const fbComposer = (page: Page): Locator => page.getByRole('dialog', { name: 'Create post' });
export const fbPostButton = (page: Page): Locator =>
  fbComposer(page).locator('div[aria-label="Post"][role="button"]');

/** Opens the composer from the feed and puts the caret in its editor. */
export async function openFbEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
  const editor = fbComposer(page).locator('[data-lexical-editor="true"]');
  await editor.click();
  return editor;
}
