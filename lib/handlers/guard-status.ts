import type { GuardEvent, GuardStatus } from '../protocol/schemas.ts';
import { loadActivePack } from './active-pack.ts';
import { pausedUntil, type StorageAreaLike } from './pauses.ts';

type Platform = GuardEvent['platform'];

export interface GuardStatusDeps {
  /** Where pauses and the manager's pack are stored: `browser.storage.local` in the extension. */
  area: StorageAreaLike;
}

/** Whether the guard is paused on `platform` at `now`, and which rule pack is in force. */
export async function getGuardStatus(
  deps: GuardStatusDeps,
  platform: Platform,
  now: number,
): Promise<GuardStatus> {
  const [until, { pack, error }] = await Promise.all([
    pausedUntil(deps.area, platform, now),
    loadActivePack(deps.area),
  ]);
  return {
    pausedUntil: until,
    pack: {
      id: pack.meta.id,
      version: pack.meta.version,
      issuer: pack.meta.issuer,
      setting: pack.setting.name,
    },
    packError: error,
  };
}
