import { expect, test } from './fixture';

const HOST = 'staff-social-guard';

test.describe('on the Facebook replica', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('https://www.facebook.com/');
  });

  test('shows our status inside our own open shadow root', async ({ page }) => {
    const status = page.getByRole('status');
    await expect(status).toHaveText('Staff Social Guard is on');
    await expect(status).toHaveAttribute('data-testid', 'guard-status');
    // The component's CSS reached the shadow root (cssInjectionMode: 'ui').
    await expect(status).toHaveCSS('position', 'fixed');

    const inShadow = await page.evaluate((host) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelector('[data-testid="guard-status"]');
      return el?.textContent ?? null;
    }, HOST);
    expect(inShadow).toBe('Staff Social Guard is on');
  });

  test('keeps our element out of reach of the page', async ({ page }) => {
    await expect(page.getByRole('status')).toBeVisible();
    const fromPage = await page.evaluate(() => ({
      byTestId: document.querySelector('[data-testid="guard-status"]'),
      byRole: document.querySelector('[role="status"]'),
      hosts: document.querySelectorAll('staff-social-guard').length,
    }));
    expect(fromPage).toEqual({ byTestId: null, byRole: null, hosts: 1 });
  });

  test('leaves the Lexical post composer working', async ({ page }) => {
    await expect(page.getByRole('status')).toBeVisible();
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    const editor = dialog.locator('[role="textbox"][contenteditable="true"][data-lexical-editor="true"]');
    await expect(editor).toHaveAccessibleName("What's on your mind, Sam?");

    await editor.click();
    await page.keyboard.type('Lovely afternoon in the garden');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Home time soon!');
    // Lexical, not a bare contenteditable, rendered what we typed: one text span per line.
    await expect(editor.locator('span[data-lexical-text="true"]')).toHaveText([
      'Lovely afternoon in the garden',
      'Home time soon!',
    ]);
    await dialog.locator('div[aria-label="Post"][role="button"]').click();

    await expect(dialog).toBeHidden();
    expect(await page.evaluate(() => window.__posted)).toEqual([
      'Lovely afternoon in the garden\nHome time soon!',
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
