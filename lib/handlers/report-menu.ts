import type { WxtBrowser as Browser } from 'wxt/browser';
import {
  OPEN_REPORT_MESSAGE,
  REPORT_MENU_ID,
  REPORT_MENU_TITLE,
  REPORT_MENU_URL_PATTERNS,
  type OpenReport,
} from '../protocol/page-messages.ts';

/**
 * "Report to safeguarding lead" on text selected on Facebook, Instagram or X. Choosing it asks the
 * content script in that frame to open the report form, prefilled with the selection. The click
 * also grants activeTab, which is what lets the form take a screenshot of the tab.
 *
 * Call once, synchronously, when the background starts: the click listener must be registered on
 * every start of the service worker. The item itself is (re)created at install or update and at
 * start (menus survive a service-worker restart, but not always a browser update), removing any
 * old one first so there is never a duplicate.
 */
export function startReportMenu(browser: Browser): void {
  let queue: Promise<void> = Promise.resolve();
  const createItem = () => {
    // One creation at a time: onInstalled and the start can both fire when the extension installs.
    queue = queue.then(() => createMenu(browser)).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(createItem);
  createItem();

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== REPORT_MENU_ID || tab?.id === undefined || tab.id < 0) return;
    const message: OpenReport = { name: OPEN_REPORT_MESSAGE, selection: info.selectionText ?? '' };
    // A page opened before the extension was installed or updated has no content script to answer;
    // reloading it brings the form back, and there is no one to tell here.
    browser.tabs.sendMessage(tab.id, message, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
}

async function createMenu(browser: Browser): Promise<void> {
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve) => {
    browser.contextMenus.create(
      {
        id: REPORT_MENU_ID,
        title: REPORT_MENU_TITLE,
        contexts: ['selection'],
        documentUrlPatterns: [...REPORT_MENU_URL_PATTERNS],
      },
      // Reading lastError marks it handled (a duplicate id after a race is harmless).
      () => resolve(void browser.runtime.lastError),
    );
  });
}
