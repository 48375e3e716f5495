import type { ContentScriptContext } from '#imports';
import { createElement, type ReactNode } from 'react';
import type { MessageRowsDef } from '../dom/message-rows.ts';
import { MessageError, sendMessage } from '../messaging/send-message.ts';
import type { Platform } from '../pack/ids.ts';
import { OPEN_REPORT_MESSAGE, openReportSchema } from '../protocol/page-messages.ts';
import { FACEBOOK_ROWS } from '../sites/facebook/messages.ts';
import { INSTAGRAM_ROWS } from '../sites/instagram/messages.ts';
import { X_ROWS } from '../sites/x/messages.ts';
import { onBackgroundMessage } from './background-messages.ts';
import { ReportLayer } from './report-layer.tsx';
import { startReporting, type ReportServices } from './report-runtime.ts';

const ROWS: Record<Platform, readonly MessageRowsDef[]> = {
  facebook: FACEBOOK_ROWS,
  instagram: INSTAGRAM_ROWS,
  x: X_ROWS,
};

/** The background, reached through typed messages: the pack's guidance, a screenshot, the outbox. */
const backgroundReports: ReportServices = {
  guidance: () => sendMessage('getReportGuidance', {}),
  capture: () =>
    sendMessage('captureScreenshot', {}).then(
      ({ dataUrl }) => dataUrl,
      (error: unknown) => {
        throw new MessageError(screenshotReason(error));
      },
    ),
  submit: (input) => sendMessage('submitReport', { input }),
};

// The browser's own words for a missing activeTab grant are not for staff.
function screenshotReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/activeTab|permission|Cannot access|not allowed|<all_urls>/i.test(text)) {
    return 'the browser only allows it when the report is started from the right-click menu';
  }
  return text;
}

/**
 * Starts "report this message" on this page and returns what to render in our shadow root. Also
 * answers the background's "openReport" (the context-menu item), from our own extension only.
 */
export function startReportsOnPage(ctx: ContentScriptContext, win: Window, platform: Platform): ReactNode {
  const runtime = startReporting({
    win,
    platform,
    defs: ROWS[platform],
    services: backgroundReports,
    signal: ctx.signal,
  });
  onBackgroundMessage(ctx, OPEN_REPORT_MESSAGE, openReportSchema, ({ selection }) => ({
    opened: runtime.openFromSelection(selection ?? ''),
  }));
  return createElement(ReportLayer, { store: runtime.store });
}
