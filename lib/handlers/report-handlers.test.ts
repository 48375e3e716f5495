import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openHistoryDb, type HistoryDb } from '../db/history-db.ts';
import type { SenderInfo } from '../messaging/dispatch.ts';
import type { RulePack } from '../pack/schema.ts';
import { makeRecord } from '../safeguarding/make-record.ts';
import { reportRecordSchema, type OutboxEntry, type ReportInput } from '../safeguarding/record.ts';
import { forgetActivePack } from './active-pack.ts';
import { deliver, deliverDue, startReportDelivery, REPORT_ALARM } from './report-delivery.ts';
import { makeReportHandlers, NO_SCREENSHOT, NOT_DELIVERED, type ReportDeps } from './report-handlers.ts';
import { newEntry, SENDING_WATCHDOG_MS } from './report-outbox.ts';
import {
  HOOK,
  NOW,
  deferred,
  fakeAlarms,
  fakeFetch,
  hang,
  networkError,
  packArea,
  reportInput,
  reportPack,
  status,
} from './report-test-data.ts';

const SENDER: SenderInfo = { id: 'ext', url: 'https://www.facebook.com/messages/t/2001', tab: { id: 7 } };

let db: HistoryDb;
let count = 0;
let clock: number;
let ids: number;
beforeEach(() => {
  count += 1;
  db = openHistoryDb(`report-handlers-test-${count}`);
  clock = NOW;
  ids = 0;
  forgetActivePack();
});
afterEach(async () => {
  await db.delete();
});

/** The handlers over a fresh database, with `pack` in force and `answers` from the webhook. */
function setUp(pack: RulePack | null, fetch = fakeFetch(status(200)), extra: Partial<ReportDeps> = {}) {
  const { alarms, state } = fakeAlarms();
  const deps: ReportDeps = {
    db,
    area: packArea(pack),
    now: () => clock,
    fetcher: fetch.fetcher,
    alarms,
    tabs: { captureVisibleTab: vi.fn() },
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
    timeoutMs: 50,
    ...extra,
  };
  return { deps, handlers: makeReportHandlers(deps), alarm: state, posted: fetch.posted, fetch };
}

const stored = async (id: string): Promise<OutboxEntry> => {
  const entry = await db.reports.get(id);
  if (!entry) throw new Error(`no row ${id}`);
  return entry;
};

/** Waits until the tries already started for `id` have finished (a due-only try does nothing more). */
const settled = (deps: ReportDeps, id: string) => deliver(deps, id, false);

async function submit(setup: ReturnType<typeof setUp>, input: ReportInput = reportInput()) {
  const answer = await setup.handlers.submitReport({ input }, SENDER);
  await settled(setup.deps, answer.id);
  return { answer, entry: await stored(answer.id) };
}

describe('submitReport to a webhook', () => {
  it('stores the report as queued before any network, then delivers it: sent, with the time', async () => {
    let rowWhenPosted: OutboxEntry | undefined;
    const fetch = fakeFetch(async () => {
      rowWhenPosted = (await db.reports.toArray())[0];
      return new Response('ok', { status: 200 });
    });
    const setup = setUp(reportPack(), fetch);
    const input = reportInput();
    const answer = await setup.handlers.submitReport({ input }, SENDER);
    expect(answer).toEqual({ id: '00000000-0000-4000-8000-000000000001', state: 'queued' });
    // Stored when the answer comes back, whatever the network does next.
    expect(['queued', 'sending']).toContain((await stored(answer.id)).state);
    clock = NOW + 1200;
    await settled(setup.deps, answer.id);
    // Persisted as sending while the POST was in flight.
    expect(rowWhenPosted).toMatchObject({ state: 'sending', attempts: 0 });

    const entry = await stored(answer.id);
    expect(entry).toMatchObject({
      state: 'sent',
      attempts: 1,
      sentAt: NOW + 1200,
      via: 'webhook',
      nextAttemptAt: null,
      lastError: null,
    });
    expect(entry.record).toMatchObject({
      ...input,
      id: answer.id,
      createdAt: NOW,
      passedTo: 'Morgan Price (safeguarding lead)',
      setting: 'Oakfield Nursery',
    });
    expect(entry.record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(setup.posted).toHaveLength(1);
    expect(setup.posted[0]).toMatchObject({ url: HOOK, key: answer.id, body: { record: entry.record } });
    expect(setup.alarm.when).toBeNull();
  });

  it('never stores or sends a field the form did not mean to send (a draft, page content)', async () => {
    const setup = setUp(reportPack());
    const input = { ...reportInput(), draft: 'my half-typed reply', page: '<div>the whole inbox</div>' };
    const { entry } = await submit(setup, input);
    expect(Object.keys(entry.record).every((key) => key in reportRecordSchema.shape)).toBe(true);
    expect(JSON.stringify(entry)).not.toMatch(/half-typed|whole inbox/);
    expect(JSON.stringify(setup.posted[0]?.body)).not.toMatch(/half-typed|whole inbox/);
    expect(Object.keys(setup.posted[0]?.body ?? {})).toEqual(['record']);
  });

  it('after a 5xx: queued, with the reason, the next try in 30 seconds and the alarm set for it', async () => {
    const setup = setUp(reportPack(), fakeFetch(status(500), status(200)));
    const { answer, entry } = await submit(setup);
    expect(entry).toMatchObject({ state: 'queued', attempts: 1, nextAttemptAt: NOW + 30_000, sentAt: null });
    expect(entry.lastError).toBe('The safeguarding system had a problem (HTTP 500).');
    expect(setup.alarm.when).toBe(NOW + 30_000);

    // Not due yet: the alarm's round sends nothing.
    clock = NOW + 29_000;
    await deliverDue(setup.deps);
    expect(setup.posted).toHaveLength(1);

    clock = NOW + 30_000;
    await deliverDue(setup.deps);
    expect(await stored(answer.id)).toMatchObject({ state: 'sent', attempts: 2, sentAt: NOW + 30_000 });
    expect(setup.posted.map((p) => p.key)).toEqual([answer.id, answer.id]);
    expect(setup.alarm.when).toBeNull();
  });

  it('waits longer after each failure', async () => {
    const setup = setUp(reportPack(), fakeFetch(networkError));
    const { answer } = await submit(setup);
    const waits = [];
    for (let i = 0; i < 5; i += 1) {
      const entry = await stored(answer.id);
      waits.push((entry.nextAttemptAt ?? 0) - clock);
      clock = entry.nextAttemptAt ?? clock;
      await deliverDue(setup.deps);
    }
    expect(waits).toEqual([30_000, 120_000, 600_000, 1_800_000, 7_200_000]);
    expect(await stored(answer.id)).toMatchObject({ state: 'queued', attempts: 6 });
  });

  it('after a network error: queued, saying it could not be reached', async () => {
    const { entry } = await submit(setUp(reportPack(), fakeFetch(networkError)));
    expect(entry).toMatchObject({ state: 'queued', attempts: 1, nextAttemptAt: NOW + 30_000 });
    expect(entry.lastError).toMatch(/^The safeguarding system could not be reached/);
  });

  it('after the time limit (an AbortSignal): queued, saying it did not answer', async () => {
    const { entry } = await submit(setUp(reportPack(), fakeFetch(hang)));
    expect(entry).toMatchObject({ state: 'queued', attempts: 1, nextAttemptAt: NOW + 30_000 });
    expect(entry.lastError).toBe('The safeguarding system did not answer within 1 second.');
  });

  it('after a 4xx: failed, with the reason, and no automatic retry; "Retry now" still sends it', async () => {
    const setup = setUp(reportPack(), fakeFetch(status(422), status(200)));
    const { answer, entry } = await submit(setup);
    expect(entry).toMatchObject({ state: 'failed', attempts: 1, nextAttemptAt: null });
    expect(entry.lastError).toMatch(/^The safeguarding system refused the report \(HTTP 422/);
    expect(setup.alarm.when).toBeNull();
    clock = NOW + 86_400_000;
    await deliverDue(setup.deps);
    expect(setup.posted).toHaveLength(1);

    expect(await setup.handlers.retryReport({ id: answer.id }, {})).toEqual({ ok: true });
    await settled(setup.deps, answer.id);
    expect(await stored(answer.id)).toMatchObject({ state: 'sent', attempts: 2, via: 'webhook' });
    expect(setup.posted).toHaveLength(2);
  });

  it('refuses, at send time, an address it may not use, and contacts nothing', async () => {
    // The pack schema lets this through (https), but a password in the address is not allowed.
    const setup = setUp(reportPack({ webhookUrl: 'https://dsl:secret@reports.oakfield.example/hook' }));
    const { entry } = await submit(setup);
    expect(entry).toMatchObject({ state: 'failed', nextAttemptAt: null, attempts: 0 });
    expect(entry.lastError).toMatch(/user name or password/);
    expect(setup.posted).toHaveLength(0);
  });

  it('never runs two POSTs for one report at once', async () => {
    const slow = deferred();
    const setup = setUp(reportPack(), fakeFetch(slow.answer, status(200)));
    const { id } = await setup.handlers.submitReport({ input: reportInput() }, SENDER);
    await vi.waitFor(async () => expect((await stored(id)).state).toBe('sending'));
    // The person presses "Retry now" twice and the alarm fires, all while the first POST hangs.
    await setup.handlers.retryReport({ id }, {});
    await setup.handlers.retryReport({ id }, {});
    clock = NOW + SENDING_WATCHDOG_MS;
    const alarmRound = deliverDue(setup.deps);
    slow.resolve(new Response('ok', { status: 200 }));
    await alarmRound;
    await settled(setup.deps, id);
    expect(setup.fetch.mostAtOnce()).toBe(1);
    expect(setup.posted).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ state: 'sent' });
  });

  it('keeps a report the person marked sent as sent, whatever the webhook says afterwards', async () => {
    const slow = deferred();
    const setup = setUp(reportPack(), fakeFetch(slow.answer));
    const { id } = await setup.handlers.submitReport({ input: reportInput() }, SENDER);
    await vi.waitFor(async () => expect((await stored(id)).state).toBe('sending'));
    await setup.handlers.markReportSent({ id, via: 'email' }, {});
    slow.resolve(new Response('no', { status: 500 }));
    await settled(setup.deps, id);
    expect(await stored(id)).toMatchObject({ state: 'sent', via: 'email', sentAt: NOW });
  });

  it('leaves a report for the person to send when the pack stops naming a webhook', async () => {
    const setup = setUp(reportPack(), fakeFetch(networkError));
    const { answer } = await submit(setup);
    const area = setup.deps.area as ReturnType<typeof packArea>;
    await area.set({ pack: JSON.parse(JSON.stringify(reportPack({ email: 'dsl@oakfield.example' }))) });
    forgetActivePack();
    clock = NOW + 30_000;
    await deliverDue(setup.deps);
    expect(await stored(answer.id)).toMatchObject({ state: 'queued', nextAttemptAt: null });
    expect(setup.posted).toHaveLength(1);
    expect(setup.alarm.when).toBeNull();
  });
});

describe('startReportDelivery', () => {
  const listeners: ((alarm: { name: string }) => void)[] = [];
  const startups: (() => void)[] = [];
  const browser = {
    alarms: { onAlarm: { addListener: (l: (alarm: { name: string }) => void) => listeners.push(l) } },
    runtime: { onStartup: { addListener: (l: () => void) => startups.push(l) } },
  };
  beforeEach(() => {
    listeners.length = 0;
    startups.length = 0;
  });
  const start = (deps: ReportDeps) =>
    startReportDelivery(browser as unknown as Parameters<typeof startReportDelivery>[0], deps);
  const row = async (id: string, overrides: Partial<OutboxEntry>, createdAt = NOW - 60_000) => {
    const entry = {
      ...newEntry(await makeRecord(reportInput(), reportPack(), id, createdAt), true, createdAt),
      ...overrides,
    };
    await db.reports.add(entry);
  };

  it('sends again what a stopped worker left sending, and what is due; nothing else', async () => {
    const setup = setUp(reportPack());
    await row('left-sending', { state: 'sending', attempts: 0, nextAttemptAt: NOW + 50_000 });
    await row('due', { state: 'queued', attempts: 1, nextAttemptAt: NOW - 1000 });
    await row('later', { state: 'queued', attempts: 1, nextAttemptAt: NOW + 30_000 });
    await row('failed', { state: 'failed', attempts: 1, nextAttemptAt: null });
    await start(setup.deps);
    expect(setup.posted.map((p) => p.key).sort()).toEqual(['due', 'left-sending']);
    expect(await stored('left-sending')).toMatchObject({ state: 'sent', attempts: 1 });
    expect(await stored('due')).toMatchObject({ state: 'sent', attempts: 2 });
    expect(await stored('later')).toMatchObject({ state: 'queued' });
    expect(await stored('failed')).toMatchObject({ state: 'failed' });
    expect(setup.alarm.when).toBe(NOW + 30_000);
  });

  it('delivers on its alarm, and ignores other alarms', async () => {
    const setup = setUp(reportPack());
    await start(setup.deps);
    await row('queued', { state: 'queued', attempts: 1, nextAttemptAt: NOW });
    for (const listener of listeners) listener({ name: 'pack-link-check' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(setup.posted).toHaveLength(0);
    for (const listener of listeners) listener({ name: REPORT_ALARM });
    await vi.waitFor(async () => expect((await stored('queued')).state).toBe('sent'));
    expect(setup.posted).toHaveLength(1);
  });

  it('listens for the browser starting, and delivers what is due then', async () => {
    const setup = setUp(reportPack());
    await start(setup.deps);
    expect(startups).toHaveLength(1);
    await row('due', { state: 'queued', attempts: 1, nextAttemptAt: NOW - 1 });
    startups[0]?.();
    await vi.waitFor(async () => expect((await stored('due')).state).toBe('sent'));
  });

  it('sets a watchdog while sending, so a worker that dies mid-POST is woken to try again', async () => {
    const setup = setUp(reportPack(), fakeFetch(deferred().answer));
    const { id } = await setup.handlers.submitReport({ input: reportInput() }, SENDER);
    await vi.waitFor(async () => expect((await stored(id)).state).toBe('sending'));
    expect(setup.alarm.when).toBe(NOW + SENDING_WATCHDOG_MS);
  });
});

describe('reports sent by the person (email, files)', () => {
  it('stay queued without any network until marked sent, then can be cleared', async () => {
    const setup = setUp(reportPack({ email: 'dsl@oakfield.example' }));
    const { answer, entry } = await submit(setup);
    expect(entry).toMatchObject({ state: 'queued', nextAttemptAt: null, via: null, attempts: 0 });
    expect(setup.posted).toHaveLength(0);
    expect(setup.alarm.when).toBeNull();
    await expect(setup.handlers.clearReport({ id: answer.id }, {})).rejects.toThrow(NOT_DELIVERED);

    clock = NOW + 5 * 60_000;
    expect(await setup.handlers.markReportSent({ id: answer.id, via: 'email' }, {})).toEqual({ ok: true });
    expect(await stored(answer.id)).toMatchObject({ state: 'sent', via: 'email', sentAt: NOW + 5 * 60_000 });
    // Marking it again changes nothing.
    clock += 60_000;
    await setup.handlers.markReportSent({ id: answer.id, via: 'file' }, {});
    expect(await stored(answer.id)).toMatchObject({ via: 'email', sentAt: NOW + 5 * 60_000 });

    expect(await setup.handlers.clearReport({ id: answer.id }, {})).toEqual({ ok: true });
    expect(await db.reports.count()).toBe(0);
  });

  it('refuses to mark or retry a report that is not there', async () => {
    const { handlers } = setUp(null);
    await expect(handlers.markReportSent({ id: 'nope', via: 'file' }, {})).rejects.toThrow(
      /not in the outbox/,
    );
    await expect(handlers.retryReport({ id: 'nope' }, {})).rejects.toThrow(/not in the outbox/);
  });
});

describe('the outbox in the popup', () => {
  it('lists newest first, and refuses to clear anything not delivered', async () => {
    const setup = setUp(reportPack(), fakeFetch(status(200), status(503), status(403)));
    const first = await submit(setup);
    clock += 1000;
    const second = await submit(setup);
    clock += 1000;
    const third = await submit(setup);
    const { entries } = await setup.handlers.getOutbox({}, {});
    expect(entries.map((e) => [e.record.id, e.state])).toEqual([
      [third.answer.id, 'failed'],
      [second.answer.id, 'queued'],
      [first.answer.id, 'sent'],
    ]);
    for (const { answer } of [second, third]) {
      await expect(setup.handlers.clearReport({ id: answer.id }, {})).rejects.toThrow(NOT_DELIVERED);
    }
    await setup.handlers.clearReport({ id: first.answer.id }, {});
    expect((await setup.handlers.getOutbox({}, {})).entries).toHaveLength(2);
  });
});

describe('getReportGuidance', () => {
  it('says how the report will travel and to whom', async () => {
    expect(await setUp(reportPack()).handlers.getReportGuidance({}, SENDER)).toMatchObject({
      delivery: 'webhook',
      passedTo: 'Morgan Price (safeguarding lead)',
    });
    forgetActivePack();
    expect(
      await setUp(reportPack({ email: 'dsl@oakfield.example' })).handlers.getReportGuidance({}, SENDER),
    ).toMatchObject({ delivery: 'email', email: 'dsl@oakfield.example' });
  });
});

describe('captureScreenshot', () => {
  const withTabs = (capture: (...args: unknown[]) => Promise<string>) => {
    const captureVisibleTab = vi.fn(capture);
    const { handlers } = setUp(null, undefined, {
      tabs: { captureVisibleTab } as unknown as ReportDeps['tabs'],
    });
    return { handlers, captureVisibleTab };
  };
  const tabSender = (tab: object) => ({ ...SENDER, tab }) as SenderInfo;

  it("captures the reporting tab's window as a PNG", async () => {
    const { handlers, captureVisibleTab } = withTabs(() => Promise.resolve('data:image/png;base64,AAAA'));
    const answer = await handlers.captureScreenshot({}, tabSender({ id: 7, windowId: 3, active: true }));
    expect(answer).toEqual({ dataUrl: 'data:image/png;base64,AAAA' });
    expect(captureVisibleTab).toHaveBeenCalledWith(3, { format: 'png' });
  });

  it('says to use the device screenshot when the browser refuses (no activeTab grant)', async () => {
    const { handlers } = withTabs(() =>
      Promise.reject(new Error('Either the <all_urls> or activeTab permission is required.')),
    );
    await expect(handlers.captureScreenshot({}, tabSender({ id: 7, windowId: 3 }))).rejects.toThrow(
      NO_SCREENSHOT,
    );
  });

  it('never captures another tab: not from a background tab, nor without a tab', async () => {
    const { handlers, captureVisibleTab } = withTabs(() => Promise.resolve('data:image/png;base64,AAAA'));
    await expect(
      handlers.captureScreenshot({}, tabSender({ id: 7, windowId: 3, active: false })),
    ).rejects.toThrow(NO_SCREENSHOT);
    await expect(handlers.captureScreenshot({}, { id: 'ext', url: SENDER.url })).rejects.toThrow(
      NO_SCREENSHOT,
    );
    expect(captureVisibleTab).not.toHaveBeenCalled();
  });
});
