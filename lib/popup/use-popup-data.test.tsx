// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/popup.tsx';
import { formatTime } from '../../components/popup/words.ts';
import { openHistoryDb, type HistoryDb } from '../db/history-db.ts';
import { forgetActivePack } from '../handlers/active-pack.ts';
import { makeBackgroundHandlers } from '../handlers/background-handlers.ts';
import { PAUSES_KEY } from '../protocol/pauses.ts';
import type { GuardEvent } from '../protocol/schemas.ts';
import { tabIdFromSearch, usePopupData } from './use-popup-data.ts';

// The popup's container against a fake background: the real handlers and database, reached
// through fakeBrowser's runtime.sendMessage.

type AnyHandler = (data: unknown, sender: object) => Promise<unknown>;

let db: HistoryDb;
let handlers: ReturnType<typeof makeBackgroundHandlers>;

beforeEach(async () => {
  fakeBrowser.reset();
  // tabs.query({ currentWindow: true }) needs a focused window.
  await fakeBrowser.windows.create({ focused: true });
  forgetActivePack();
  db = openHistoryDb(`popup-test-${Math.random()}`);
  handlers = makeBackgroundHandlers({ db, area: fakeBrowser.storage.local, now: () => Date.now() });
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
      const { name, data } = message as { name: keyof typeof handlers; data: unknown };
      void (handlers[name] as AnyHandler)(data, {}).then(sendResponse, (error: Error) =>
        sendResponse({ error: error.message }),
      );
      return true;
    },
  );
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function Harness({ tabId }: { tabId: number | null }) {
  return <Popup {...usePopupData(tabId)} />;
}

const openTab = (url: string, active = true) => fakeBrowser.tabs.create({ url, active });
const siteLine = (text: string | RegExp) =>
  screen.findByText(text, { selector: '[data-testid="site-status"]' });
const event: GuardEvent = {
  platform: 'facebook',
  surface: 'facebook.comment',
  categories: ['foul-language'],
  ruleIds: ['foul-language'],
  choice: 'edited',
};

describe('usePopupData', () => {
  it('describes the active tab, and pauses and resumes it', async () => {
    await openTab('https://www.facebook.com/groups/123');
    render(<Harness tabId={null} />);
    await siteLine('Checking your posts on Facebook');
    expect(screen.getByTestId('pack-line').textContent).toBe("Rule pack: Ashley's House, version 1");

    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site for 10 minutes' }));
    await siteLine(/^Paused on Facebook until /);
    const stored = (await fakeBrowser.storage.local.get(PAUSES_KEY))[PAUSES_KEY] as Record<string, number>;
    expect(Object.keys(stored)).toEqual(['facebook']);
    expect(stored.facebook).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect(screen.getByTestId('site-status').textContent).toBe(
      `Paused on Facebook until ${formatTime(stored.facebook ?? 0)}`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    await siteLine('Checking your posts on Facebook');
  });

  it('describes the tab named by ?tab= rather than the active one', async () => {
    const instagram = await openTab('https://www.instagram.com/', false);
    await openTab('https://example.org/');
    render(<Harness tabId={tabIdFromSearch(`?tab=${instagram.id}`)} />);
    await siteLine('Checking your posts on Instagram');
  });

  it('offers no pause on another site, but still names the rule pack', async () => {
    await openTab('https://example.org/');
    render(<Harness tabId={null} />);
    await siteLine('This site is not checked');
    await screen.findByTestId('pack-line');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: /Pause/ })).toBeNull();
  });

  it('lists the history and clears it after confirmation', async () => {
    await handlers.recordEvent(event, {});
    await handlers.recordEvent({ ...event, choice: 'sent-anyway', reason: 'just a joke' }, {});
    await openTab('https://x.com/home');
    render(<Harness tabId={null} />);
    expect((await screen.findByTestId('today-total')).textContent).toBe('2 warnings today');
    expect(
      screen.getAllByRole('listitem').some((li) => li.textContent?.includes('sent anyway: just a joke')),
    ).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await screen.findByText('No warnings yet.');
    expect(screen.getByTestId('today-total').textContent).toBe('0 warnings today');
    expect(await db.events.count()).toBe(0);
  });

  it('shows a readable error when the background cannot be reached', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    await openTab('https://www.facebook.com/');
    render(<Harness tabId={null} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Something went wrong: could not reach the extension (No listeners available)',
    );
  });
});

describe('tabIdFromSearch', () => {
  it.each([
    ['?tab=42', 42],
    ['?tab=0', 0],
    ['', null],
    ['?tab=', null],
    ['?tab=abc', null],
    ['?tab=-1', null],
    ['?tab=1.5', null],
  ])('reads %j as %j', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});
