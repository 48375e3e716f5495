import type { WxtBrowser as Browser } from 'wxt/browser';
import { readManagedConfig, type ManagedConfig } from './pack-managed.ts';
import type { PackHandlers } from './pack-handlers.ts';

export const PACK_ALARM = 'pack-link-check';
// "Every few hours": four, which a setting's manager can rely on for a same-day change.
export const PACK_CHECK_PERIOD_MINUTES = 240;

/**
 * The managed setup, read once and again whenever an administrator changes it (Chromium may apply
 * machine policy a moment after the extension starts). Reading can hang, so the read has a time
 * limit (pack-managed.ts). `onSetup` hears of every usable setup, so its pack is fetched at once.
 */
export function watchManagedConfig(
  browser: Browser,
  onSetup: (config: ManagedConfig) => void = () => undefined,
) {
  const read = () => {
    const next = readManagedConfig(() =>
      browser.storage.managed ? browser.storage.managed.get() : Promise.resolve({}),
    );
    void next.then((config) => config && onSetup(config));
    return next;
  };
  let current = read();
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') current = read();
  });
  return () => current;
}

/** Checks the subscribed link every few hours with an alarm, which survives the service worker stopping. */
export function schedulePackChecks(browser: Browser, handlers: PackHandlers): void {
  void browser.alarms.create(PACK_ALARM, { periodInMinutes: PACK_CHECK_PERIOD_MINUTES, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void handlers.checkPackNow({}, {}).catch(() => undefined);
  });
}
