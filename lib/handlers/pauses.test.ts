import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAUSES_KEY, activePause, readPauses } from '../protocol/pauses.ts';
import { pausePlatform, pausedUntil, resumePlatform } from './pauses.ts';

const NOW = Date.UTC(2026, 10, 25, 9, 30);
const MINUTE = 60_000;
const area = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('pausePlatform and pausedUntil', () => {
  it('pauses one platform for the given minutes', async () => {
    const until = await pausePlatform(area, 'facebook', 10, NOW);
    expect(until).toBe(NOW + 10 * MINUTE);
    expect(await pausedUntil(area, 'facebook', NOW)).toBe(until);
    expect(await pausedUntil(area, 'facebook', NOW + 9 * MINUTE)).toBe(until);
    expect(await pausedUntil(area, 'instagram', NOW)).toBeNull();
    expect(await area.get(PAUSES_KEY)).toEqual({ [PAUSES_KEY]: { facebook: until } });
  });

  it('treats an ended pause as none', async () => {
    const until = await pausePlatform(area, 'x', 10, NOW);
    expect(await pausedUntil(area, 'x', until)).toBeNull();
    expect(await pausedUntil(area, 'x', until + MINUTE)).toBeNull();
  });

  it('keeps other platforms paused and drops ended pauses when pausing again', async () => {
    await pausePlatform(area, 'x', 5, NOW);
    const instagram = await pausePlatform(area, 'instagram', 10, NOW + MINUTE);
    const facebook = await pausePlatform(area, 'facebook', 10, NOW + 6 * MINUTE);
    expect(await area.get(PAUSES_KEY)).toEqual({ [PAUSES_KEY]: { instagram, facebook } });
  });
});

describe('resumePlatform', () => {
  it('ends the pause on that platform only', async () => {
    await pausePlatform(area, 'facebook', 10, NOW);
    const x = await pausePlatform(area, 'x', 10, NOW);
    await resumePlatform(area, 'facebook');
    expect(await pausedUntil(area, 'facebook', NOW)).toBeNull();
    expect(await pausedUntil(area, 'x', NOW)).toBe(x);
  });

  it('does nothing harmful when nothing is paused', async () => {
    await resumePlatform(area, 'instagram');
    expect(await pausedUntil(area, 'instagram', NOW)).toBeNull();
  });
});

describe('readPauses', () => {
  it.each([
    ['nothing stored', undefined],
    ['a string', 'facebook'],
    ['an array', [NOW]],
    ['a non-number time', { facebook: String(NOW + MINUTE) }],
    ['null', null],
  ])('reads %s as no pauses', (_, value) => {
    expect(readPauses(value)).toEqual({});
  });

  it('keeps known platforms and drops unknown ones', () => {
    expect(readPauses({ facebook: NOW, tiktok: NOW })).toEqual({ facebook: NOW });
  });

  it('is what pausedUntil goes by when storage holds bad data', async () => {
    await area.set({ [PAUSES_KEY]: { facebook: 'soon' } });
    expect(await pausedUntil(area, 'facebook', NOW)).toBeNull();
    await pausePlatform(area, 'x', 10, NOW);
    expect(await pausedUntil(area, 'x', NOW)).toBe(NOW + 10 * MINUTE);
  });
});

describe('activePause', () => {
  it('answers from parsed pauses, as the content script does on storage.onChanged', () => {
    const pauses = readPauses({ instagram: NOW + MINUTE });
    expect(activePause(pauses, 'instagram', NOW)).toBe(NOW + MINUTE);
    expect(activePause(pauses, 'instagram', NOW + MINUTE)).toBeNull();
    expect(activePause(pauses, 'facebook', NOW)).toBeNull();
  });
});
