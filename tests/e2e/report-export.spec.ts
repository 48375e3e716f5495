// A pack with no webhook: the report waits in the outbox, the popup saves it as a PDF (with every
// field in it) and as JSON carrying its hash, and it leaves the outbox only once marked saved and
// cleared.
import type { Download } from '@playwright/test';
import fs from 'node:fs';
import { verifyReportJson } from '../../lib/safeguarding/export-json.ts';
import { allText, readPdf } from '../support/read-pdf.ts';
import { expect, test } from './fixture';
import { newTrackedPage, openPopup } from './pages/extension-pages';

const WHAT_HAPPENED = 'She asked me to bring her child home in my own car.';

test('a report saved as a PDF and JSON from the popup, then cleared', async ({ context, serviceWorker }) => {
  const { page, tabId } = await newTrackedPage(context, serviceWorker);
  await page.goto('https://www.facebook.com/messages/t/2001/');
  await page.locator('[role="main"] [aria-label="Thread composer"] [role="textbox"]').first().click();
  const report = page.getByRole('button', { name: 'Report a message', exact: true });
  for (
    let i = 0;
    i < 4 && !(await report.evaluate((el) => el.matches(':focus')).catch(() => false));
    i += 1
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog', { name: 'Which message do you want to report?' })
    .getByRole('button')
    .first()
    .press('Enter');
  const form = page.getByRole('dialog', { name: 'Report a message to your safeguarding lead' });
  await form.getByRole('radio', { name: 'Contact outside official channels' }).check();
  await form.getByLabel('What happened, in your own words').fill(WHAT_HAPPENED);
  await form.getByRole('radio', { name: 'No' }).check();
  await form.getByRole('button', { name: 'Save report' }).click();
  await expect(form.getByRole('status')).toHaveText(/^Saved/);

  const popup = await openPopup(context, serviceWorker, tabId);
  // This report's own entry (the outbox and the popup's other buttons outlive single tests).
  const entry = popup.getByTestId('report').filter({ hasText: 'Contact outside official channels' });
  const downloads: Download[] = [];
  popup.on('download', (download) => downloads.push(download));
  await entry.getByRole('button', { name: 'Save PDF and JSON' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const file = (ext: string) => {
    const download = downloads.find((d) => d.suggestedFilename().endsWith(ext));
    if (!download) throw new Error(`no ${ext} file was saved`);
    return download.path();
  };
  const pdf = fs.readFileSync(await file('.pdf'));
  const json = fs.readFileSync(await file('.json'), 'utf8');

  const text = allText((await readPdf(new Uint8Array(pdf))).pages);
  for (const value of [
    'Are you coming to the picnic on Saturday?',
    'Jane Smith',
    'Contact outside official channels',
    WHAT_HAPPENED,
    'https://www.facebook.com/messages/t/2001/',
  ]) {
    expect(text).toContain(value);
  }
  expect(await verifyReportJson(json)).toBe(true);
  expect(await verifyReportJson(json.replace('picnic', 'party'))).toBe(false);

  // Still in the outbox until it is marked saved; then it can be cleared.
  await expect(entry.getByRole('button', { name: 'Clear', exact: true })).toHaveCount(0);
  await entry.getByRole('button', { name: 'I have saved them' }).click();
  await entry.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(entry).toHaveCount(0);
});
