import type { WxtBrowser as Browser } from 'wxt/browser';
import type { Handlers, SenderInfo } from '../messaging/dispatch.ts';
import { reportGuidance } from '../safeguarding/guidance.ts';
import { makeRecord } from '../safeguarding/make-record.ts';
import { reportInputSchema } from '../safeguarding/record.ts';
import { loadActivePack } from './active-pack.ts';
import { armAlarm, deliver, type DeliveryDeps } from './report-delivery.ts';
import { addEntry, getEntry, listEntries, newEntry, updateEntry } from './report-outbox.ts';

export interface ReportDeps extends DeliveryDeps {
  /** `browser.tabs`, for the screenshot of the reporting tab. */
  tabs: Pick<Browser['tabs'], 'captureVisibleTab'>;
  /** A fresh record id; `crypto.randomUUID` unless a test says otherwise. */
  newId?: () => string;
}

export type ReportHandlers = Pick<
  Handlers,
  | 'getReportGuidance'
  | 'captureScreenshot'
  | 'submitReport'
  | 'getOutbox'
  | 'retryReport'
  | 'markReportSent'
  | 'clearReport'
>;

export const NO_SCREENSHOT =
  "A screenshot cannot be taken here. Use your device's own screenshot if you need one.";
export const NOT_DELIVERED = 'This report has not been delivered yet; it stays in the outbox until it has.';
const NOT_FOUND = 'That report is not in the outbox.';
const MAX_SCREENSHOT = 15_000_000;

/** What the real sender has and SenderInfo leaves out: the tab's window, and whether it is showing. */
type TabSender = { tab?: { id?: number; windowId?: number; active?: boolean } };

/**
 * The safeguarding report handlers. The dispatcher has checked the sender and parsed the request.
 *
 * @example
 * const reportDeps = { db, area, now: Date.now, fetcher: fetch.bind(globalThis),
 *   alarms: browser.alarms, tabs: browser.tabs };
 * const handlers: Handlers = { ...makeReportHandlers(reportDeps), ... };
 * void startReportDelivery(browser, reportDeps);
 */
export function makeReportHandlers(deps: ReportDeps): ReportHandlers {
  const { db, area, now } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  return {
    getReportGuidance: async () => reportGuidance((await loadActivePack(area)).pack),

    captureScreenshot: async (_data, sender: SenderInfo) => {
      const tab = (sender as TabSender).tab;
      // The visible tab of the window is captured: only when it is the reporting tab itself.
      if (tab?.id === undefined || tab.active === false) throw new Error(NO_SCREENSHOT);
      let dataUrl: string;
      try {
        const options = { format: 'png' } as const;
        dataUrl =
          tab.windowId === undefined
            ? await deps.tabs.captureVisibleTab(options)
            : await deps.tabs.captureVisibleTab(tab.windowId, options);
      } catch {
        throw new Error(NO_SCREENSHOT);
      }
      if (dataUrl.length > MAX_SCREENSHOT) throw new Error(NO_SCREENSHOT);
      return { dataUrl };
    },

    submitReport: async ({ input }) => {
      const { pack } = await loadActivePack(area);
      const at = now();
      const record = await makeRecord(reportInputSchema.parse(input), pack, newId(), at);
      const webhook = Boolean(pack.reports.webhookUrl);
      // Stored first, before any network: from here on the report cannot be lost.
      await addEntry(db, newEntry(record, webhook, at));
      if (webhook) {
        // The alarm first, so that a worker stopped now still wakes to deliver it.
        await armAlarm(deps);
        void deliver(deps, record.id, true);
      }
      return { id: record.id, state: 'queued' };
    },

    getOutbox: async () => ({ entries: await listEntries(db) }),

    retryReport: async ({ id }) => {
      const entry = await getEntry(db, id);
      if (!entry) throw new Error(NOT_FOUND);
      // Not awaited: the popup shows it sending, then sent or why not.
      if (entry.state !== 'sent') void deliver(deps, id, true);
      return { ok: true };
    },

    markReportSent: async ({ id, via }) => {
      const at = now();
      const stored = await updateEntry(db, id, (e) =>
        e.state === 'sent' ? undefined : { ...e, state: 'sent', sentAt: at, via, nextAttemptAt: null },
      );
      if (!stored) throw new Error(NOT_FOUND);
      await armAlarm(deps);
      return { ok: true };
    },

    clearReport: async ({ id }) => {
      await db.transaction('rw', db.reports, async () => {
        const entry = await db.reports.get(id);
        if (!entry) return;
        if (entry.state !== 'sent') throw new Error(NOT_DELIVERED);
        await db.reports.delete(id);
      });
      return { ok: true };
    },
  };
}
