import { browser } from '#imports';
import type { PopupProps } from '../../components/popup/popup.tsx';
import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '../messaging/send-message.ts';
import type { PackState } from '../protocol/pack-schemas.ts';
import type { GuardEvent, GuardStatus, HistorySummary } from '../protocol/schemas.ts';
import { platformOfUrl } from '../guard/platform-of-url.ts';
import { PAGE_PLATFORM_MESSAGE, platformAnswerSchema } from '../protocol/page-platform.ts';
import { useOutbox } from './use-outbox.ts';

type Platform = GuardEvent['platform'];

/** What the popup shows and can do: exactly the props of components/popup/popup.tsx. */
export type PopupData = PopupProps;

const PAUSE_MINUTES = 10;

/**
 * The tab to describe, from `?tab=<id>` in the popup's own URL, or null for the active tab. A
 * popup opened from the toolbar describes the active tab; a popup opened as an ordinary page (as
 * the e2e tests do) is itself the active tab, so it is told which tab to describe instead.
 */
export function tabIdFromSearch(search: string): number | null {
  const tab = new URLSearchParams(search).get('tab') ?? '';
  return /^\d{1,15}$/.test(tab) ? Number(tab) : null;
}

/**
 * The platform of the tab, or null when it is not a site we check. Our content script in the tab
 * answers for itself (no permission needed). Without the "tabs" permission Chromium gives no tab
 * url, not even on sites our content script runs on, so the url is only a fallback.
 */
async function platformOfTab(tabId: number | null): Promise<Platform | null> {
  const tab =
    tabId === null
      ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
      : await browser.tabs.get(tabId);
  if (tab?.id === undefined) return null;
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, { name: PAGE_PLATFORM_MESSAGE });
    const parsed = platformAnswerSchema.safeParse(answer);
    if (parsed.success) return parsed.data.platform;
  } catch {
    // No content script of ours in that tab: not a site we check, unless its url says otherwise.
  }
  try {
    return tab.url ? (platformOfUrl(new URL(tab.url)) ?? null) : null;
  } catch {
    return null;
  }
}

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// getGuardStatus needs a platform, but its pack fields do not depend on it: on a site we do not
// check, we still ask (with a stand-in) so that the popup can name the rule pack in force.
const statusOf = (platform: Platform | null) =>
  sendMessage('getGuardStatus', { platform: platform ?? 'facebook' });

/** Loads the popup's data through the background and runs its actions. */
export function usePopupData(tabId: number | null): PopupData {
  const [platform, setPlatform] = useState<Platform | null | undefined>(undefined);
  const [status, setStatus] = useState<GuardStatus | null>(null);
  const [history, setHistory] = useState<HistorySummary | null>(null);
  const [pack, setPack] = useState<PackState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const reports = useOutbox();

  const loadHistory = useCallback(async () => {
    const summary = await sendMessage('getHistory', {});
    setNow(Date.now());
    setHistory(summary);
  }, []);

  useEffect(() => {
    let live = true;
    const fail = (reason: unknown) => {
      if (live) setError(describeError(reason));
    };
    const load = async () => {
      let found: Platform | null = null;
      try {
        found = await platformOfTab(tabId);
      } catch (reason) {
        fail(reason);
      }
      if (!live) return;
      setPlatform(found);
      const showStatus = async () => {
        const loaded = await statusOf(found);
        if (live) setStatus(loaded);
      };
      // The pack's notices are extra: if they cannot be loaded, the popup's main job goes on
      // without them (the pack line above still names the pack in force).
      const showPack = async () => {
        const loaded = await sendMessage('getPackState', {});
        if (live) setPack(loaded);
      };
      await Promise.all([
        showStatus().catch(fail),
        loadHistory().catch(fail),
        showPack().catch(() => undefined),
      ]);
    };
    void load();
    return () => {
      live = false;
    };
  }, [tabId, loadHistory]);

  // When a pause ends while the popup is open, say so.
  const until = status?.pausedUntil ?? null;
  useEffect(() => {
    if (until === null || platform == null) return;
    const timer = setTimeout(
      () => void statusOf(platform).then(setStatus, (e: unknown) => setError(describeError(e))),
      Math.max(0, until - Date.now()) + 500,
    );
    return () => clearTimeout(timer);
  }, [until, platform]);

  const run = useCallback((action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    action()
      .catch((reason: unknown) => setError(describeError(reason)))
      .finally(() => setBusy(false));
  }, []);

  return {
    platform,
    status,
    history,
    error,
    busy,
    now,
    onPause: () =>
      run(async () => {
        if (!platform) return;
        await sendMessage('pausePlatform', { platform, minutes: PAUSE_MINUTES });
        setStatus(await statusOf(platform));
      }),
    onResume: () =>
      run(async () => {
        if (!platform) return;
        await sendMessage('resumePlatform', { platform });
        setStatus(await statusOf(platform));
      }),
    onClear: () =>
      run(async () => {
        await sendMessage('clearHistory', {});
        await loadHistory();
      }),
    pack,
    onReadPack: () => run(() => browser.runtime.openOptionsPage()),
    reports,
  };
}
