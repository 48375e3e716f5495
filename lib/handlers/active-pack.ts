import { PackError } from '../pack/errors.ts';
import { defaultPack } from '../pack/default-pack.ts';
import { parsePack } from '../pack/load-pack.ts';
import type { RulePack } from '../pack/schema.ts';
import type { StorageAreaLike } from './pauses.ts';

/** Storage key of the manager's pack: the RulePack JSON object. */
export const PACK_KEY = 'pack';

/** GuardStatus.packError holds at most this many characters. */
const MAX_ERROR_LENGTH = 1000;

export interface ActivePack {
  pack: RulePack;
  /** Why the stored pack was refused (the built-in default applies instead), or null. */
  error: string | null;
}

/*
 * The cache. Parsing a pack compiles its patterns, so every draft check should not redo it. We
 * cannot key the cache on the identity of the stored value, because storage.get hands back a
 * fresh copy on every call; so the result is kept per storage area until forgetActivePack(),
 * which the background calls from storage.onChanged when PACK_KEY changes. A load in flight
 * during a change still answers its own callers, but is no longer the cached one.
 */
let cached: { area: StorageAreaLike; result: Promise<ActivePack> } | undefined;

/** Drops the cached pack; the next loadActivePack reads storage again. */
export function forgetActivePack(): void {
  cached = undefined;
}

/** The pack in force: the stored one when it parses, otherwise the built-in default and why. */
export function loadActivePack(area: StorageAreaLike): Promise<ActivePack> {
  if (cached?.area === area) return cached.result;
  const entry = {
    area,
    result: read(area).then(({ active, keep }) => {
      // A storage read that failed is not remembered: the next check tries again.
      if (!keep && cached === entry) cached = undefined;
      return active;
    }),
  };
  cached = entry;
  return entry.result;
}

async function read(area: StorageAreaLike): Promise<{ active: ActivePack; keep: boolean }> {
  let stored: unknown;
  try {
    stored = (await area.get(PACK_KEY))[PACK_KEY];
  } catch (error) {
    const why = `the stored pack could not be read (${describe(error)})`;
    return { active: { pack: defaultPack, error: clip(why) }, keep: false };
  }
  if (stored === undefined) return { active: { pack: defaultPack, error: null }, keep: true };
  try {
    return { active: { pack: parsePack(stored), error: null }, keep: true };
  } catch (error) {
    return { active: { pack: defaultPack, error: clip(describe(error)) }, keep: true };
  }
}

/** A PackError's problems ("meta.version: …") without its "The rule pack was refused:" lead-in. */
function describe(error: unknown): string {
  if (error instanceof PackError) {
    return error.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

const clip = (text: string): string =>
  text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
