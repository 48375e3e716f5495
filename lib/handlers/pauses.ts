import type { Platform } from '../pack/ids.ts';
import { activePause, PAUSES_KEY, readPauses, type Pauses } from '../protocol/pauses.ts';

/** The part of `browser.storage.local` (or any storage area) these handlers use. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

async function load(area: StorageAreaLike): Promise<Pauses> {
  const items = await area.get(PAUSES_KEY);
  return readPauses(items[PAUSES_KEY]);
}

/** Drops pauses that have ended, so the stored value never grows stale entries. */
function current(pauses: Pauses, now: number): Pauses {
  return Object.fromEntries(Object.entries(pauses).filter(([, until]) => until > now));
}

/** Pauses the guard on `platform` for `minutes` from `now`; returns when the pause ends. */
export async function pausePlatform(
  area: StorageAreaLike,
  platform: Platform,
  minutes: number,
  now: number,
): Promise<number> {
  const until = now + minutes * 60_000;
  const pauses = current(await load(area), now);
  await area.set({ [PAUSES_KEY]: { ...pauses, [platform]: until } });
  return until;
}

/** Ends any pause on `platform` straight away. */
export async function resumePlatform(area: StorageAreaLike, platform: Platform): Promise<void> {
  const pauses = await load(area);
  delete pauses[platform];
  await area.set({ [PAUSES_KEY]: pauses });
}

/** When the pause on `platform` ends (epoch ms), or null when it is not paused at `now`. */
export async function pausedUntil(
  area: StorageAreaLike,
  platform: Platform,
  now: number,
): Promise<number | null> {
  return activePause(await load(area), platform, now);
}
