import type { HistoryDb } from '../db/history-db.ts';
import { retryDelayMs } from '../safeguarding/make-record.ts';
import type { OutboxEntry, ReportRecord } from '../safeguarding/record.ts';
import type { Outcome } from './report-webhook.ts';

// The outbox: every report is written here before anything else happens to it, and leaves only
// when it has been delivered and the person clears it. Rows are OutboxEntry, keyed by record.id.
//
// States:
// - queued, nextAttemptAt set: a webhook try is due at that time (the alarm wakes the worker);
// - queued, nextAttemptAt null: waiting for the person to send it themselves (email, files);
// - sending: a webhook POST is in flight. nextAttemptAt is then a watchdog, past the time limit,
//   so that if the worker dies mid-delivery the alarm still wakes it to try again;
// - sent: delivered (sentAt, via); only now may it be cleared;
// - failed: the webhook refused it or may not be used (lastError); no automatic retry.

/** Past the POST's own time limit: a `sending` row older than this was left by a worker that died. */
export const SENDING_WATCHDOG_MS = 60_000;

/** A new row, queued: due now for a webhook, otherwise waiting for the person. */
export function newEntry(record: ReportRecord, webhook: boolean, now: number): OutboxEntry {
  return {
    record,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: webhook ? now : null,
    sentAt: null,
    lastError: null,
    via: null,
  };
}

export const getEntry = (db: HistoryDb, id: string): Promise<OutboxEntry | undefined> => db.reports.get(id);

/** Stores a new row; refuses an id already there (ids are random UUIDs, so that is a bug). */
export async function addEntry(db: HistoryDb, entry: OutboxEntry): Promise<void> {
  await db.reports.add(entry);
}

/** Every row, newest first. */
export async function listEntries(db: HistoryDb): Promise<OutboxEntry[]> {
  const rows = await db.reports.toArray();
  return rows.sort((a, b) => b.record.createdAt - a.record.createdAt);
}

/**
 * Changes one row in a transaction: `change` gets the stored row and returns the new one, or
 * undefined to leave it. Returns the row as stored afterwards (undefined when there is none).
 */
export function updateEntry(
  db: HistoryDb,
  id: string,
  change: (entry: OutboxEntry) => OutboxEntry | undefined,
): Promise<OutboxEntry | undefined> {
  return db.transaction('rw', db.reports, async () => {
    const entry = await db.reports.get(id);
    if (!entry) return undefined;
    const next = change(entry);
    if (!next) return entry;
    await db.reports.put(next);
    return next;
  });
}

/** Ids of rows whose automatic try is due at `now`: queued ones, and `sending` ones past the watchdog. */
export async function dueIds(db: HistoryDb, now: number): Promise<string[]> {
  const rows = await db.reports.where('nextAttemptAt').belowOrEqual(now).toArray();
  return rows
    .filter((entry) => entry.state === 'queued' || entry.state === 'sending')
    .sort((a, b) => (a.nextAttemptAt ?? 0) - (b.nextAttemptAt ?? 0))
    .map((entry) => entry.record.id);
}

/** When the alarm should next wake the worker, or null when nothing is waiting for a try. */
export async function earliestAttempt(db: HistoryDb): Promise<number | null> {
  const next = await db.reports
    .orderBy('nextAttemptAt')
    .filter((entry) => entry.state === 'queued' || entry.state === 'sending')
    .first();
  return next?.nextAttemptAt ?? null;
}

/**
 * At start-up: rows left `sending` by a worker that stopped mid-delivery go back to `queued`, due
 * now, except those `busy` says this worker is sending. Returns how many were put back.
 */
export function recoverSending(db: HistoryDb, now: number, busy: (id: string) => boolean): Promise<number> {
  return db.transaction('rw', db.reports, async () => {
    const stale = (await db.reports.where('state').equals('sending').toArray()).filter(
      (entry) => !busy(entry.record.id),
    );
    await db.reports.bulkPut(stale.map((entry) => ({ ...entry, state: 'queued', nextAttemptAt: now })));
    return stale.length;
  });
}

/** Whether an automatic try is due at `now`. */
export const due = (entry: OutboxEntry, now: number): boolean =>
  (entry.state === 'queued' || entry.state === 'sending') &&
  entry.nextAttemptAt !== null &&
  entry.nextAttemptAt <= now;

/** The row after a try: sent, queued for a later try (growing waits), or failed. */
export function settle(entry: OutboxEntry, outcome: Outcome, at: number): OutboxEntry {
  const attempts = entry.attempts + 1;
  switch (outcome.kind) {
    case 'sent':
      return {
        ...entry,
        state: 'sent',
        attempts,
        nextAttemptAt: null,
        sentAt: at,
        lastError: null,
        via: 'webhook',
      };
    case 'retry':
      return {
        ...entry,
        state: 'queued',
        attempts,
        nextAttemptAt: at + retryDelayMs(attempts),
        lastError: outcome.reason,
      };
    case 'failed':
      return { ...entry, state: 'failed', attempts, nextAttemptAt: null, lastError: outcome.reason };
  }
}
