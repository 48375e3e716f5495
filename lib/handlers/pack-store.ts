import { z } from 'zod';
import { PACK_SOURCES } from '../protocol/pack-schemas.ts';
import type { StorageAreaLike } from './pauses.ts';

// Everything the background keeps about the rule pack, each under its own key in
// browser.storage.local, parsed with zod on every read: a damaged value counts as absent.
// The pack itself lives under PACK_KEY (active-pack.ts), where the checks read it.

const packInfoSchema = z.object({
  source: z.enum(PACK_SOURCES),
  version: z.number(),
  fingerprint: z.string().nullable(),
  installedAt: z.number(),
});
const trustSchema = z.object({ fingerprints: z.array(z.string()).min(1), acceptedAt: z.number() });
const subscriptionSchema = z.object({
  url: z.string(),
  lastCheckedAt: z.number().nullable(),
  lastResult: z.string().nullable(),
});
const refusalSchema = z.object({ at: z.number(), source: z.string(), reason: z.string() });
const acknowledgementsSchema = z.array(
  z.object({
    packId: z.string(),
    version: z.number(),
    setting: z.string(),
    fingerprint: z.string().nullable(),
    at: z.number(),
  }),
);

const SCHEMAS = {
  packInfo: packInfoSchema,
  trust: trustSchema,
  subscription: subscriptionSchema,
  lastRefusal: refusalSchema,
  acknowledgements: acknowledgementsSchema,
};
type Store = { [K in keyof typeof SCHEMAS]: z.infer<(typeof SCHEMAS)[K]> | null };
export type PackInfo = z.infer<typeof packInfoSchema>;
export type Subscription = z.infer<typeof subscriptionSchema>;

export async function readStore(area: StorageAreaLike): Promise<Store> {
  const entries = await Promise.all(
    (Object.keys(SCHEMAS) as (keyof Store)[]).map(async (key) => {
      const parsed = SCHEMAS[key].safeParse((await area.get(key))[key]);
      return [key, parsed.success ? parsed.data : null] as const;
    }),
  );
  return Object.fromEntries(entries) as Store;
}

/** Writes some parts of the store; null removes a part (by writing null, which reads as absent). */
export async function writeStore(area: StorageAreaLike, parts: Partial<Store>): Promise<void> {
  await area.set(parts);
}

/**
 * What a new pack is checked against: the keys staff accepted (null before a first import) and
 * the version in force (null while the built-in pack applies).
 */
export function checksFor(store: Store): {
  trust: { fingerprint: string }[] | null;
  previousVersion: number | null;
} {
  return {
    trust: store.trust?.fingerprints.map((fingerprint) => ({ fingerprint })) ?? null,
    previousVersion: store.packInfo && store.packInfo.source !== 'builtin' ? store.packInfo.version : null,
  };
}
