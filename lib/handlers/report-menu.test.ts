import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { WxtBrowser as Browser } from 'wxt/browser';
import { REPORT_MENU_URL_PATTERNS } from '../protocol/page-messages.ts';
import { startReportMenu } from './report-menu.ts';

type Listener = (...args: never[]) => void;

/** Just the parts of the browser the menu uses, recording what was asked of them. */
function fakeMenuBrowser(options: { sendFails?: boolean } = {}) {
  const items = new Map<string, Record<string, unknown>>();
  const calls: string[] = [];
  const installed: Listener[] = [];
  const clicked: Listener[] = [];
  const sent: unknown[][] = [];
  const browser = {
    runtime: {
      lastError: undefined,
      onInstalled: { addListener: (fn: Listener) => installed.push(fn) },
    },
    contextMenus: {
      removeAll: vi.fn(async () => {
        await Promise.resolve();
        calls.push('removeAll');
        items.clear();
      }),
      create: vi.fn((props: Record<string, unknown>, done?: () => void) => {
        calls.push('create');
        if (items.has(props.id as string)) throw new Error('duplicate id');
        items.set(props.id as string, props);
        queueMicrotask(() => done?.());
        return props.id;
      }),
      onClicked: { addListener: (fn: Listener) => clicked.push(fn) },
    },
    tabs: {
      sendMessage: vi.fn((...args: unknown[]) => {
        sent.push(args);
        return options.sendFails
          ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
          : Promise.resolve({ opened: true });
      }),
    },
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const click = (info: Record<string, unknown>, tab?: { id?: number }) =>
    clicked.forEach((fn) => (fn as (info: unknown, tab: unknown) => void)(info, tab));
  return { browser: browser as unknown as Browser, items, calls, installed, clicked, sent, settle, click };
}

describe('startReportMenu', () => {
  it('creates one "Report to safeguarding lead" item for selected text on the guarded sites', async () => {
    const fake = fakeMenuBrowser();
    startReportMenu(fake.browser);
    await fake.settle();
    expect([...fake.items.values()]).toEqual([
      {
        id: 'ssg-report-selection',
        title: 'Report to safeguarding lead',
        contexts: ['selection'],
        documentUrlPatterns: [...REPORT_MENU_URL_PATTERNS],
      },
    ]);
  });

  it('removes the old item first, and never creates a duplicate when installing and starting together', async () => {
    const fake = fakeMenuBrowser();
    startReportMenu(fake.browser);
    fake.installed.forEach((fn) => fn());
    await fake.settle();
    await fake.settle();
    expect(fake.calls).toEqual(['removeAll', 'create', 'removeAll', 'create']);
    expect(fake.items.size).toBe(1);
  });

  it('registers its click listener at once, so a restarted service worker still hears the click', () => {
    const fake = fakeMenuBrowser();
    startReportMenu(fake.browser);
    expect(fake.clicked).toHaveLength(1);
    expect(fake.installed).toHaveLength(1);
  });

  it('asks the content script in the clicked frame to open the form with the selection', () => {
    const fake = fakeMenuBrowser();
    startReportMenu(fake.browser);
    fake.click(
      { menuItemId: 'ssg-report-selection', selectionText: 'Send me the photos', frameId: 3 },
      { id: 42 },
    );
    expect(fake.sent).toEqual([
      [42, { name: 'openReport', selection: 'Send me the photos' }, { frameId: 3 }],
    ]);
  });

  it('ignores other items and clicks without a tab, and a tab with no content script', async () => {
    const fake = fakeMenuBrowser({ sendFails: true });
    startReportMenu(fake.browser);
    fake.click({ menuItemId: 'something-else', selectionText: 'x' }, { id: 1 });
    fake.click({ menuItemId: 'ssg-report-selection', selectionText: 'x' });
    expect(fake.sent).toEqual([]);
    fake.click({ menuItemId: 'ssg-report-selection', selectionText: 'x' }, { id: 7 });
    await fake.settle();
    expect(fake.sent).toEqual([[7, { name: 'openReport', selection: 'x' }, { frameId: 0 }]]);
  });

  it('offers the item on exactly the pages the content script runs on', () => {
    const source = readFileSync(
      join(import.meta.dirname, '../../entrypoints/guard.content/index.ts'),
      'utf8',
    );
    const matches = /matches: \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    expect([...matches.matchAll(/'([^']+)'/g)].map((m) => m[1])).toEqual([...REPORT_MENU_URL_PATTERNS]);
  });
});
