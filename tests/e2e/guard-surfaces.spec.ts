// Every surface the guard enforces, on its replica: the live badge, the stopped send, each choice in
// the dialog, whether the site's own submit handler ran, and the draft unchanged on every path.
import { expect, test } from './fixture';
import { badge, dialog, installPack, sent } from './pages/guard';
import { describeCase, editorText, pressSend, SURFACES, type SurfaceCase } from './pages/surfaces';
import { testPack } from './pages/test-pack';

const CLEAN = 'Lovely sunny walk by the river today';
const FOUL = 'What a shit day that was';
const CHILD = 'Amelia Smith was so brave today';

async function start(page: import('@playwright/test').Page, c: SurfaceCase) {
  await page.goto(c.url);
  await c.open?.(page);
  const editor = c.editor(page);
  await editor.click();
  return editor;
}

for (const c of SURFACES) {
  test.describe(describeCase(c), () => {
    // `page` is asked for here so that its fixture (which empties extension storage) runs first.
    test.beforeEach(async ({ page, serviceWorker }) => {
      expect(page.url()).toBe('about:blank');
      await installPack(serviceWorker, testPack());
    });

    test('a clean draft: the badge says so and the send goes straight through', async ({ page }) => {
      const editor = await start(page, c);
      await page.keyboard.type(CLEAN);
      await expect(badge(page)).toHaveAttribute('data-kind', 'clear');
      await pressSend(page, c);
      await expect.poll(() => sent(page)).toEqual([{ surface: c.id, text: CLEAN }]);
      await expect(dialog(page)).toHaveCount(0);
      // The site took the draft: its composer closed, or its editor is empty again.
      await expect
        .poll(async () => (await editor.count()) === 0 || (await editorText(editor)) === '')
        .toBe(true);
    });

    test('a flagged draft: warning badge; Edit keeps the text; "anyway" sends it once', async ({ page }) => {
      const editor = await start(page, c);
      await page.keyboard.type(FOUL);
      await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
      await pressSend(page, c);
      await expect(dialog(page)).toContainText('Foul language');
      await expect(dialog(page).locator('mark')).toHaveText(['shit']);
      expect(await sent(page)).toEqual([]);

      await dialog(page).getByRole('button', { name: 'Edit' }).click();
      await expect(dialog(page)).toHaveCount(0);
      await expect(editor).toBeFocused();
      expect(await editorText(editor)).toBe(FOUL);
      expect(await sent(page)).toEqual([]);

      await pressSend(page, c);
      await dialog(page)
        .getByRole('button', { name: `${c.verb} anyway` })
        .click();
      await expect.poll(() => sent(page)).toEqual([{ surface: c.id, text: FOUL }]);
      await expect(dialog(page)).toHaveCount(0);
    });

    test('a confirm rule: sending needs a typed reason; Esc goes back to editing', async ({ page }) => {
      const editor = await start(page, c);
      await page.keyboard.type(CHILD);
      // Send straight after typing: the check of the last keystroke may still be running.
      await pressSend(page, c);
      await expect(dialog(page)).toContainText('About a child');
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      expect(await editorText(editor)).toBe(CHILD);

      await pressSend(page, c);
      const anyway = dialog(page).getByRole('button', { name: `${c.verb} anyway` });
      await expect(anyway).toBeDisabled();
      await dialog(page).getByLabel('Why does this need to go out as it is?').fill('Her mum asked me to');
      await anyway.click();
      await expect.poll(() => sent(page)).toEqual([{ surface: c.id, text: CHILD }]);
    });
  });
}

test.describe('a block rule', () => {
  for (const c of [SURFACES[0], SURFACES[6], SURFACES[10]] as SurfaceCase[]) {
    test(`offers no way to send on ${describeCase(c)}, and says who to ask`, async ({
      page,
      serviceWorker,
    }) => {
      await installPack(serviceWorker, testPack({ 'foul-language': { severity: 'block' } }));
      const editor = await start(page, c);
      await page.keyboard.type(FOUL);
      await pressSend(page, c);
      await expect(dialog(page)).toContainText('does not allow this to be sent');
      await expect(dialog(page)).toContainText('Dipaley Patel');
      await expect(dialog(page).getByRole('button', { name: /anyway/ })).toHaveCount(0);
      await dialog(page).getByRole('button', { name: 'Back to editing' }).click();
      expect(await editorText(editor)).toBe(FOUL);
      await pressSend(page, c);
      await expect(dialog(page)).toBeVisible();
      expect(await sent(page)).toEqual([]);
    });
  }
});
