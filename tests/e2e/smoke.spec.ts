import { expect, test } from './fixture';
import { badge } from './pages/guard';

const HOST = 'staff-social-guard';

test.describe('on the Facebook replica', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('https://www.facebook.com/');
  });

  test('mounts our UI in our own open shadow root, out of reach of page queries', async ({ page }) => {
    await page.locator(HOST).waitFor({ state: 'attached' });
    const fromPage = await page.evaluate(
      (host) => ({
        hosts: document.querySelectorAll(host).length,
        shadow: document.querySelector(host)?.shadowRoot !== null,
        byTestId: document.querySelector('[data-testid="guard-badge"]'),
        byRole: document.querySelector('[role="alertdialog"]'),
      }),
      HOST,
    );
    expect(fromPage).toEqual({ hosts: 1, shadow: true, byTestId: null, byRole: null });
  });

  test('shows the badge beside the composer the person is in, styled from our shadow root', async ({
    page,
  }) => {
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
    await page.getByRole('dialog', { name: 'Create post' }).locator('[data-lexical-editor="true"]').click();
    await expect(badge(page)).toHaveAttribute('data-kind', 'clear');
    await expect(badge(page)).toHaveText('Staff Social Guard · Looks fine');
    // The component's CSS reached the shadow root (cssInjectionMode: 'ui'), and it never takes the pointer.
    await expect(badge(page)).toHaveCSS('position', 'fixed');
    await expect(badge(page)).toHaveCSS('pointer-events', 'none');
  });

  test('leaves the Lexical post composer working', async ({ page }) => {
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    const editor = dialog.locator('[role="textbox"][contenteditable="true"][data-lexical-editor="true"]');
    await expect(editor).toHaveAccessibleName("What's on your mind, Sam?");

    await editor.click();
    await page.keyboard.type('Lovely afternoon in the garden');
    // Enter is a new line in the post composer; the guard leaves it alone.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Off to the beach next week!');
    await expect(editor.locator('span[data-lexical-text="true"]')).toHaveText([
      'Lovely afternoon in the garden',
      'Off to the beach next week!',
    ]);
    await dialog.locator('div[aria-label="Post"][role="button"]').click();

    await expect(dialog).toBeHidden();
    expect(await page.evaluate(() => window.__posted)).toEqual([
      'Lovely afternoon in the garden\nOff to the beach next week!',
    ]);
  });
});

test('does not run on other sites', async ({ page }) => {
  await page.route('https://example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Example</title><p>Example</p>' }),
  );
  await page.goto('https://example.org/');
  await page.waitForLoadState('load');
  // Give a content script (were one injected) time to mount, as it does on the replica.
  await page.waitForTimeout(750);
  expect(await page.evaluate((host) => document.querySelectorAll(host).length, HOST)).toBe(0);
});
