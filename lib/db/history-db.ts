import Dexie, { type EntityTable } from 'dexie';
import type { StoredEvent } from '../protocol/schemas.ts';

/**
 * The warnings history: one row per warning and what the person chose, never any draft text.
 * Only the background opens it. A content script's IndexedDB belongs to the web page's origin,
 * and our pages read the history through messages (shared/notes/style.md §3.4).
 */
export type HistoryDb = Dexie & { events: EntityTable<StoredEvent, 'id'> };

export const HISTORY_DB_NAME = 'staff-social-guard';

/**
 * Every schema version, oldest first, in this one place. A later version adds a line below with
 * its stores and an `.upgrade()` for existing rows, plus a test that opens a database written by
 * the version before it. Indexed fields only: `at` for today's counts, the recent list and
 * pruning; `platform` for per-site views. The other fields are stored but not indexed.
 *
 * - 1: `events` (StoredEvent).
 */
function declareVersions(db: Dexie): void {
  db.version(1).stores({ events: '++id, at, platform' });
}

/** Opens (lazily, on first use) the history database. Tests pass their own name for isolation. */
export function openHistoryDb(name: string = HISTORY_DB_NAME): HistoryDb {
  const db = new Dexie(name) as HistoryDb;
  declareVersions(db);
  return db;
}
