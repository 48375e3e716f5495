// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/popup.tsx';
import { openHistoryDb, type HistoryDb } from '../db/history-db.ts';
import { forgetActivePack } from '../handlers/active-pack.ts';
import { makeBackgroundHandlers } from '../handlers/background-handlers.ts';
import { makePackHandlers } from '../handlers/pack-handlers.ts';
import { defaultProfile, makePack } from '../pack/default-pack.ts';
import { generateKeyPair } from '../pack-trust/keys.ts';
import { signPack } from '../pack-trust/signed-pack.ts';
import { usePopupData } from './use-popup-data.ts';

// The popup's rule pack notices against the real history and pack handlers, reached through
// fakeBrowser's runtime.sendMessage.

type AnyHandler = (data: unknown, sender: object) => Promise<unknown>;

let db: HistoryDb;
let handlers: Record<string, AnyHandler>;

const signed = async (version: number, secretKey: Uint8Array) =>
  JSON.stringify(
    await signPack(
      makePack(
        { ...defaultProfile, setting: { ...defaultProfile.setting, name: 'Little Acorns Nursery' } },
        { id: 'little-acorns', version },
      ),
      secretKey,
    ),
  );

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/', active: true });
  forgetActivePack();
  db = openHistoryDb(`popup-pack-test-${Math.random()}`);
  const area = fakeBrowser.storage.local;
  handlers = {
    ...makeBackgroundHandlers({ db, area, now: () => Date.now() }),
    ...makePackHandlers({
      area,
      now: () => Date.now(),
      fetcher: vi.fn<typeof fetch>(),
      managed: () => Promise.resolve(null),
    }),
  } as unknown as Record<string, AnyHandler>;
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
      const { name, data } = message as { name: string; data: unknown };
      const handler = handlers[name];
      if (!handler) {
        sendResponse({ error: `no handler for ${name}` });
        return true;
      }
      void handler(data, {}).then(sendResponse, (error: Error) => sendResponse({ error: error.message }));
      return true;
    },
  );
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function Harness() {
  return <Popup {...usePopupData(null)} />;
}

async function installVersion(version: number, keys: { secretKey: Uint8Array }) {
  const text = await signed(version, keys.secretKey);
  const preview = (await handlers.previewPackFile?.({ text }, {})) as { fingerprint: string };
  return handlers.installPackFile?.({ text, acceptFingerprint: preview.fingerprint }, {});
}

describe('usePopupData: rule pack notices', () => {
  it('asks staff to read a new version, and opens the options page', async () => {
    const keys = await generateKeyPair();
    expect(await installVersion(5, keys)).toEqual({ ok: true, version: 5 });
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<Harness />);
    const notice = await screen.findByTestId('pack-changed');
    expect(notice.querySelector('p')?.textContent).toBe("Your setting's rule pack has changed (version 5).");
    fireEvent.click(screen.getByRole('button', { name: 'Read what it asks' }));
    await waitFor(() => expect(openOptionsPage).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has nothing to say about the built-in pack', async () => {
    render(<Harness />);
    await screen.findByTestId('pack-line');
    await screen.findByTestId('today-total');
    expect(screen.queryByTestId('pack-changed')).toBeNull();
    expect(screen.queryByTestId('pack-refused')).toBeNull();
  });

  it('says when a pack was refused, and no more once the version in force is confirmed', async () => {
    const keys = await generateKeyPair();
    await installVersion(5, keys);
    await handlers.acknowledgePack?.({ version: 5 }, {});
    const older = await signed(4, keys.secretKey);
    expect(await handlers.installPackFile?.({ text: older, acceptFingerprint: null }, {})).toMatchObject({
      ok: false,
    });
    render(<Harness />);
    expect((await screen.findByTestId('pack-refused')).textContent).toBe(
      'A rule pack was refused: it is version 4, and version 5 is already in force; only a newer version is accepted. The pack in force is unchanged.',
    );
    expect(screen.queryByTestId('pack-changed')).toBeNull();
  });

  it('leaves the notices out, with no error, when the pack state cannot be loaded', async () => {
    delete handlers.getPackState;
    render(<Harness />);
    await screen.findByTestId('today-total');
    await screen.findByTestId('pack-line');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Rule pack' })).toBeNull();
  });
});
