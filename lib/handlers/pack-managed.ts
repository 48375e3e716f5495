import { z } from 'zod';
import type { Trust } from '../pack-trust/verify-signed-pack.ts';
import { packUrlProblem } from './pack-link.ts';

/**
 * What an administrator sets through browser policy (Chrome and Edge: the managed_schema in
 * public/managed_schema.json; Firefox: the "3rdparty" policy): the pack's address and the keys
 * allowed to sign it. Such a setup is locked for staff.
 */
const managedSchema = z.object({
  packUrl: z.string().optional(),
  trustedKeys: z.array(z.string()).optional(),
});

export interface ManagedConfig {
  packUrl: string;
  trust: Trust[];
}

// storage.managed.get can hang on some browsers and platforms when no policy is set, so a read
// that takes longer than this counts as "not managed".
export const MANAGED_READ_TIMEOUT_MS = 3000;

/** The managed setup, or null when there is none, it is unusable, or reading it hung. */
export async function readManagedConfig(
  read: () => Promise<Record<string, unknown>>,
  timeoutMs = MANAGED_READ_TIMEOUT_MS,
): Promise<ManagedConfig | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  try {
    const items = await Promise.race([read().catch(() => null), timeout]);
    const parsed = managedSchema.safeParse(items ?? {});
    if (!parsed.success || !parsed.data.packUrl || packUrlProblem(parsed.data.packUrl)) return null;
    const trust = (parsed.data.trustedKeys ?? []).flatMap((key): Trust[] => {
      const text = key.trim();
      if (/^[0-9a-fA-F]{64}$/.test(text)) return [{ fingerprint: text.toLowerCase() }];
      if (/^[A-Za-z0-9_-]{43}$/.test(text)) return [{ publicKey: text }];
      return [];
    });
    return trust.length > 0 ? { packUrl: parsed.data.packUrl, trust } : null;
  } finally {
    clearTimeout(timer);
  }
}
