import type { HistoryDb } from '../db/history-db.ts';
import type { Handlers } from '../messaging/dispatch.ts';
import { getGuardStatus } from './guard-status.ts';
import { clearHistory, getHistory, recordEvent } from './history.ts';
import { pausePlatform, resumePlatform, type StorageAreaLike } from './pauses.ts';

export interface BackgroundDeps {
  db: HistoryDb;
  /** `browser.storage.local` in the extension. */
  area: StorageAreaLike;
  /** Epoch milliseconds; `Date.now` in the extension. */
  now: () => number;
}

export type BackgroundHandlers = Pick<
  Handlers,
  'recordEvent' | 'getGuardStatus' | 'pausePlatform' | 'resumePlatform' | 'getHistory' | 'clearHistory'
>;

/**
 * The history, pause and status handlers, bound to their dependencies. The dispatcher has
 * already checked the sender and parsed each request when these run.
 *
 * @example
 * const handlers: Handlers = {
 *   ...makeBackgroundHandlers({ db: openHistoryDb(), area: browser.storage.local, now: Date.now }),
 *   checkDraft, checkFriendRequest,
 * };
 */
export function makeBackgroundHandlers({ db, area, now }: BackgroundDeps): BackgroundHandlers {
  return {
    recordEvent: async (event) => {
      await recordEvent(db, event, now());
      return { ok: true };
    },
    getGuardStatus: ({ platform }) => getGuardStatus({ area }, platform, now()),
    pausePlatform: async ({ platform, minutes }) => ({
      pausedUntil: await pausePlatform(area, platform, minutes, now()),
    }),
    resumePlatform: async ({ platform }) => {
      await resumePlatform(area, platform);
      return { ok: true };
    },
    getHistory: () => getHistory(db, now()),
    clearHistory: async () => {
      await clearHistory(db);
      return { ok: true };
    },
  };
}
