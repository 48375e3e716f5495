import type { WxtBrowser as Browser } from 'wxt/browser';
import type { HistoryDb } from '../db/history-db.ts';
import type { OutboxEntry } from '../safeguarding/record.ts';
import { loadActivePack } from './active-pack.ts';
import type { StorageAreaLike } from './pauses.ts';
import {
  SENDING_WATCHDOG_MS,
  due,
  dueIds,
  earliestAttempt,
  getEntry,
  recoverSending,
  settle,
  updateEntry,
} from './report-outbox.ts';
import { postRecord, webhookProblem, WEBHOOK_TIMEOUT_MS } from './report-webhook.ts';

/** The one alarm that wakes the worker for the earliest due try; it outlives the worker. */
export const REPORT_ALARM = 'report-delivery';

export interface DeliveryDeps {
  db: HistoryDb;
  /** `browser.storage.local`: the pack in force says where reports go. */
  area: StorageAreaLike;
  now: () => number;
  fetcher: typeof fetch;
  /** `browser.alarms`. */
  alarms: Pick<Browser['alarms'], 'create' | 'clear'>;
  /** How long one POST may take; the default everywhere but in unit tests. */
  timeoutMs?: number;
}

// Per database, the try in progress (or waiting) for each report id: no two POSTs for one report
// run at once in this worker. And one chain for arming the alarm, so that an older reading of the
// outbox never overwrites a newer one.
const lanes = new WeakMap<HistoryDb, Map<string, Promise<void>>>();
const armChains = new WeakMap<HistoryDb, Promise<void>>();

function laneOf(db: HistoryDb): Map<string, Promise<void>> {
  let lane = lanes.get(db);
  if (!lane) lanes.set(db, (lane = new Map<string, Promise<void>>()));
  return lane;
}

/** Sets the alarm to the earliest due try, or clears it when nothing is waiting. */
export function armAlarm({ db, alarms }: DeliveryDeps): Promise<void> {
  const run = (armChains.get(db) ?? Promise.resolve()).then(async () => {
    const when = await earliestAttempt(db);
    if (when === null) await alarms.clear(REPORT_ALARM);
    else await alarms.create(REPORT_ALARM, { when });
  });
  const settled = run.catch(() => undefined);
  armChains.set(db, settled);
  return settled;
}

/**
 * Tries to deliver one report. `force`: the person asked, or it was just submitted; otherwise only
 * a due try goes ahead. Tries for one id run one after another, each reading the row afresh.
 */
export function deliver(deps: DeliveryDeps, id: string, force: boolean): Promise<void> {
  const lane = laneOf(deps.db);
  const run = (lane.get(id) ?? Promise.resolve())
    .then(() => attempt(deps, id, force))
    .catch(() => undefined)
    .finally(() => {
      if (lane.get(id) === run) lane.delete(id);
    });
  lane.set(id, run);
  return run;
}

async function attempt(deps: DeliveryDeps, id: string, force: boolean): Promise<void> {
  const { db, now } = deps;
  const entry = await getEntry(db, id);
  if (!entry || entry.state === 'sent' || (!force && !due(entry, now()))) return;
  // The address is read at send time, from the pack in force now.
  const url = (await loadActivePack(deps.area)).pack.reports.webhookUrl;
  // Every change leaves alone a report the person marked sent in the meantime.
  const change = (to: (e: OutboxEntry) => OutboxEntry) =>
    updateEntry(db, id, (e) => (e.state === 'sent' ? undefined : to(e)));
  if (!url) {
    // The pack no longer names a webhook: the report waits for the person to send it.
    await change((e) => ({ ...e, state: 'queued', nextAttemptAt: null }));
    return armAlarm(deps);
  }
  const problem = webhookProblem(url);
  if (problem) {
    await change((e) => ({ ...e, state: 'failed', nextAttemptAt: null, lastError: problem }));
    return armAlarm(deps);
  }
  const started = await change((e) => ({
    ...e,
    state: 'sending',
    nextAttemptAt: now() + SENDING_WATCHDOG_MS,
  }));
  if (started?.state !== 'sending') return;
  await armAlarm(deps);
  const outcome = await postRecord(deps.fetcher, url, started.record, deps.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
  await change((e) => settle(e, outcome, now()));
  await armAlarm(deps);
}

/** Delivers every report whose try is due, then sets the alarm for the next one. */
export async function deliverDue(deps: DeliveryDeps): Promise<void> {
  const ids = await dueIds(deps.db, deps.now());
  await Promise.all(ids.map((id) => deliver(deps, id, false)));
  await armAlarm(deps);
}

/**
 * Starts delivery in the background: the alarm delivers what is due; and at start-up, reports a
 * stopped worker left `sending` are queued again, due now (their Idempotency-Key makes a repeat
 * harmless), and everything due is delivered. Call it synchronously when the worker starts, so its
 * listeners are registered in the first turn. runtime.onStartup is listened to so that the browser
 * starting wakes the worker even if it dropped the alarm over the restart. Resolves when the
 * start-up round is done.
 *
 * @example void startReportDelivery(browser, reportDeps); // in defineBackground
 */
export async function startReportDelivery(
  browser: {
    alarms: Pick<Browser['alarms'], 'onAlarm'>;
    runtime: Pick<Browser['runtime'], 'onStartup'>;
  },
  deps: DeliveryDeps,
): Promise<void> {
  const round = () => void deliverDue(deps).catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPORT_ALARM) round();
  });
  browser.runtime.onStartup.addListener(round);
  const lane = laneOf(deps.db);
  try {
    await recoverSending(deps.db, deps.now(), (id) => lane.has(id));
    await deliverDue(deps);
  } catch {
    // The database could not be read: the alarm, a message or the next start tries again.
  }
}
