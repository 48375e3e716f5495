import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makePack, defaultProfile } from '../pack/default-pack.ts';
import { generateKeyPair, type KeyPair } from '../pack-trust/keys.ts';
import { signPack } from '../pack-trust/signed-pack.ts';
import { forgetActivePack, loadActivePack } from './active-pack.ts';
import { makePackHandlers } from './pack-handlers.ts';
import type { ManagedConfig } from './pack-managed.ts';

let manager: KeyPair;
let stranger: KeyPair;
const area = fakeBrowser.storage.local;
const packText = async (version: number, keys = manager, name = 'Little Acorns Nursery') =>
  JSON.stringify(
    await signPack(
      makePack(
        { ...defaultProfile, setting: { ...defaultProfile.setting, name } },
        { id: 'acorns', version },
      ),
      keys.secretKey,
    ),
  );

function handlers(options: { managed?: ManagedConfig | null; fetcher?: typeof fetch } = {}) {
  return makePackHandlers({
    area,
    now: () => 1_700_000_000_000,
    fetcher: options.fetcher ?? vi.fn<typeof fetch>(),
    managed: () => Promise.resolve(options.managed ?? null),
  });
}
const none = {};

beforeEach(async () => {
  fakeBrowser.reset();
  forgetActivePack();
  manager ??= await generateKeyPair();
  stranger ??= await generateKeyPair();
});

describe('installing from a file', () => {
  it('asks to trust the key on a first import, then installs only with that fingerprint', async () => {
    const h = handlers();
    const text = await packText(2);
    const preview = await h.previewPackFile({ text }, none);
    expect(preview).toMatchObject({
      ok: true,
      needsTrust: true,
      version: 2,
      setting: 'Little Acorns Nursery',
    });
    const fingerprint = preview.ok ? preview.fingerprint : '';
    expect(await h.installPackFile({ text, acceptFingerprint: null }, none)).toMatchObject({
      ok: false,
      needsTrust: true,
      fingerprint,
    });
    expect(await h.installPackFile({ text, acceptFingerprint: fingerprint }, none)).toEqual({
      ok: true,
      version: 2,
    });
    expect((await loadActivePack(area)).pack.setting.name).toBe('Little Acorns Nursery');
    const state = await h.getPackState({}, none);
    expect(state.active).toMatchObject({ version: 2, source: 'file', fingerprint });
    expect(state.trust?.fingerprints).toEqual([fingerprint]);
    expect(state.acknowledged).toBe(false);
  });

  it('refuses another key, an older or equal version, and a changed file; the pack in force stays', async () => {
    const h = handlers();
    const first = await packText(3);
    const preview = await h.previewPackFile({ text: first }, none);
    await h.installPackFile(
      { text: first, acceptFingerprint: preview.ok ? preview.fingerprint : null },
      none,
    );
    const refusals = [
      await packText(4, stranger),
      await packText(3),
      await packText(2),
      (await packText(5)).replace('Little Acorns Nursery', 'Little Acorns Nursery School'),
    ];
    for (const text of refusals) {
      const result = await h.installPackFile({ text, acceptFingerprint: null }, none);
      expect(result.ok).toBe(false);
      expect((await h.getPackState({}, none)).lastRefusal?.reason).toBe(result.ok ? '' : result.reason);
    }
    expect((await h.getPackState({}, none)).active.version).toBe(3);
    expect(await h.installPackFile({ text: await packText(4), acceptFingerprint: null }, none)).toEqual({
      ok: true,
      version: 4,
    });
    expect((await h.getPackState({}, none)).lastRefusal).toBeNull();
  });
});

describe('following a link', () => {
  it('installs from the link, revalidates with the browser cache, and takes the same version as nothing new', async () => {
    const v2 = await packText(2);
    const fetcher = vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(new Response(v2)));
    const h = handlers({ fetcher });
    const url = 'https://packs.example.org/acorns.json';
    const first = await h.subscribePack({ url, acceptFingerprint: null }, none);
    expect(first).toMatchObject({ ok: false, needsTrust: true });
    expect((await h.getPackState({}, none)).subscription).toBeNull();
    const fingerprint = 'fingerprint' in first ? first.fingerprint : '';
    expect(await h.subscribePack({ url, acceptFingerprint: fingerprint }, none)).toEqual({
      ok: true,
      version: 2,
    });
    expect(await h.checkPackNow({}, none)).toEqual({ ok: false, reason: 'no newer version' });
    // The browser's HTTP cache makes each request conditional (If-None-Match), answered by a 304.
    expect(fetcher.mock.calls[2]?.[1]).toMatchObject({ cache: 'no-cache', credentials: 'omit' });
    expect((await h.getPackState({}, none)).subscription).toMatchObject({
      url,
      lastResult: 'no newer version',
    });
  });

  it('refuses plain http except for localhost', async () => {
    const h = handlers();
    expect(
      await h.subscribePack({ url: 'http://packs.example.org/p.json', acceptFingerprint: null }, none),
    ).toEqual({
      ok: false,
      reason: 'The address must start with https:// (plain http is allowed only for localhost).',
    });
  });
});

describe('a managed setup', () => {
  it('uses the administrator’s keys without asking, and is locked for staff', async () => {
    const v2 = await packText(2);
    const preview = await handlers().previewPackFile({ text: v2 }, none);
    const managed = {
      packUrl: 'https://packs.example.org/acorns.json',
      trust: [{ fingerprint: preview.ok ? preview.fingerprint : '' }],
    };
    const h = handlers({ managed, fetcher: vi.fn<typeof fetch>().mockResolvedValue(new Response(v2)) });
    expect(await h.checkPackNow({}, none)).toEqual({ ok: true, version: 2 });
    const state = await h.getPackState({}, none);
    expect(state).toMatchObject({ managed: true, active: { source: 'managed', version: 2 } });
    expect(await h.installPackFile({ text: await packText(3), acceptFingerprint: null }, none)).toMatchObject(
      { ok: false },
    );
    expect(
      await h.subscribePack({ url: 'https://elsewhere.example.org/p.json', acceptFingerprint: null }, none),
    ).toMatchObject({ ok: false });
    await expect(h.unsubscribePack({}, none)).rejects.toThrow('Your organisation manages this rule pack');
  });
});

describe('acknowledgements', () => {
  it('records "I have read this" for the version in force', async () => {
    const h = handlers();
    const text = await packText(7);
    const preview = await h.previewPackFile({ text }, none);
    await h.installPackFile({ text, acceptFingerprint: preview.ok ? preview.fingerprint : null }, none);
    await expect(h.acknowledgePack({ version: 6 }, none)).rejects.toThrow('no longer the one in force');
    expect(await h.acknowledgePack({ version: 7 }, none)).toEqual({ ok: true });
    expect((await h.getPackState({}, none)).acknowledged).toBe(true);
    expect((await h.getAcknowledgements({}, none)).acknowledgements).toEqual([
      {
        packId: 'acorns',
        version: 7,
        setting: 'Little Acorns Nursery',
        fingerprint: preview.ok ? preview.fingerprint : null,
        at: 1_700_000_000_000,
      },
    ]);
  });
});
