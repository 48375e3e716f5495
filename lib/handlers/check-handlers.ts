import { checkForPage, checkFriendRequest } from '../guard/check-for-page.ts';
import type { Handlers } from '../messaging/dispatch.ts';
import { loadActivePack } from './active-pack.ts';
import type { StorageAreaLike } from './pauses.ts';

export type CheckHandlers = Pick<Handlers, 'checkDraft' | 'checkFriendRequest'>;

/**
 * Checks run here, in the background, against the active pack: the pack never has to reach the
 * page, and the engine's work stays off the page's main thread. Drafts arrive by message from our
 * own content script and go nowhere else.
 */
export function makeCheckHandlers(area: StorageAreaLike): CheckHandlers {
  return {
    checkDraft: async (request) => checkForPage((await loadActivePack(area)).pack, request),
    checkFriendRequest: async ({ name }) => checkFriendRequest((await loadActivePack(area)).pack, name),
  };
}
