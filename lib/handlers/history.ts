import type { HistoryDb } from '../db/history-db.ts';
import { PLATFORMS } from '../pack/schema.ts';
import {
  CHOICES,
  guardEventSchema,
  type GuardEvent,
  type HistorySummary,
  type StoredEvent,
} from '../protocol/schemas.ts';

/** How many events the popup lists. */
export const RECENT_COUNT = 20;

/*
 * Pruning. The history is for the person at the keyboard ("what did it warn me about today?"), not
 * a record for anyone else, so we keep only what that needs and no more:
 * - at most MAX_EVENTS events, so IndexedDB stays small even for someone warned all day;
 * - nothing older than MAX_AGE_DAYS days, so an old slip does not follow anyone around.
 * Pruning happens in recordEvent, the only place the table grows, so no alarm or timer is needed
 * and the background (an MV3 service worker that comes and goes) does no work while idle.
 */
export const MAX_EVENTS = 5_000;
export const MAX_AGE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Stores one event at `now` (epoch ms) and prunes. The event is parsed again here, which strips
 * any field the schema does not know: a draft's `text` sent by mistake is never stored.
 */
export async function recordEvent(db: HistoryDb, event: GuardEvent, now: number): Promise<StoredEvent> {
  const clean = guardEventSchema.parse(event);
  return db.transaction('rw', db.events, async () => {
    const id = await db.events.add({ ...clean, at: now });
    await db.events
      .where('at')
      .below(now - MAX_AGE_DAYS * DAY_MS)
      .delete();
    const excess = (await db.events.count()) - MAX_EVENTS;
    if (excess > 0) {
      // Index order is (at, id), so ties on `at` drop the earlier-recorded event first.
      await db.events.bulkDelete(await db.events.orderBy('at').limit(excess).primaryKeys());
    }
    return { ...clean, id, at: now };
  });
}

/** Local midnight at the start of the day that holds `now`, in epoch ms. */
export function startOfLocalDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

const zeroes = (keys: readonly string[]): Record<string, number> =>
  Object.fromEntries(keys.map((key) => [key, 0]));

/**
 * Today's counts (since local midnight of `now`, every choice and platform present, zero or not)
 * and the last RECENT_COUNT events, newest first, whatever day they were on.
 */
export async function getHistory(db: HistoryDb, now: number): Promise<HistorySummary> {
  return db.transaction('r', db.events, async () => {
    const today = await db.events.where('at').aboveOrEqual(startOfLocalDay(now)).toArray();
    const byChoice = zeroes(CHOICES);
    const byPlatform = zeroes(PLATFORMS);
    for (const event of today) {
      byChoice[event.choice] = (byChoice[event.choice] ?? 0) + 1;
      byPlatform[event.platform] = (byPlatform[event.platform] ?? 0) + 1;
    }
    const recent = await db.events.orderBy('at').reverse().limit(RECENT_COUNT).toArray();
    return { today: { total: today.length, byChoice, byPlatform }, recent };
  });
}

/** Deletes every event. */
export async function clearHistory(db: HistoryDb): Promise<void> {
  await db.events.clear();
}
