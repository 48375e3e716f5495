// Drives each Facebook and Messenger replica surface with real keyboard input, with the extension
// loaded, and checks that the page's own submit handler ran (window.__sent). The replicas follow
// shared/notes/sites.md; Instagram and X are in replicas-instagram-x.spec.ts, SPA routing and
// synthetic events in replicas-spa.spec.ts.
import { expect, test } from './fixture';
import { LATER, WALK, expectSent, sent } from './replicas/expect-sent';

test.describe('Facebook replica', () => {
  test('posts from the Create post dialog', async ({ page }) => {
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    await dialog.getByRole('textbox', { name: "What's on your mind, Sam?" }).click();
    await page.keyboard.type(WALK);
    await dialog.locator('div[aria-label="Post"][role="button"]').click();
    await expectSent(page, { surface: 'facebook.post', text: WALK });
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('feed')).toContainText(WALK);
  });

  test('comments on Enter, keeps Shift+Enter as a line break, and the under-post action only focuses', async ({
    page,
  }) => {
    await page.goto('https://www.facebook.com/');
    const post = page.getByRole('article').filter({ hasText: 'Beautiful morning at the lake' });
    const box = post.getByRole('textbox', { name: 'Write a comment…' });
    await expect(box).toHaveAttribute('data-lexical-editor', 'true');
    await post.getByRole('button', { name: 'Comment', exact: true }).filter({ hasText: 'Comment' }).click();
    await expect(box).toBeFocused();
    await page.keyboard.type(WALK);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(LATER);
    await post.getByRole('button', { name: 'Comment', exact: true }).filter({ hasText: 'Comment' }).click();
    expect(await sent(page)).toEqual([]);
    await box.click();
    await page.keyboard.press('Enter');
    await expectSent(page, { surface: 'facebook.comment', text: `${WALK}\n${LATER}` });
    await expect(box).toHaveText('');
    await expect(post.getByRole('article', { name: 'Comment by Sam Taylor' })).toContainText(LATER);

    // The send arrow inside the composer appears with text and submits.
    const arrow = post.locator('.comment-composer [aria-label="Comment"][role="button"]');
    await expect(arrow).toHaveCount(0);
    await page.keyboard.type('Gorgeous');
    await arrow.click();
    await expect
      .poll(async () => (await sent(page)).at(-1))
      .toEqual({ surface: 'facebook.comment', text: 'Gorgeous' });
  });

  test('lets Enter pick a mention while the typeahead is open, without sending', async ({ page }) => {
    await page.goto('https://www.facebook.com/');
    const box = page.getByRole('textbox', { name: 'Write a comment…' });
    await box.click();
    await page.keyboard.type('Thanks @Sa');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['Sam Taylor', 'Sarah Jones']);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.type('for the photos @Pr');
    await expect(page.getByRole('option', { name: 'Priya Shah' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expectSent(page, { surface: 'facebook.comment', text: 'Thanks Sam Taylor for the photos @Pr' });
  });

  test('sends in Messenger on Enter and with the send control', async ({ page }) => {
    // Threads with people the test pack does not list as parents, so a loaded pack would not object.
    await page.goto('https://www.facebook.com/messages/t/2003/');
    const main = page.getByRole('main');
    await expect(main.locator('h3')).toHaveText('Chris Evans');
    const grid = main.locator('[role="grid"][aria-label="Messages in conversation with Chris Evans"]');
    const box = main.getByRole('textbox', { name: 'Message' });
    await expect(box).toHaveAttribute('aria-placeholder', 'Aa');
    // The hidden pane's composer is in the DOM too, as on the real page.
    await expect(page.locator('[aria-label="Thread composer"] [aria-label="Message"]')).toHaveCount(2);
    await box.click();
    await page.keyboard.type(WALK);
    await page.keyboard.press('Enter');
    await expectSent(page, { surface: 'facebook.messenger', text: WALK });
    await expect(box).toHaveText('');
    await expect(
      grid.locator(`[aria-label^="Enter, Message sent"][aria-label$="by You: ${WALK}"]`),
    ).toHaveCount(1);

    await page.goto('https://www.facebook.com/messages/e2ee/t/2002');
    await expect(page.getByRole('grid', { name: 'Messages in conversation with Priya Shah' })).toBeVisible();
    await page.getByRole('main').getByRole('textbox', { name: 'Message' }).click();
    await page.keyboard.type(LATER);
    await page
      .locator('[aria-label="Thread composer"] div[aria-label="Press enter to send"][role="button"]')
      .click();
    await expectSent(page, { surface: 'facebook.messenger', text: LATER });
  });

  test('sends in Messenger on messenger.com', async ({ page }) => {
    await page.goto('https://www.messenger.com/t/2002');
    await expect(page.getByRole('grid', { name: 'Messages in conversation with Priya Shah' })).toBeVisible();
    await page.getByRole('main').getByRole('textbox', { name: 'Message' }).click();
    await page.keyboard.type(WALK);
    await page.keyboard.press('Enter');
    await expectSent(page, { surface: 'facebook.messenger', text: WALK });
  });

  test('confirms a friend request, and tells it from another Confirm', async ({ page }) => {
    await page.goto('https://www.facebook.com/');
    const rail = page.getByRole('complementary');
    await expect(
      rail.locator('a[href="/friends/requests/?profile_id=1001"][aria-label="Jane Smith"]'),
    ).toBeVisible();
    const confirm = page.locator('div[aria-label="Confirm"][role="button"]');
    const olu = rail
      .locator('div')
      .filter({ has: page.locator('a[href="/friends/requests/?profile_id=1002"][aria-label="Olu Adebayo"]') })
      .filter({ has: confirm })
      .last();
    await expect(olu.locator('div[aria-label="Delete"][role="button"]')).toBeVisible();
    await olu.locator(confirm).click();
    await expect(olu).toContainText('Request accepted');
    await page.getByRole('dialog', { name: 'Leave group?' }).getByRole('button', { name: 'Confirm' }).click();
    await expectSent(
      page,
      { surface: 'facebook.friend-confirm', text: 'Olu Adebayo' },
      { surface: 'facebook.other-confirm', text: '' },
    );
  });
});
