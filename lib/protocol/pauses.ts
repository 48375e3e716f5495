import * as z from 'zod/mini';
import { PLATFORMS, type Platform } from '../pack/ids.ts';

// Pauses live in extension storage, written by the background (lib/handlers/pauses.ts) and watched
// by the content script, which parses a change exactly as the background does.

/** Storage key of the pauses: `{ [platform]: pausedUntilEpochMs }`. */
export const PAUSES_KEY = 'pauses';

export type Pauses = Partial<Record<Platform, number>>;

// Loose on keys (unknown ones are dropped below, so a newer version's platform does not wipe the
// rest), strict on values: anything that is not a finite number makes the whole value unusable.
const storedPausesSchema = z.record(z.string(), z.number());
const isPlatform = (key: string): key is Platform => (PLATFORMS as readonly string[]).includes(key);

/**
 * Parses the stored value of PAUSES_KEY. Missing or malformed data means no pauses: failing open
 * keeps the guard checking, which is the safe side. Pure, so the content script can parse a
 * `storage.onChanged` change for PAUSES_KEY exactly as the background does.
 */
export function readPauses(value: unknown): Pauses {
  const parsed = storedPausesSchema.safeParse(value);
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).filter(([key]) => isPlatform(key)));
}

/** When the pause on `platform` ends (epoch ms), or null when it is not paused at `now`. */
export function activePause(pauses: Pauses, platform: Platform, now: number): number | null {
  const until = pauses[platform];
  return until !== undefined && until > now ? until : null;
}
