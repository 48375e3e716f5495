// The popup: this site's status, today's counts, the last 20 events in words and "clear history";
// and the history the background keeps in Dexie, which must never hold draft text.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixture';
import { badge, dialog, installPack, sent } from './pages/guard';
import { clearHistory, newTrackedPage, openPopup, storedEvents } from './pages/extension-pages';
import { draftOf } from './pages/read-draft';
import { testPack } from './pages/test-pack';
import { fbPostButton, openFbEditor } from './pages/facebook';

const FOUL = 'What a shit day';
const CHILD = 'Amelia Smith was so brave today';
const REASON = 'Her mum asked me to share it';
/** Pieces of the drafts that must appear nowhere but the page they were typed in. */
const DRAFT_PIECES = [FOUL, CHILD, 'shit', 'Amelia', 'brave'];
/** Every field a stored event may have (lib/protocol/schemas.ts storedEventSchema). */
const EVENT_FIELDS = ['id', 'at', 'platform', 'surface', 'categories', 'ruleIds', 'choice', 'reason'];

/** Three warnings on the Facebook post composer: one Edit, one "Post anyway", one with a reason. */
async function threeWarnings(page: Page): Promise<void> {
  await page.goto('https://www.facebook.com/');
  let editor = await openFbEditor(page);
  await page.keyboard.type(FOUL);
  await expect(badge(page)).toHaveAttribute('data-kind', 'warning');
  await fbPostButton(page).click();
  await expect(dialog(page)).toContainText('Foul language');
  await dialog(page).getByRole('button', { name: 'Edit' }).click();
  await expect(dialog(page)).toHaveCount(0);
  expect(await draftOf(editor)).toBe(FOUL);

  await fbPostButton(page).click();
  await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => sent(page)).toEqual([{ surface: 'facebook.post', text: FOUL }]);

  editor = await openFbEditor(page);
  await page.keyboard.type(CHILD);
  await fbPostButton(page).click();
  await expect(dialog(page)).toContainText('About a child');
  expect(await draftOf(editor)).toBe(CHILD);
  await dialog(page).getByLabel('Why does this need to go out as it is?').fill(REASON);
  await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect
    .poll(() => sent(page))
    .toEqual([
      { surface: 'facebook.post', text: FOUL },
      { surface: 'facebook.post', text: CHILD },
    ]);
}

/** The replica page and the popup describing its tab. */
async function pageAndPopup(
  context: BrowserContext,
  serviceWorker: Worker,
): Promise<{ site: Page; popup: () => Promise<Page> }> {
  const { page: site, tabId } = await newTrackedPage(context, serviceWorker);
  return { site, popup: () => openPopup(context, serviceWorker, tabId) };
}

test.describe('the popup', () => {
  // `page` first: its fixture clears extension storage, which would remove a pack installed before it.
  // IndexedDB is not cleared between tests, so each starts with an empty history.
  test.beforeEach(async ({ page, context, serviceWorker }) => {
    expect(page.url()).toBe('about:blank');
    await installPack(serviceWorker, testPack());
    await clearHistory(context, serviceWorker);
    expect(await storedEvents(serviceWorker)).toEqual([]);
  });

  test("today's counts and the recent events, in words, with the typed reason and no draft text", async ({
    context,
    serviceWorker,
  }) => {
    const { site, popup: open } = await pageAndPopup(context, serviceWorker);
    await threeWarnings(site);
    await expect.poll(async () => (await storedEvents(serviceWorker)).length).toBe(3);

    const popup = await open();
    await expect(popup.getByTestId('today-total')).toHaveText('3 warnings today');
    await expect(popup.getByRole('list', { name: 'What you chose today' }).getByRole('listitem')).toHaveText([
      '1 edited',
      '2 sent anyway',
      '0 blocked',
    ]);
    await expect(popup.getByTestId('pack-line')).toHaveText('Rule pack: Little Acorns Nursery, version 3');

    const events = popup.getByTestId('event-list').getByRole('listitem');
    await expect(events).toHaveCount(3);
    await expect(events.locator('.ssg-where')).toHaveText([
      'Facebook post',
      'Facebook post',
      'Facebook post',
    ]);
    await expect(events.locator('.ssg-what')).toHaveText([
      /information about a child/,
      'foul language',
      'foul language',
    ]);
    await expect(events.locator('.ssg-choice')).toHaveText([
      `sent anyway: ${REASON}`,
      'sent anyway',
      'edited',
    ]);
    await expect(events.locator('time')).toHaveCount(3);
    await expect(events.first().locator('time')).toHaveText(/\d{1,2}:\d{2}/);

    // No draft text anywhere in the popup: not shown, not hidden in the markup.
    const shown = await popup.locator('body').innerText();
    const markup = await popup.content();
    for (const piece of DRAFT_PIECES) {
      expect(shown).not.toContain(piece);
      expect(markup).not.toContain(piece);
    }
    await popup.close();
  });

  test('the history in Dexie: what, where and the choice, never the draft', async ({
    context,
    serviceWorker,
  }) => {
    const { site } = await pageAndPopup(context, serviceWorker);
    const start = Date.now();
    await threeWarnings(site);
    await expect.poll(async () => (await storedEvents(serviceWorker)).length).toBe(3);
    const rows = await storedEvents(serviceWorker);

    const raw = JSON.stringify(rows);
    for (const piece of DRAFT_PIECES) expect(raw).not.toContain(piece);
    for (const row of rows) {
      for (const key of Object.keys(row)) expect(EVENT_FIELDS).toContain(key);
      expect(row.platform).toBe('facebook');
      expect(row.surface).toBe('facebook.post');
      expect(row.at).toBeGreaterThanOrEqual(start - 1000);
      expect(row.at).toBeLessThanOrEqual(Date.now());
    }
    const byTime = [...rows].sort((a, b) => Number(a.at) - Number(b.at));
    expect(
      byTime.map(({ categories, ruleIds, choice, reason }) => ({ categories, ruleIds, choice, reason })),
    ).toEqual([
      { categories: ['foul-language'], ruleIds: ['foul-language'], choice: 'edited', reason: undefined },
      { categories: ['foul-language'], ruleIds: ['foul-language'], choice: 'sent-anyway', reason: undefined },
      {
        categories: expect.arrayContaining(['child-info']) as unknown,
        ruleIds: expect.arrayContaining(['child-info']) as unknown,
        choice: 'sent-anyway',
        reason: REASON,
      },
    ]);
  });

  test('"Clear history" asks first; "Keep" keeps, "Clear" empties the list and the counts', async ({
    context,
    serviceWorker,
  }) => {
    const { site, popup: open } = await pageAndPopup(context, serviceWorker);
    await threeWarnings(site);
    await expect.poll(async () => (await storedEvents(serviceWorker)).length).toBe(3);

    const popup = await open();
    const events = popup.getByTestId('event-list').getByRole('listitem');
    await expect(events).toHaveCount(3);
    await popup.getByRole('button', { name: 'Clear history' }).click();
    await expect(popup.getByText('Clear all 3 events? This cannot be undone.')).toBeVisible();
    await popup.getByRole('button', { name: 'Keep' }).click();
    await expect(events).toHaveCount(3);
    expect(await storedEvents(serviceWorker)).toHaveLength(3);

    await popup.getByRole('button', { name: 'Clear history' }).click();
    await popup.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(popup.getByText('No warnings yet.')).toBeVisible();
    await expect(popup.getByTestId('event-list')).toHaveCount(0);
    await expect(popup.getByTestId('today-total')).toHaveText('0 warnings today');
    await expect(popup.getByRole('list', { name: 'What you chose today' }).getByRole('listitem')).toHaveText([
      '0 edited',
      '0 sent anyway',
      '0 blocked',
    ]);
    await expect(popup.getByRole('button', { name: 'Clear history' })).toHaveCount(0);
    expect(await storedEvents(serviceWorker)).toEqual([]);

    // Still empty when opened afresh.
    await popup.reload();
    await expect(popup.getByText('No warnings yet.')).toBeVisible();
    await expect(popup.getByTestId('today-total')).toHaveText('0 warnings today');
    await popup.close();
  });

  test('lists only the last 20 events, newest first, but counts them all', async ({
    context,
    serviceWorker,
  }) => {
    const { site, popup: open } = await pageAndPopup(context, serviceWorker);
    await site.goto('https://x.com/home');
    const editor = site.locator('[data-testid="tweetTextarea_0"]');
    await editor.click();
    await site.keyboard.type(FOUL);
    await expect(badge(site)).toHaveAttribute('data-kind', 'warning');
    for (let i = 0; i < 21; i += 1) {
      await site.keyboard.press('Control+Enter');
      await expect(dialog(site)).toBeVisible();
      await site.keyboard.press('Escape');
      await expect(dialog(site)).toHaveCount(0);
    }
    expect(await draftOf(editor)).toBe(FOUL);
    expect(await sent(site)).toEqual([]);
    await expect.poll(async () => (await storedEvents(serviceWorker)).length).toBe(21);

    const popup = await open();
    await expect(popup.getByTestId('today-total')).toHaveText('21 warnings today');
    const events = popup.getByTestId('event-list').getByRole('listitem');
    await expect(events).toHaveCount(20);
    await expect(events.locator('.ssg-where').first()).toHaveText('X post');
    await expect(events.locator('.ssg-choice').first()).toHaveText('edited');
    await popup.getByRole('button', { name: 'Clear history' }).click();
    await expect(popup.getByText('Clear all 20 or more events? This cannot be undone.')).toBeVisible();
    await popup.close();
  });

  test('says which site it is and that it is checking it', async ({ context, serviceWorker }) => {
    const { site, popup: open } = await pageAndPopup(context, serviceWorker);
    await site.goto('https://www.facebook.com/');
    const popup = await open();
    await expect(popup.getByTestId('site-status')).toHaveText('Checking your posts on Facebook');
    await expect(popup.getByRole('button', { name: 'Pause on this site for 10 minutes' })).toBeVisible();
    await popup.close();
  });
});
