// npm run bench:page: what the guard costs and how fast it answers, in Debian's Chromium with the
// built extension on the replica pages. Prints figures; asserts nothing (README "Speed in the page").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import globalSetup from '../tests/e2e/global-setup.ts';
import { launchWithReplicas } from '../tests/e2e/launch.ts';
import { FEED_HTML, FEED_PATH } from './bench/feed-page.ts';
import { quantile, sinceInput, taskTime, watchGuardUi } from './bench/page-measures.ts';

const ROUNDS = 40;
const OVERHEAD_MS = 10_000;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function contentScriptSizes(): void {
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const dir = path.join('.output', build, 'content-scripts');
    for (const file of fs.readdirSync(dir)) {
      const bytes = fs.readFileSync(path.join(dir, file));
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(
        `  ${build}/${file}: ${kb(bytes.length)} raw, ${kb(zlib.gzipSync(bytes, { level: 9 }).length)} gzipped`,
      );
    }
  }
}

async function openComposer(page: Page): Promise<void> {
  await page.goto('https://www.facebook.com/');
  await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
  await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
  await page.keyboard.type('Lovely walk by the river today shi');
  await page.getByTestId('guard-badge').and(page.locator('[data-kind="clear"]')).waitFor();
  await watchGuardUi(page);
}

async function keystrokeToBadge(page: Page): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.keyboard.press('t'); // "shit": foul language, the badge turns to a warning
    samples.push(await sinceInput(page, '__keyAt', { kind: 'warning' }));
    await page.keyboard.press('Backspace');
    samples.push(await sinceInput(page, '__keyAt', { kind: 'clear' }));
  }
  return samples;
}

async function clickToDialog(page: Page): Promise<number[]> {
  await page.keyboard.press('t');
  await page.getByTestId('guard-badge').and(page.locator('[data-kind="warning"]')).waitFor();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.locator('[role="dialog"] div[aria-label="Post"][role="button"]').click();
    samples.push(await sinceInput(page, '__downAt', { dialog: true }));
    await page.getByRole('alertdialog').getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  }
  return samples;
}

async function feedTaskTime(extension: boolean): Promise<number> {
  const context = await launchWithReplicas({
    headless: true,
    extension,
    extraRoutes: (c) =>
      c.route(`https://www.facebook.com${FEED_PATH}`, (r) =>
        r.fulfill({ contentType: 'text/html', body: FEED_HTML }),
      ),
  });
  const page = await context.newPage();
  await page.goto(`https://www.facebook.com${FEED_PATH}`);
  await page.waitForTimeout(2000); // settle: start-up work is not the steady-state cost
  const ms = await taskTime(context, page, OVERHEAD_MS);
  await context.close();
  return ms;
}

async function main(): Promise<void> {
  await globalSetup();
  console.log('Content script size (target under 150 KB gzipped):');
  contentScriptSizes();

  const context = await launchWithReplicas({ headless: true });
  const page = await context.newPage();
  await openComposer(page);
  const keys = await keystrokeToBadge(page);
  const clicks = await clickToDialog(page);
  await context.close();
  console.log(
    `\nLast keystroke to badge, ${keys.length} keystrokes: p50 ${fmt(quantile(keys, 0.5))}, p95 ${fmt(quantile(keys, 0.95))}, max ${fmt(quantile(keys, 1))}`,
  );
  console.log(
    `Click on Post to dialog (target p95 under 50 ms), ${clicks.length} clicks: p50 ${fmt(quantile(clicks, 0.5))}, p95 ${fmt(quantile(clicks, 0.95))}, max ${fmt(quantile(clicks, 1))}`,
  );

  const runs: { with: number[]; without: number[] } = { with: [], without: [] };
  for (let i = 0; i < 3; i++) {
    runs.without.push(await feedTaskTime(false));
    runs.with.push(await feedTaskTime(true));
  }
  const without = quantile(runs.without, 0.5);
  const withExt = quantile(runs.with, 0.5);
  console.log(
    `\nMain-thread task time over ${OVERHEAD_MS / 1000} s on a 5,000-item feed updating every 50 ms (median of 3 runs each):`,
  );
  console.log(
    `  without the extension ${fmt(without)}; with it ${fmt(withExt)}; extra ${(((withExt - without) / without) * 100).toFixed(2)}% (target under 2%)`,
  );
  console.log(`  runs without: ${runs.without.map(fmt).join(', ')}; with: ${runs.with.map(fmt).join(', ')}`);
}

await main();
