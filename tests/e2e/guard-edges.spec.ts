// The guard's edges: a site that ignores our replayed send, Enter variants that are not sends, and
// a text box only the generic fallback knows.
import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { badge, dialog, installPack, sent } from './pages/guard';
import { editorText } from './pages/surfaces';
import { testPack } from './pages/test-pack';

const FOUL = 'What a shit day that was';

test.beforeEach(async ({ page, serviceWorker }) => {
  expect(page.url()).toBe('about:blank'); // the page fixture, which empties storage, runs first
  await installPack(serviceWorker, testPack());
});

test('when the site ignores the replayed send, the dialog says so and the next press goes through once', async ({
  page,
}) => {
  await page.goto('https://www.facebook.com/riversidewalkers');
  const editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
  const post = page.locator('[role="dialog"] [aria-label="Post"][role="button"]');
  await editor.click();
  await page.keyboard.type(FOUL);
  await post.click();
  await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect(dialog(page)).toContainText('The site did not accept the resend');
  expect(await sent(page)).toEqual([]);
  expect(await editorText(editor)).toBe(FOUL);

  await dialog(page).getByRole('button', { name: 'Edit' }).click();
  await post.click(); // a real, trusted click: unguarded this once
  await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.page-post', text: FOUL }]);
  await expect(dialog(page)).toHaveCount(0);

  await editor.click();
  await page.keyboard.type(FOUL);
  await post.click(); // and guarded again after that
  await expect(dialog(page)).toBeVisible();
});

async function messengerWith(page: Page, text: string) {
  await page.goto('https://www.facebook.com/messages/t/2003');
  const editor = page.locator('[role="main"] [aria-label="Thread composer"] [aria-label="Message"]:visible');
  await editor.click();
  await page.keyboard.type(text);
  await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
  return editor;
}

test('Shift+Enter is a new line, not a send', async ({ page }) => {
  const editor = await messengerWith(page, FOUL);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('again');
  await expect(dialog(page)).toHaveCount(0);
  expect(await editorText(editor)).toBe(`${FOUL}\nagain`);
  expect(await sent(page)).toEqual([]);
});

test('Enter that ends an IME composition is not a send', async ({ page }) => {
  const editor = await messengerWith(page, FOUL);
  // Playwright cannot drive a real input method, so the key event an IME produces is dispatched.
  await editor.evaluate((el) =>
    el.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        keyCode: 229,
        isComposing: true,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    ),
  );
  await page.waitForTimeout(300);
  await expect(dialog(page)).toHaveCount(0);
});

test('Enter picks a mention while the typeahead is open', async ({ page }) => {
  await page.goto('https://www.facebook.com/');
  const editor = page.locator('[aria-label="Write a comment…"][data-lexical-editor="true"]').first();
  await editor.click();
  await page.keyboard.type('What a shit day @Sa');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
  await expect.poll(() => editorText(editor)).toContain('Sam Taylor');
  await page.keyboard.press('Enter'); // now the picker is closed: this is a send, and it is checked
  await expect(dialog(page)).toBeVisible();
  expect(await sent(page)).toEqual([]);
});

test('on X, Enter is a new line in a post; Ctrl+Enter posts and is checked', async ({ page }) => {
  await page.goto('https://x.com/home');
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  await page.keyboard.type(FOUL);
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toBeVisible();
  expect(await sent(page)).toEqual([]);
});

test('a text box only the generic fallback knows: the badge warns, the send is never stopped', async ({
  page,
}) => {
  await page.goto('https://www.facebook.com/recommend');
  await page.getByLabel('Write a recommendation').click();
  await page.keyboard.type(FOUL);
  await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
  await page.getByRole('button', { name: 'Recommend' }).click();
  await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.review', text: FOUL }]);
  await expect(dialog(page)).toHaveCount(0);
});

test('flagged words are painted with the Custom Highlight API, and nothing is added to the editor', async ({
  page,
}) => {
  await page.goto('https://www.facebook.com/');
  await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
  const editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
  await editor.click();
  const before = await editor.evaluate((el) => el.innerHTML);
  await page.keyboard.type(FOUL);
  await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
  const painted = await page.evaluate(() => {
    const highlight = CSS.highlights.get('staff-social-guard-flag');
    return highlight ? [...(highlight as unknown as Iterable<Range>)].map((range) => range.toString()) : null;
  });
  expect(painted).toEqual(['shit']);
  // The editor holds only what Lexical itself renders: our marks never enter it.
  const html = await editor.evaluate((el) => el.innerHTML);
  expect(html).not.toMatch(/mark|staff-social-guard|ssg-/);
  expect(before).not.toMatch(/staff-social-guard/);
  expect(await editorText(editor)).toBe(FOUL);
});
