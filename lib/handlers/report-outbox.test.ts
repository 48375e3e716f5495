import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistoryDb, type HistoryDb } from '../db/history-db.ts';
import { makeRecord } from '../safeguarding/make-record.ts';
import type { OutboxEntry } from '../safeguarding/record.ts';
import { recordEvent } from './history.ts';
import {
  addEntry,
  dueIds,
  earliestAttempt,
  listEntries,
  newEntry,
  recoverSending,
  updateEntry,
} from './report-outbox.ts';
import { NOW, reportInput, reportPack } from './report-test-data.ts';

let db: HistoryDb;
let count = 0;
const name = () => `report-outbox-test-${count}`;
beforeEach(() => {
  count += 1;
  db = openHistoryDb(name());
});
afterEach(async () => {
  await db.delete();
});

const entry = async (
  id: string,
  overrides: Partial<OutboxEntry> = {},
  createdAt = NOW,
): Promise<OutboxEntry> => ({
  ...newEntry(await makeRecord(reportInput(), reportPack(), id, createdAt), true, createdAt),
  ...overrides,
});

describe('the database upgrade to version 2', () => {
  it('keeps the events a version 1 database holds, and adds an empty outbox', async () => {
    db.close();
    // The database as version 1 of the extension wrote it.
    const v1 = new Dexie(name());
    v1.version(1).stores({ events: '++id, at, platform' });
    await v1.table('events').add({
      platform: 'x',
      surface: 'x.post',
      categories: ['foul-language'],
      ruleIds: ['foul-language'],
      choice: 'edited',
      at: NOW,
    });
    expect(v1.backendDB().objectStoreNames.contains('reports')).toBe(false);
    v1.close();

    db = openHistoryDb(name());
    const events = await db.events.toArray();
    expect(db.verno).toBe(2);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(['events', 'reports']);
    expect(events).toEqual([expect.objectContaining({ platform: 'x', choice: 'edited', at: NOW, id: 1 })]);
    expect(await db.reports.count()).toBe(0);
    // Both tables work after the upgrade.
    await recordEvent(db, { ...events[0]!, platform: 'facebook', surface: 'facebook.post' }, NOW + 1);
    expect(await db.events.count()).toBe(2);
    await addEntry(db, await entry('a'));
    expect((await db.reports.get('a'))?.record.id).toBe('a');
  });
});

describe('the outbox', () => {
  it('lists newest first', async () => {
    await addEntry(db, await entry('old', {}, NOW - 60_000));
    await addEntry(db, await entry('new', {}, NOW));
    await addEntry(db, await entry('middle', {}, NOW - 30_000));
    expect((await listEntries(db)).map((e) => e.record.id)).toEqual(['new', 'middle', 'old']);
  });

  it('finds what is due, and when the next try is', async () => {
    await addEntry(db, await entry('due', { nextAttemptAt: NOW - 1 }));
    await addEntry(db, await entry('later', { nextAttemptAt: NOW + 30_000 }));
    await addEntry(db, await entry('by-hand', { nextAttemptAt: null }));
    await addEntry(db, await entry('stale-sending', { state: 'sending', nextAttemptAt: NOW - 5 }));
    await addEntry(db, await entry('failed', { state: 'failed', nextAttemptAt: null }));
    await addEntry(db, await entry('sent', { state: 'sent', nextAttemptAt: null, sentAt: NOW }));
    expect(await dueIds(db, NOW)).toEqual(['stale-sending', 'due']);
    expect(await earliestAttempt(db)).toBe(NOW - 5);
    await updateEntry(db, 'stale-sending', (e) => ({ ...e, state: 'sent', nextAttemptAt: null }));
    await updateEntry(db, 'due', (e) => ({ ...e, state: 'failed', nextAttemptAt: null }));
    expect(await dueIds(db, NOW)).toEqual([]);
    expect(await earliestAttempt(db)).toBe(NOW + 30_000);
  });

  it('puts reports left sending back in the queue, due now, except those this worker is sending', async () => {
    await addEntry(db, await entry('left', { state: 'sending', nextAttemptAt: NOW + 60_000 }));
    await addEntry(db, await entry('mine', { state: 'sending', nextAttemptAt: NOW + 60_000 }));
    expect(await recoverSending(db, NOW, (id) => id === 'mine')).toBe(1);
    expect(await db.reports.get('left')).toMatchObject({ state: 'queued', nextAttemptAt: NOW });
    expect(await db.reports.get('mine')).toMatchObject({ state: 'sending' });
  });

  it('changes a row only through updateEntry, and leaves it when told to', async () => {
    await addEntry(db, await entry('a'));
    expect(await updateEntry(db, 'missing', (e) => e)).toBeUndefined();
    expect((await updateEntry(db, 'a', () => undefined))?.state).toBe('queued');
    expect((await updateEntry(db, 'a', (e) => ({ ...e, attempts: 2 })))?.attempts).toBe(2);
    await expect(addEntry(db, await entry('a'))).rejects.toThrow();
  });
});
