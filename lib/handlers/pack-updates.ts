import type { WxtBrowser as Browser } from 'wxt/browser';
import { readManagedConfig, type ManagedConfig } from './pack-managed.ts';
import type { PackHandlers } from './pack-handlers.ts';

export const PACK_ALARM = 'pack-link-check';
// "Every few hours": four, which a setting's manager can rely on for a same-day change.
export const PACK_CHECK_PERIOD_MINUTES = 240;

/**
 * The managed setup, read once and again whenever an administrator changes it. Reading can hang,
 * so the read has a time limit (pack-managed.ts).
 */
export function watchManagedConfig(browser: Browser): () => Promise<ManagedConfig | null> {
  const read = () =>
    readManagedConfig(() => (browser.storage.managed ? browser.storage.managed.get() : Promise.resolve({})));
  let current = read();
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') current = read();
  });
  return () => current;
}

/**
 * Checks the subscribed link every few hours with an alarm, which survives the service worker
 * stopping, and once at start-up when an administrator has set a pack address.
 */
export function schedulePackChecks(
  browser: Browser,
  handlers: PackHandlers,
  managed: () => Promise<ManagedConfig | null>,
): void {
  void browser.alarms.create(PACK_ALARM, { periodInMinutes: PACK_CHECK_PERIOD_MINUTES, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void handlers.checkPackNow({}, {}).catch(() => undefined);
  });
  void managed().then((config) => config && handlers.checkPackNow({}, {}).catch(() => undefined));
}
