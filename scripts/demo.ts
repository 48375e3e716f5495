// npm run demo: practice mode. Opens Chromium with the built extension on the replica pages of
// Facebook, Instagram and X (served locally under their real addresses; nothing reaches the
// internet), with an invented nursery's rule pack, so a manager can show staff how the guard works
// without real accounts. `npm run demo -- --check` runs the same setup headless, checks the guard
// is on every page, and exits (CI runs it).
import type { Worker } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';
import globalSetup from '../tests/e2e/global-setup.ts';
import { launchWithReplicas } from '../tests/e2e/launch.ts';
import { testPack } from '../tests/e2e/pages/test-pack.ts';

const PAGES = ['https://www.facebook.com/', 'https://www.instagram.com/', 'https://x.com/home'];
const check = process.argv.includes('--check');

const TRY = `Try these in any composer:
  "Such a lovely day at Little Acorns Nursery"   names the setting (warn)
  "Amelia Smith was so brave today"              about a child (type a reason to post)
  "What a shit day"                              foul language (warn)
  A message in Messenger to Jane Smith          a parent of a child at the setting
  Confirm Jane Smith's friend request           the same warning
The popup (the extension's toolbar button) shows today's warnings and can pause the guard.`;

async function installDemoPack(worker: Worker): Promise<void> {
  const pack = testPack();
  await worker.evaluate(
    (p) => (globalThis as unknown as { chrome: WxtBrowser }).chrome.storage.local.set({ pack: p }),
    pack,
  );
}

async function main(): Promise<void> {
  await globalSetup();
  if (!check && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'No display found. Run `npm run demo` on a desktop, or `npm run demo -- --check` to check it headless.',
    );
    process.exit(2);
  }
  const context = await launchWithReplicas({ headless: check });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await installDemoPack(worker);
  for (const url of PAGES) {
    const page = context.pages()[0]?.url() === 'about:blank' ? context.pages()[0]! : await context.newPage();
    await page.goto(url);
    if (check) {
      await page.locator('staff-social-guard').waitFor({ state: 'attached', timeout: 10_000 });
      console.log(`guard on: ${url}`);
    }
  }
  if (check) {
    await context.close();
    console.log('Practice mode works.');
    return;
  }
  console.log(`Practice mode is open. ${TRY}\nClose the browser window to finish.`);
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

await main();
