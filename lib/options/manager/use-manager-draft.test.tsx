// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultForm } from './form.ts';
import { DRAFT_KEY, useManagerDraft } from './use-manager-draft.ts';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async () => (await fakeBrowser.storage.local.get(DRAFT_KEY))[DRAFT_KEY];

async function loadedDraft(delayMs: number) {
  const hook = renderHook(() => useManagerDraft(delayMs));
  await waitFor(() => expect(hook.result.current.loaded).toBe(true));
  return hook;
}

describe('useManagerDraft', () => {
  it('starts from the built-in policy and saves nothing until the manager changes something', async () => {
    const { result } = await loadedDraft(0);
    expect(result.current.form).toEqual(defaultForm());
    expect(result.current.saveState).toBe('unchanged');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await stored()).toBeUndefined();
  });

  it('saves once typing pauses', async () => {
    const { result } = await loadedDraft(30);
    act(() => result.current.setValue('setting.name', 'Acorns'));
    act(() => result.current.setValue('setting.name', 'Little Acorns'));
    expect(result.current.saveState).toBe('pending');
    await waitFor(() => expect(result.current.saveState).toBe('saved'));
    expect(await stored()).toEqual({
      format: 1,
      values: { ...defaultForm().values, 'setting.name': 'Little Acorns' },
      lastExportedVersion: null,
    });
  });

  it('saves at once when the page is left', async () => {
    const { result } = await loadedDraft(60_000);
    act(() => result.current.setValue('people.staff', 'Kim Ray'));
    expect(await stored()).toBeUndefined();
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ values: { 'people.staff': 'Kim Ray' } }),
    );
  });

  it('says so when the stored draft cannot be read, and starts afresh', async () => {
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { format: 9 } });
    const { result } = await loadedDraft(0);
    expect(result.current.error).toMatch(/could not be read/);
    expect(result.current.form).toEqual(defaultForm());
  });
});
