import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPack, defaultProfile, makePack } from '../pack/default-pack.ts';
import { PACK_KEY, forgetActivePack, loadActivePack } from './active-pack.ts';

const area = fakeBrowser.storage.local;

/** A manager's pack as storage holds it: plain JSON. */
const managerPack = (version = 3): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify(
      makePack(
        { ...defaultProfile, setting: { ...defaultProfile.setting, name: 'Oakfield Nursery' } },
        { id: 'oakfield', version, issuer: 'Sam Patel, manager' },
      ),
    ),
  ) as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  forgetActivePack();
});

describe('loadActivePack', () => {
  it('uses the built-in default pack when none is stored', async () => {
    expect(await loadActivePack(area)).toEqual({ pack: defaultPack, error: null });
  });

  it('uses a valid stored pack', async () => {
    await area.set({ [PACK_KEY]: managerPack() });
    const { pack, error } = await loadActivePack(area);
    expect(error).toBeNull();
    expect(pack.meta).toMatchObject({ id: 'oakfield', version: 3, issuer: 'Sam Patel, manager' });
    expect(pack.setting.name).toBe('Oakfield Nursery');
  });

  it('falls back to the default and names the field when the stored pack is invalid', async () => {
    const bad = managerPack();
    bad.meta = { ...(bad.meta as object), version: 'three' };
    await area.set({ [PACK_KEY]: bad });
    const { pack, error } = await loadActivePack(area);
    expect(pack).toBe(defaultPack);
    expect(error).toMatch(/^meta\.version: /);
  });

  it('names a manager pattern the linear-time engine cannot run', async () => {
    const bad = managerPack() as { rules: { reputation: { patterns: string[] } } };
    bad.rules.reputation.patterns = ['(a)\\1'];
    await area.set({ [PACK_KEY]: bad });
    const { pack, error } = await loadActivePack(area);
    expect(pack).toBe(defaultPack);
    expect(error).toContain('rules.reputation.patterns[0]: is not a valid pattern');
  });

  it('falls back to the default when the stored value is not a pack at all', async () => {
    await area.set({ [PACK_KEY]: 'not a pack' });
    const { pack, error } = await loadActivePack(area);
    expect(pack).toBe(defaultPack);
    expect(error).toEqual(expect.any(String));
    expect(error?.length).toBeLessThanOrEqual(1000);
  });

  it('reads storage once until forgetActivePack, then sees the new pack', async () => {
    await area.set({ [PACK_KEY]: managerPack(3) });
    const get = vi.spyOn(area, 'get');
    const first = await loadActivePack(area);
    expect((await loadActivePack(area)).pack).toBe(first.pack);
    expect(get).toHaveBeenCalledTimes(1);

    await area.set({ [PACK_KEY]: managerPack(4) });
    expect((await loadActivePack(area)).pack.meta.version).toBe(3);
    forgetActivePack();
    expect((await loadActivePack(area)).pack.meta.version).toBe(4);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('does not remember a failed storage read', async () => {
    const get = vi.spyOn(area, 'get').mockRejectedValueOnce(new Error('storage is unavailable'));
    const failed = await loadActivePack(area);
    expect(failed.pack).toBe(defaultPack);
    expect(failed.error).toContain('storage is unavailable');
    await area.set({ [PACK_KEY]: managerPack() });
    expect(await loadActivePack(area)).toMatchObject({ pack: { meta: { id: 'oakfield' } }, error: null });
    expect(get).toHaveBeenCalledTimes(2);
  });
});
