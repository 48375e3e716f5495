import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openHistoryDb, type HistoryDb } from '../db/history-db.ts';
import type { GuardEvent } from '../protocol/schemas.ts';
import { defaultPack, defaultProfile, makePack } from '../pack/default-pack.ts';
import { PACK_KEY, forgetActivePack } from './active-pack.ts';
import { makeBackgroundHandlers, type BackgroundHandlers } from './background-handlers.ts';

const NOW = new Date(2026, 10, 25, 14, 5).getTime();
const sender = {};

let db: HistoryDb;
let handlers: BackgroundHandlers;
let clock = NOW;
beforeEach(() => {
  fakeBrowser.reset();
  forgetActivePack();
  clock = NOW;
  db = openHistoryDb(`background-handlers-test-${Math.random()}`);
  handlers = makeBackgroundHandlers({ db, area: fakeBrowser.storage.local, now: () => clock });
});
afterEach(async () => {
  await db.delete();
});

describe('getGuardStatus', () => {
  it('reports the built-in pack and no pause by default', async () => {
    expect(await handlers.getGuardStatus({ platform: 'facebook' }, sender)).toEqual({
      pausedUntil: null,
      pack: {
        id: defaultPack.meta.id,
        version: defaultPack.meta.version,
        issuer: defaultPack.meta.issuer,
        setting: "Ashley's House",
      },
      packError: null,
    });
  });

  it('reports a pause until it ends, and not after resuming', async () => {
    const { pausedUntil } = await handlers.pausePlatform({ platform: 'x', minutes: 10 }, sender);
    expect(pausedUntil).toBe(NOW + 10 * 60_000);
    expect((await handlers.getGuardStatus({ platform: 'x' }, sender)).pausedUntil).toBe(pausedUntil);
    expect((await handlers.getGuardStatus({ platform: 'facebook' }, sender)).pausedUntil).toBeNull();
    clock = pausedUntil;
    expect((await handlers.getGuardStatus({ platform: 'x' }, sender)).pausedUntil).toBeNull();

    clock = NOW;
    await handlers.pausePlatform({ platform: 'x', minutes: 10 }, sender);
    expect(await handlers.resumePlatform({ platform: 'x' }, sender)).toEqual({ ok: true });
    expect((await handlers.getGuardStatus({ platform: 'x' }, sender)).pausedUntil).toBeNull();
  });

  it("reports the manager's pack, or why it was refused", async () => {
    const pack = makePack(
      { ...defaultProfile, setting: { ...defaultProfile.setting, name: 'Oakfield Nursery' } },
      { id: 'oakfield', version: 7, issuer: 'Sam Patel' },
    );
    await fakeBrowser.storage.local.set({ [PACK_KEY]: pack });
    expect(await handlers.getGuardStatus({ platform: 'instagram' }, sender)).toMatchObject({
      pack: { id: 'oakfield', version: 7, issuer: 'Sam Patel', setting: 'Oakfield Nursery' },
      packError: null,
    });

    await fakeBrowser.storage.local.set({ [PACK_KEY]: { ...pack, format: 2 } });
    forgetActivePack();
    const status = await handlers.getGuardStatus({ platform: 'instagram' }, sender);
    expect(status.pack.id).toBe(defaultPack.meta.id);
    expect(status.packError).toContain('format: format 2 is unknown');
  });
});

describe('recordEvent, getHistory and clearHistory', () => {
  it('records at the current time and clears', async () => {
    const event: GuardEvent & { text: string } = {
      platform: 'facebook',
      surface: 'facebook.post',
      categories: ['child-info'],
      ruleIds: ['child-info'],
      choice: 'sent-anyway',
      reason: 'her mum asked me to',
      text: 'a draft that must not be kept',
    };
    expect(await handlers.recordEvent(event, sender)).toEqual({ ok: true });
    const history = await handlers.getHistory({}, sender);
    expect(history.today.total).toBe(1);
    expect(history.recent).toEqual([
      { ...event, text: undefined, id: expect.any(Number) as number, at: NOW },
    ]);
    expect(history.recent[0]).not.toHaveProperty('text');

    expect(await handlers.clearHistory({}, sender)).toEqual({ ok: true });
    expect((await handlers.getHistory({}, sender)).recent).toEqual([]);
  });
});
