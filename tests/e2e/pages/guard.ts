import type { Locator, Page, Worker } from '@playwright/test';
import type { RulePack } from '../../../lib/pack/schema.ts';
import type { WxtBrowser } from 'wxt/browser';

type ExtensionGlobals = { chrome: WxtBrowser };

/** Installs a pack the way a manager's pack arrives: in extension storage, read by the background. */
export async function installPack(serviceWorker: Worker, pack: RulePack): Promise<void> {
  await serviceWorker.evaluate(
    (p) => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ pack: p }),
    pack,
  );
}

/** Our badge and dialog live in our open shadow root; Playwright's locators pierce it. */
export const badge = (page: Page): Locator => page.getByTestId('guard-badge');
export const dialog = (page: Page): Locator => page.getByRole('alertdialog');

/** What the replica's own submit handlers sent, in order. */
export const sent = (page: Page): Promise<{ surface: string; text: string }[]> =>
  page.evaluate(() => window.__sent ?? []);

/** Types like a person: real key events, so the site's editor handles every character. */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text);
}
