import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StoredEvent } from '../protocol/schemas.ts';
import type { OutboxEntry } from '../safeguarding/record.ts';

/**
 * The background's database: the warnings history (one row per warning and what the person chose,
 * never any draft text) and the safeguarding reports' outbox. Only the background opens it. A
 * content script's IndexedDB belongs to the web page's origin, and our pages read both through
 * messages (shared/notes/style.md §3.4).
 */
export type HistoryDb = Dexie & {
  events: EntityTable<StoredEvent, 'id'>;
  /** Keyed by the record's id (`record.id`). */
  reports: Table<OutboxEntry, string>;
};

export const HISTORY_DB_NAME = 'staff-social-guard';

/**
 * Every schema version, oldest first, in this one place. A later version adds a line below with
 * its stores and an `.upgrade()` for existing rows, plus a test that opens a database written by
 * the version before it. Indexed fields only: `at` for today's counts, the recent list and
 * pruning; `platform` for per-site views. The other fields are stored but not indexed.
 *
 * - 1: `events` (StoredEvent).
 * - 2: adds `reports` (OutboxEntry), keyed by `record.id`; `state` finds what is queued or was
 *   left sending, `nextAttemptAt` the earliest due try (rows with null are simply not in that
 *   index). `events` is unchanged, so no upgrade function is needed: its rows stay as they are.
 */
function declareVersions(db: Dexie): void {
  db.version(1).stores({ events: '++id, at, platform' });
  db.version(2).stores({ reports: 'record.id, state, nextAttemptAt' });
}

/** Opens (lazily, on first use) the history database. Tests pass their own name for isolation. */
export function openHistoryDb(name: string = HISTORY_DB_NAME): HistoryDb {
  const db = new Dexie(name) as HistoryDb;
  declareVersions(db);
  return db;
}
