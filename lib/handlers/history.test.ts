import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistoryDb, type HistoryDb } from '../db/history-db.ts';
import type { GuardEvent } from '../protocol/schemas.ts';
import { MAX_AGE_DAYS, MAX_EVENTS, clearHistory, getHistory, recordEvent } from './history.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Local times, so the midnight boundary holds in whatever time zone the tests run.
const NOW = new Date(2026, 10, 25, 9, 30).getTime();
const LOCAL_MIDNIGHT = new Date(2026, 10, 25, 0, 0).getTime();

const event = (overrides: Partial<GuardEvent> = {}): GuardEvent => ({
  platform: 'facebook',
  surface: 'facebook.post',
  categories: ['work-comment'],
  ruleIds: ['work-comment'],
  choice: 'edited',
  ...overrides,
});

let db: HistoryDb;
let dbCount = 0;
beforeEach(() => {
  dbCount += 1;
  db = openHistoryDb(`history-test-${dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

describe('recordEvent and getHistory', () => {
  it("counts today's events by choice and platform, and lists them newest first", async () => {
    await recordEvent(db, event({ choice: 'edited' }), NOW - 30 * MINUTE);
    await recordEvent(
      db,
      event({ choice: 'sent-anyway', reason: 'my own child', platform: 'x' }),
      NOW - 20 * MINUTE,
    );
    await recordEvent(db, event({ choice: 'blocked', platform: 'instagram' }), NOW - 10 * MINUTE);
    await recordEvent(db, event({ choice: 'edited' }), NOW);

    const { today, recent } = await getHistory(db, NOW);
    expect(today.total).toBe(4);
    expect(today.byChoice).toEqual({
      edited: 2,
      'sent-anyway': 1,
      blocked: 1,
      'confirmed-anyway': 0,
      cancelled: 0,
    });
    expect(today.byPlatform).toEqual({ facebook: 2, instagram: 1, x: 1 });
    expect(recent.map((e) => e.at)).toEqual([NOW, NOW - 10 * MINUTE, NOW - 20 * MINUTE, NOW - 30 * MINUTE]);
    expect(recent[2]).toMatchObject({ platform: 'x', choice: 'sent-anyway', reason: 'my own child' });
    expect(recent[0]?.id).toEqual(expect.any(Number));
  });

  it('lists only the last 20 events', async () => {
    for (let i = 0; i < 25; i += 1) await recordEvent(db, event(), NOW - (25 - i) * MINUTE);
    const { today, recent } = await getHistory(db, NOW);
    expect(today.total).toBe(25);
    expect(recent).toHaveLength(20);
    expect(recent[0]?.at).toBe(NOW - MINUTE);
    expect(recent[19]?.at).toBe(NOW - 20 * MINUTE);
  });

  it('counts from local midnight: yesterday is listed but not counted', async () => {
    await recordEvent(db, event({ choice: 'blocked' }), LOCAL_MIDNIGHT - 1);
    await recordEvent(db, event({ choice: 'edited' }), LOCAL_MIDNIGHT);
    const { today, recent } = await getHistory(db, NOW);
    expect(today.total).toBe(1);
    expect(today.byChoice.blocked).toBe(0);
    expect(today.byChoice.edited).toBe(1);
    expect(recent.map((e) => e.at)).toEqual([LOCAL_MIDNIGHT, LOCAL_MIDNIGHT - 1]);
  });

  it('never stores draft text, even when a caller sends it', async () => {
    const withText = { ...event(), text: 'Millie Jones had a rough day at nursery' } as GuardEvent;
    const stored = await recordEvent(db, withText, NOW);
    expect(stored).not.toHaveProperty('text');
    const [row] = await db.events.toArray();
    expect(row).toBeDefined();
    expect(row).not.toHaveProperty('text');
    expect(JSON.stringify(row)).not.toContain('Millie');
  });

  it('refuses an event that does not match the schema', async () => {
    await expect(
      recordEvent(db, { ...event(), choice: 'posted' } as unknown as GuardEvent, NOW),
    ).rejects.toThrow();
    expect(await db.events.count()).toBe(0);
  });
});

describe('pruning', () => {
  it(`keeps at most ${MAX_EVENTS} events, dropping the oldest`, async () => {
    const rows = Array.from({ length: MAX_EVENTS }, (_, i) => ({
      ...event(),
      at: NOW - (MAX_EVENTS - i) * 1000,
    }));
    await db.events.bulkAdd(rows);
    const oldest = NOW - MAX_EVENTS * 1000;
    await recordEvent(db, event({ choice: 'blocked' }), NOW);
    expect(await db.events.count()).toBe(MAX_EVENTS);
    expect(await db.events.where('at').equals(oldest).count()).toBe(0);
    expect(
      await db.events
        .where('at')
        .equals(oldest + 1000)
        .count(),
    ).toBe(1);
    expect(await db.events.where('at').equals(NOW).count()).toBe(1);
  });

  it(`drops events older than ${MAX_AGE_DAYS} days`, async () => {
    const limit = NOW - MAX_AGE_DAYS * DAY;
    await db.events.bulkAdd([
      { ...event(), at: limit - 1 },
      { ...event(), at: limit },
    ]);
    await recordEvent(db, event(), NOW);
    expect((await db.events.orderBy('at').toArray()).map((e) => e.at)).toEqual([limit, NOW]);
  });
});

describe('clearHistory', () => {
  it('deletes every event', async () => {
    await recordEvent(db, event(), NOW - MINUTE);
    await recordEvent(db, event(), NOW);
    await clearHistory(db);
    const { today, recent } = await getHistory(db, NOW);
    expect(today.total).toBe(0);
    expect(recent).toEqual([]);
  });
});
