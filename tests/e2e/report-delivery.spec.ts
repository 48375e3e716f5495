// Safeguarding reports reach the setting's webhook, never lost and never doubled: against a local
// server that fails, hangs, drops the connection or accepts; across a browser restart; and with
// the service worker stopped in the middle of a delivery. Nothing but the record reaches it.
//
// How a report is submitted here: the `submitReport` message is sent from our content script's
// own isolated world on the Facebook replica (reached over CDP), which is exactly where the in-page
// form sends it from, so the background sees a real content-script sender from a real tab and
// checks and parses it as it would the form's. The form itself is tested in its own specs.
//
// Each test runs its own browser: stopping the service worker or closing the browser would break
// the shared fixture's worker handle for later specs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { OutboxEntry, ReportInput } from '../../lib/safeguarding/record';
import { EXT_PATH } from './extension-path';
import { CHROMIUM, chromiumArgs } from './launch';
import { openFbEditor } from './pages/facebook';
import { startReportServer, type ReportServer } from './pages/report-server';
import { testPack } from './pages/test-pack';
import { REPLICAS, replicaBundle, replicaHtml } from './replicas';

type Chrome = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void> } };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

const DRAFT = 'DRAFT-NEVER-SENT Amelia Smith was poorly at nursery today';
const RECORD_KEYS = [
  'words',
  'senderName',
  'senderProfile',
  'platform',
  'where',
  'shownTime',
  'seenAt',
  'category',
  'whatHappened',
  'replied',
  'screenshot',
  'id',
  'createdAt',
  'passedTo',
  'setting',
  'hash',
];

const input = (words: string): ReportInput => ({
  words,
  senderName: 'Jane Smith',
  senderProfile: 'https://www.facebook.com/jane.smith.1984',
  platform: 'facebook',
  where: 'https://www.facebook.com/messages/t/2001',
  shownTime: '14:02',
  seenAt: Date.now() - 60_000,
  category: 'inappropriate-request',
  whatHappened: 'A parent asked me privately for photos of the other children.',
  replied: 'no',
});

/** Our Chromium with the extension, the replicas under their real hosts, and only `server` reachable. */
async function launch(userDataDir: string, server: ReportServer): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(EXT_PATH),
  });
  await context.route(/^(https?|wss?):\/\//, (route) => route.abort('internetdisconnected'));
  await context.route(`${server.origin}/**`, (route) => route.continue());
  const facebook = REPLICAS.find((r) => r.name === 'facebook');
  if (!facebook) throw new Error('no Facebook replica');
  await context.route(
    (url) => facebook.hosts.test(url.hostname),
    (route) => {
      const request = route.request();
      if (new URL(request.url()).pathname === '/__replica/facebook.js') {
        return route.fulfill({ contentType: 'text/javascript', body: replicaBundle('facebook') });
      }
      if (request.resourceType() === 'document') {
        return route.fulfill({ contentType: 'text/html', body: replicaHtml('facebook') });
      }
      return route.fulfill({ status: 404, body: '' });
    },
  );
  return context;
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** One of our own pages, to talk to the background as the popup does. */
async function extensionPage(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  return page;
}

async function send<T>(page: Page, name: string, data: unknown): Promise<T> {
  const answer = await page.evaluate(
    ([n, d]) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ name: n, data: d }),
    [name, data] as const,
  );
  if (answer && typeof answer === 'object' && 'error' in answer) {
    throw new Error(`${name} was refused: ${String(answer.error)}`);
  }
  return answer as T;
}

const outbox = async (page: Page): Promise<OutboxEntry[]> =>
  (await send<{ entries: OutboxEntry[] }>(page, 'getOutbox', {})).entries;

const entryOf = async (page: Page, id: string): Promise<OutboxEntry | undefined> =>
  (await outbox(page)).find((e) => e.record.id === id);

/** The test pack, its reports going to the server, installed the way a manager's pack arrives. */
async function installWebhookPack(page: Page, server: ReportServer): Promise<void> {
  const pack = { ...testPack(), reports: { webhookUrl: server.url } };
  await page.evaluate(
    (p) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ pack: p }),
    pack,
  );
}

/**
 * Runs `body` (the body of an async function) in our content script's isolated world in `page`,
 * where the in-page form runs, and returns what it returns.
 */
async function inContentScript(page: Page, extensionId: string, body: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  let world: (typeof worlds)[number] | undefined;
  await expect
    .poll(() => {
      world = worlds.find(
        (w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${extensionId}`,
      );
      return world !== undefined;
    })
    .toBe(true);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(async () => { ${body} })()`,
    contextId: world?.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(`the content script threw: ${JSON.stringify(exceptionDetails)}`);
  return result.value;
}

/**
 * Sends `submitReport` from the content script, as the form does, but with the fields a careless
 * form might add: the draft in the composer and the page's whole text.
 */
async function submitFromContentScript(page: Page, extensionId: string, words: string): Promise<string> {
  const value = (await inContentScript(
    page,
    extensionId,
    `const input = ${JSON.stringify(input(words))};
    input.draft = document.querySelector('[data-lexical-editor="true"]')?.innerText ?? '';
    input.pageText = document.body.innerText;
    const answer = await chrome.runtime.sendMessage({ name: 'submitReport', data: { input, draft: input.draft } });
    return { answer, attached: input.draft + input.pageText };`,
  )) as { answer: { id?: string; state?: string; error?: string }; attached: string };
  // The extras really did carry the draft and the page's text.
  expect(value.attached).toContain('DRAFT-NEVER-SENT');
  expect(value.attached).toContain("What's on your mind");
  if (!value.answer.id) throw new Error(`submitReport was refused: ${JSON.stringify(value.answer)}`);
  expect(value.answer.state).toBe('queued');
  return value.answer.id;
}

/** A Facebook tab with a draft typed in its composer, and a report submitted from it. */
async function reportFromFacebook(
  context: BrowserContext,
  extensionId: string,
  words: string,
): Promise<string> {
  const site = await context.newPage();
  await site.goto('https://www.facebook.com/');
  await openFbEditor(site);
  await site.keyboard.type(DRAFT);
  const id = await submitFromContentScript(site, extensionId, words);
  await site.close();
  return id;
}

/** Every body the server received is a record alone, and carries no draft and no page text. */
function expectOnlyRecords(server: ReportServer): void {
  expect(server.posts.length).toBeGreaterThan(0);
  for (const post of server.posts) {
    expect(post.path).toBe('/hook');
    expect(post.contentType).toBe('application/json');
    expect(post.cookie).toBe(false);
    const body = JSON.parse(post.raw) as { record: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(['record']);
    for (const key of Object.keys(body.record)) expect(RECORD_KEYS).toContain(key);
    expect(body.record.id).toBe(post.key);
    expect(post.raw).not.toContain('DRAFT-NEVER-SENT');
    expect(post.raw).not.toContain("What's on your mind");
  }
}

let server: ReportServer;
let userDataDir: string;
test.beforeEach(async () => {
  server = await startReportServer();
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssg-report-'));
});
test.afterEach(async () => {
  await server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
});

test('a server failing with 500, then recovering: the report is delivered exactly once', async () => {
  const context = await launch(userDataDir, server);
  try {
    const id = await extensionIdOf(context);
    const page = await extensionPage(context, id);
    await installWebhookPack(page, server);
    server.mode = 'fail';
    const reportId = await reportFromFacebook(context, id, 'Can you send me photos of the other children?');

    await expect.poll(async () => (await entryOf(page, reportId))?.attempts).toBe(1);
    const queued = await entryOf(page, reportId);
    expect(queued?.state).toBe('queued');
    expect(queued?.lastError).toMatch(/^The safeguarding system had a problem \(HTTP 500\b/);
    // The next try is on an alarm, which outlives the service worker.
    const alarm = await page.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('report-delivery'),
    );
    expect(alarm?.scheduledTime).toBe(queued?.nextAttemptAt);
    expect((queued?.nextAttemptAt ?? 0) - Date.now()).toBeGreaterThan(20_000);

    // The popup shows it queued, with the problem, and retries it at once.
    server.mode = 'accept';
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    const report = popup.getByTestId('report');
    await expect(report.getByTestId('report-state')).toContainText(
      'last problem: The safeguarding system had a problem (HTTP 500',
    );
    await report.getByRole('button', { name: 'Retry now' }).click();
    await expect(report.getByTestId('report-state')).toHaveText(/^Sent at .+ to the safeguarding system$/);
    expect(await entryOf(page, reportId)).toMatchObject({ state: 'sent', via: 'webhook', attempts: 2 });

    // Once delivered, nothing sends it again: not "Retry now", not the alarm's round.
    await send(page, 'retryReport', { id: reportId });
    await page.waitForTimeout(500);
    expect(server.posts.map((p) => [p.key, p.mode])).toEqual([
      [reportId, 'fail'],
      [reportId, 'accept'],
    ]);
    expect(server.deliveredKeys()).toEqual([reportId]);
    expect(server.takenCount(reportId)).toBe(1);
    expectOnlyRecords(server);

    // Staff clear it from the outbox only now that it has been delivered.
    await report.getByRole('button', { name: 'Clear' }).click();
    await expect(popup.getByText('No reports in the outbox.')).toBeVisible();
    expect(await outbox(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a dropped connection: the report stays in the outbox, cannot be cleared, and is delivered once', async () => {
  const context = await launch(userDataDir, server);
  try {
    const id = await extensionIdOf(context);
    const page = await extensionPage(context, id);
    await installWebhookPack(page, server);
    server.mode = 'drop';
    const reportId = await reportFromFacebook(
      context,
      id,
      'Message me on WhatsApp instead, here is my number',
    );

    // Without the context menu's activeTab grant, a screenshot is refused with a way forward.
    const site = await context.newPage();
    await site.goto('https://www.facebook.com/');
    expect(
      await inContentScript(
        site,
        id,
        `return chrome.runtime.sendMessage({ name: 'captureScreenshot', data: {} });`,
      ),
    ).toEqual({
      error: "A screenshot cannot be taken here. Use your device's own screenshot if you need one.",
    });
    await site.close();
    await expect.poll(async () => (await entryOf(page, reportId))?.attempts).toBe(1);
    expect(await entryOf(page, reportId)).toMatchObject({
      state: 'queued',
      lastError: expect.stringMatching(/^The safeguarding system could not be reached/),
    });
    await expect(send(page, 'clearReport', { id: reportId })).rejects.toThrow(
      'This report has not been delivered yet; it stays in the outbox until it has.',
    );

    // A dropped connection is retried like any network error, and delivered once.
    server.mode = 'accept';
    await send(page, 'retryReport', { id: reportId });
    await expect.poll(async () => (await entryOf(page, reportId))?.state).toBe('sent');
    expect(server.posts.map((p) => p.mode)).toEqual(['drop', 'accept']);
    expect(server.deliveredKeys()).toEqual([reportId]);
    expect(server.takenCount(reportId)).toBe(1);
    expectOnlyRecords(server);
  } finally {
    await context.close();
  }
});

test('a server that never answers: the try times out, is retried and delivered once', async () => {
  test.setTimeout(90_000);
  const context = await launch(userDataDir, server);
  try {
    const id = await extensionIdOf(context);
    const page = await extensionPage(context, id);
    await installWebhookPack(page, server);
    server.mode = 'hang';
    const reportId = await reportFromFacebook(context, id, 'I know where you live');
    await expect.poll(async () => (await entryOf(page, reportId))?.state).toBe('sending');
    await expect
      .poll(async () => (await entryOf(page, reportId))?.lastError, { timeout: 25_000 })
      .toBe('The safeguarding system did not answer within 15 seconds.');
    expect(await entryOf(page, reportId)).toMatchObject({ state: 'queued', attempts: 1 });

    server.mode = 'accept';
    await send(page, 'retryReport', { id: reportId });
    await expect.poll(async () => (await entryOf(page, reportId))?.state).toBe('sent');
    expect(server.posts.map((p) => [p.key, p.mode])).toEqual([
      [reportId, 'hang'],
      [reportId, 'accept'],
    ]);
    expect(server.deliveredKeys()).toEqual([reportId]);
    expectOnlyRecords(server);
  } finally {
    await context.close();
  }
});

test('the browser closed with a report queued: started again, it delivers it by itself', async () => {
  test.setTimeout(120_000);
  let context = await launch(userDataDir, server);
  let reportId: string;
  let extensionId: string;
  try {
    extensionId = await extensionIdOf(context);
    const page = await extensionPage(context, extensionId);
    await installWebhookPack(page, server);
    server.mode = 'fail';
    reportId = await reportFromFacebook(context, extensionId, 'Send me the photos from the trip');
    await expect.poll(async () => (await entryOf(page, reportId))?.attempts).toBe(1);
    expect(await entryOf(page, reportId)).toMatchObject({ state: 'queued' });
  } finally {
    await context.close();
  }

  // Started again on the same profile. Nobody opens the popup or presses anything: the outbox is
  // in IndexedDB, and the worker wakes (browser start-up, or its alarm) and delivers when due.
  server.mode = 'accept';
  context = await launch(userDataDir, server);
  try {
    await expect
      .poll(() => server.deliveredKeys(), { timeout: 75_000, intervals: [1000] })
      .toEqual([reportId]);
    expect(server.takenCount(reportId)).toBe(1);
    const page = await extensionPage(context, extensionId);
    await expect.poll(async () => (await entryOf(page, reportId))?.state).toBe('sent');
    expect(server.posts.map((p) => p.mode)).toEqual(['fail', 'accept']);
    expectOnlyRecords(server);
  } finally {
    await context.close();
  }
});

for (const [mode, when] of [
  ['hang', 'before the server took the report in'],
  ['take-and-hang', 'after the server took the report in, before its answer'],
] as const) {
  test(`the service worker stopped mid-delivery, ${when}: nothing is lost, nothing is duplicated`, async () => {
    const context = await launch(userDataDir, server);
    try {
      const id = await extensionIdOf(context);
      const page = await extensionPage(context, id);
      await installWebhookPack(page, server);
      server.mode = mode;
      const reportId = await reportFromFacebook(context, id, 'Can you add me on your personal account?');
      // The POST has reached the server, which holds it open; the outbox says it is being sent.
      await expect.poll(() => server.posts.length).toBe(1);
      expect(await entryOf(page, reportId)).toMatchObject({ state: 'sending' });

      await stopServiceWorker(page, id);

      // The server recovers; the next thing that wakes the worker (here, an extension page asking
      // for the outbox) finds the report left "sending", queues it again and delivers it.
      server.mode = 'accept';
      await expect.poll(async () => (await entryOf(page, reportId))?.state, { timeout: 20_000 }).toBe('sent');
      // Sent again, under the same Idempotency-Key, so the server holds one report.
      expect(server.posts.map((p) => [p.key, p.mode])).toEqual([
        [reportId, mode],
        [reportId, 'accept'],
      ]);
      expect(server.deliveredKeys()).toEqual([reportId]);
      expect(server.takenCount(reportId)).toBe(mode === 'hang' ? 1 : 2);
      expectOnlyRecords(server);
    } finally {
      await context.close();
    }
  });
}

/**
 * Stops our service worker over CDP (ServiceWorker.stopAllWorkers), as Chrome stops an idle or
 * misbehaving worker, and waits until Chrome reports it stopped. Playwright's Worker object is not
 * told (its "close" event comes only with the browser), so the test talks to the background
 * through an extension page, whose next message starts a new worker.
 */
async function stopServiceWorker(page: Page, extensionId: string): Promise<void> {
  const script = `chrome-extension://${extensionId}/background.js`;
  const cdp = await page.context().newCDPSession(page);
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL === script) status = version.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => status).toBe('running');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => status).toBe('stopped');
  await cdp.detach();
}
