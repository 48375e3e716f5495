import type { Handlers } from '../messaging/dispatch.ts';
import type { PackState } from '../protocol/pack-schemas.ts';
import { verifySignedPack } from '../pack-trust/verify-signed-pack.ts';
import { forgetActivePack, loadActivePack } from './active-pack.ts';
import { fetchPack, packUrlProblem } from './pack-link.ts';
import type { ManagedConfig } from './pack-managed.ts';
import { installSignedPack, type InstallSource } from './pack-install.ts';
import { checksFor, readStore, writeStore } from './pack-store.ts';
import type { StorageAreaLike } from './pauses.ts';

export interface PackDeps {
  area: StorageAreaLike;
  now: () => number;
  fetcher: typeof fetch;
  managed: () => Promise<ManagedConfig | null>;
}

export type PackHandlers = Pick<
  Handlers,
  | 'getPackState'
  | 'previewPackFile'
  | 'installPackFile'
  | 'subscribePack'
  | 'unsubscribePack'
  | 'checkPackNow'
  | 'acknowledgePack'
  | 'getAcknowledgements'
>;

const LOCKED = 'Your organisation manages this rule pack, so it cannot be changed here.';

export function makePackHandlers(deps: PackDeps): PackHandlers {
  const { area, now } = deps;
  const installed = <T>(result: T): T => (forgetActivePack(), result);

  const checkNow = async (acceptFingerprint: string | null) => {
    const [store, managed] = [await readStore(area), await deps.managed()];
    const subscription = managed
      ? store.subscription?.url === managed.packUrl
        ? store.subscription
        : fresh(managed.packUrl)
      : store.subscription;
    if (!subscription)
      return { ok: false as const, reason: 'This browser does not follow a link for its rule pack.' };
    const fetched = await fetchPack(subscription.url, deps.fetcher);
    const source: InstallSource = { kind: managed ? 'managed' : 'link', label: subscription.url };
    const result =
      fetched.kind === 'fetched'
        ? await installSignedPack(area, fetched.text, source, {
            acceptFingerprint,
            managedTrust: managed?.trust ?? null,
            now: now(),
          })
        : { ok: false as const, reason: `The check failed: ${fetched.reason}.` };
    const lastResult = result.ok ? `updated to version ${result.version}` : result.reason;
    await writeStore(area, { subscription: { ...subscription, lastCheckedAt: now(), lastResult } });
    return installed(result);
  };

  return {
    getPackState: async () => packState(area, await deps.managed()),
    previewPackFile: async ({ text }) => {
      const store = await readStore(area);
      const { trust, previousVersion } = checksFor(store);
      const verdict = await verifySignedPack(text, { trust, previousVersion });
      if (!verdict.ok) {
        // A refused file is a refused pack: the popup says so too, not only the import form.
        await writeStore(area, { lastRefusal: { at: now(), source: 'a file', reason: verdict.reason } });
        return { ok: false, reason: verdict.reason };
      }
      const { pack, fingerprint, version } = verdict;
      return {
        ok: true,
        needsTrust: trust === null,
        fingerprint,
        version,
        setting: pack.setting.name,
        issuer: pack.meta.issuer,
      };
    },
    installPackFile: async ({ text, acceptFingerprint }) => {
      if (await deps.managed()) return { ok: false, reason: LOCKED };
      const result = await installSignedPack(
        area,
        text,
        { kind: 'file', label: 'a file' },
        { acceptFingerprint, managedTrust: null, now: now() },
      );
      return installed(result);
    },
    subscribePack: async ({ url, acceptFingerprint }) => {
      if (await deps.managed()) return { ok: false, reason: LOCKED };
      const problem = packUrlProblem(url);
      if (problem) return { ok: false, reason: problem };
      const previous = (await readStore(area)).subscription;
      await writeStore(area, { subscription: fresh(url) });
      const result = await checkNow(acceptFingerprint);
      // Keep following the link only once its pack is trusted; otherwise put things back.
      if (!result.ok && result.reason !== 'no newer version')
        await writeStore(area, { subscription: previous });
      return result;
    },
    unsubscribePack: async () => {
      if (await deps.managed()) throw new Error(LOCKED);
      await writeStore(area, { subscription: null });
      return { ok: true };
    },
    checkPackNow: () => checkNow(null),
    acknowledgePack: async ({ version }) => {
      const { pack } = await loadActivePack(area);
      if (pack.meta.version !== version)
        throw new Error('That version is no longer the one in force: reload the page.');
      const store = await readStore(area);
      const entry = {
        packId: pack.meta.id,
        version,
        setting: pack.setting.name,
        fingerprint: store.packInfo?.fingerprint ?? null,
        at: now(),
      };
      await writeStore(area, { acknowledgements: [...(store.acknowledgements ?? []), entry] });
      return { ok: true };
    },
    getAcknowledgements: async () => ({ acknowledgements: (await readStore(area)).acknowledgements ?? [] }),
  };
}

const fresh = (url: string) => ({
  url,
  etag: null,
  lastModified: null,
  lastCheckedAt: null,
  lastResult: null,
});

async function packState(area: StorageAreaLike, managed: ManagedConfig | null): Promise<PackState> {
  const [{ pack }, store] = [await loadActivePack(area), await readStore(area)];
  const info = store.packInfo;
  const builtin = !info || info.version !== pack.meta.version;
  const acknowledged =
    builtin ||
    (store.acknowledgements ?? []).some((a) => a.packId === pack.meta.id && a.version === pack.meta.version);
  const clauses = Object.entries(pack.rules).map(([category, rule]) => ({
    category,
    id: rule.clause.id,
    text: rule.clause.text,
    severity: rule.severity,
    message: rule.message,
  }));
  return {
    active: {
      id: pack.meta.id,
      version: pack.meta.version,
      issuer: pack.meta.issuer,
      setting: pack.setting.name,
      source: builtin ? 'builtin' : info.source,
      fingerprint: builtin ? null : info.fingerprint,
      installedAt: builtin ? null : info.installedAt,
      clauses,
    },
    trust: managed
      ? {
          fingerprints: managed.trust.map((t) => ('fingerprint' in t ? t.fingerprint : t.publicKey)),
          acceptedAt: 0,
        }
      : store.trust,
    subscription: store.subscription && {
      url: store.subscription.url,
      lastCheckedAt: store.subscription.lastCheckedAt,
      lastResult: store.subscription.lastResult,
    },
    managed: managed !== null,
    lastRefusal: store.lastRefusal,
    acknowledged,
  };
}
