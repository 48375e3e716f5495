// The replicas' contract beyond single sends: page handlers accept synthetic events and yield to a
// window capture listener (shared/notes/sites.md §5 P3/P4), and in-app links route with pushState
// without a document load (§5 P6).
import { expect, test } from './fixture';
import { LATER, WALK, expectSent, sent } from './replicas/expect-sent';

test('the page handlers accept synthetic events, and a window capture listener pre-empts them', async ({
  page,
}) => {
  await page.goto('https://x.com/i/chat/4002');
  await page.getByTestId('dm-composer-textarea').fill(WALK);
  await page.getByTestId('dm-composer-send-button').evaluate((button: HTMLElement) => button.click());
  await page.locator('nav').getByRole('link', { name: 'Home' }).click();
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(LATER);
  const enter = (el: HTMLElement, init: KeyboardEventInit) =>
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }),
    );
  await page.locator('[data-testid="tweetTextarea_0"]').evaluate(enter, { ctrlKey: true });
  await expectSent(page, { surface: 'x.chat', text: WALK }, { surface: 'x.post', text: LATER });

  await page.goto('https://www.facebook.com/messages/t/2003/');
  const box = page.getByRole('main').getByRole('textbox', { name: 'Message' });
  await box.click();
  await page.keyboard.type(WALK);
  await page.evaluate(() =>
    window.addEventListener(
      'keydown',
      (event) => {
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true, once: true },
    ),
  );
  await page.keyboard.press('Enter');
  expect(await sent(page)).toEqual([]);
  await box.evaluate(enter, {});
  await expectSent(page, { surface: 'facebook.messenger', text: WALK });
});

test('nav links change the route without a page load on every replica', async ({ page }) => {
  const routes = [
    [
      'https://www.facebook.com/',
      'Messages: Priya Shah',
      '/messages/t/2002/',
      '[role="main"] h3',
      'Priya Shah',
    ],
    [
      'https://www.instagram.com/',
      'Message Chris Evans',
      '/direct/t/3002/',
      '[aria-label="Open the details pane of the chat"] span',
      'Chris Evans',
    ],
    [
      'https://x.com/home',
      'Chat with Chris Evans',
      '/i/chat/4002',
      '[data-testid="dm-conversation-username"]',
      'Chris Evans',
    ],
  ] as const;
  for (const [start, link, path, heading, name] of routes) {
    await page.goto(start);
    const pageId = await page.evaluate(() => window.__pageId);
    expect(pageId).toMatch(/^[a-z0-9]+$/);
    await page.getByRole('link', { name: link }).click();
    await expect(page.locator(heading)).toHaveText(name);
    expect(await page.evaluate(() => location.pathname)).toBe(path);
    await page.goBack();
    await expect(page.locator(heading)).toHaveCount(0);
    expect(await page.evaluate(() => location.href)).toBe(start);
    await page.goForward();
    await expect(page.locator(heading)).toHaveText(name);
    expect(await page.evaluate(() => window.__pageId)).toBe(pageId);
  }
  // Links inside X Chat's shadow root route the outer app too.
  await page.getByRole('option', { name: 'Jane Smith' }).click();
  await expect(page).toHaveURL('https://x.com/i/chat/4001');
  await expect(page.getByTestId('dm-conversation-username')).toHaveText('Jane Smith');
});
