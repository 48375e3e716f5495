import type { RulePack } from '../pack/schema.ts';
import type { InstallResult } from '../protocol/pack-schemas.ts';
import { verifySignedPack, type Trust } from '../pack-trust/verify-signed-pack.ts';
import { PACK_KEY } from './active-pack.ts';
import type { StorageAreaLike } from './pauses.ts';
import { checksFor, readStore, writeStore } from './pack-store.ts';

export type InstallSource = { kind: 'file' | 'link' | 'managed'; label: string };

export interface InstallOptions {
  /** The full fingerprint staff accepted on a first import; null when not asked. */
  acceptFingerprint: string | null;
  /** Set by the browser's administrator: these keys only, and no first-import question. */
  managedTrust: readonly Trust[] | null;
  now: number;
}

/**
 * Installs a signed pack after exactly the checks `pack verify` runs. The key must be the one
 * trusted before (or, on a first import, the fingerprint staff just accepted), and the version must
 * be newer than the one in force. A refused pack is recorded, and the last good pack stays.
 */
export async function installSignedPack(
  area: StorageAreaLike,
  text: string,
  source: InstallSource,
  options: InstallOptions,
): Promise<InstallResult> {
  const store = await readStore(area);
  const checks = checksFor(store);
  const trust = options.managedTrust ?? checks.trust;
  const { previousVersion } = checks;
  const verdict = await verifySignedPack(text, { trust, previousVersion });
  if (!verdict.ok) {
    // The same version again from a link is the normal "nothing new", not a refusal.
    if (
      verdict.refusal === 'not-newer' &&
      source.kind !== 'file' &&
      (await sameVersion(text, previousVersion))
    ) {
      return { ok: false, reason: 'no newer version' };
    }
    await writeStore(area, {
      lastRefusal: { at: options.now, source: source.label, reason: verdict.reason },
    });
    return { ok: false, reason: verdict.reason };
  }
  if (!trust && options.acceptFingerprint !== verdict.fingerprint) {
    return {
      ok: false,
      needsTrust: true,
      reason:
        'This is the first pack from this key: compare its fingerprint with the one your manager gave you.',
      fingerprint: verdict.fingerprint,
      version: verdict.version,
      setting: verdict.pack.setting.name,
    };
  }
  await activate(area, verdict.pack, verdict.fingerprint, source, options.now, !trust);
  return { ok: true, version: verdict.version };
}

async function activate(
  area: StorageAreaLike,
  pack: RulePack,
  fingerprint: string,
  source: InstallSource,
  now: number,
  firstTrust: boolean,
) {
  await area.set({
    [PACK_KEY]: pack,
    packInfo: { source: source.kind, version: pack.meta.version, fingerprint, installedAt: now },
    lastRefusal: null,
    ...(firstTrust && source.kind !== 'managed'
      ? { trust: { fingerprints: [fingerprint], acceptedAt: now } }
      : {}),
  });
}

async function sameVersion(text: string, previousVersion: number | null): Promise<boolean> {
  const verdict = await verifySignedPack(text, { trust: null, previousVersion: null });
  return verdict.ok && verdict.version === previousVersion;
}
