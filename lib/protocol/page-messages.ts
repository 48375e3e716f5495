import * as z from 'zod/mini';
import { photoProgressSchema } from '../photo/report.ts';

/** The background passes the photo host's progress on a photo to the tab that attached it. */
export const PHOTO_PROGRESS_MESSAGE = 'photoProgress';
export const photoProgressMessageSchema = z.object({
  name: z.literal(PHOTO_PROGRESS_MESSAGE),
  progress: photoProgressSchema,
});

/**
 * The background asks the content script in a tab to open the report form (tabs.sendMessage), when
 * the person picks "Report to safeguarding lead" on selected text. The content script checks that
 * the message comes from our own extension before it does anything with it.
 */
export const OPEN_REPORT_MESSAGE = 'openReport';

export const openReportSchema = z.object({
  name: z.literal(OPEN_REPORT_MESSAGE),
  /** The selected text as the browser gives it to the menu (the page's own selection may be richer). */
  selection: z.optional(z.string().check(z.maxLength(20_000))),
});
export type OpenReport = z.infer<typeof openReportSchema>;

/** The content script's answer: whether the form opened. */
export const openReportAnswerSchema = z.object({ opened: z.boolean() });

/** The context-menu item's id and title. */
export const REPORT_MENU_ID = 'ssg-report-selection';
export const REPORT_MENU_TITLE = 'Report to safeguarding lead';

/**
 * The pages the menu item shows on: the same sites as the content script's `matches`
 * (entrypoints/guard.content), so the form can always open where the item is offered.
 */
export const REPORT_MENU_URL_PATTERNS = [
  '*://*.facebook.com/*',
  '*://*.messenger.com/*',
  '*://*.instagram.com/*',
  '*://x.com/*',
  '*://*.x.com/*',
  '*://twitter.com/*',
  '*://*.twitter.com/*',
] as const;
