import * as z from 'zod/mini';
import {
  checkRequestSchema,
  checkResultSchema,
  friendRequestResultSchema,
  friendRequestSchema,
  guardEventSchema,
  guardStatusSchema,
  historySummarySchema,
  platformSchema,
} from './schemas.ts';
import {
  acknowledgementSchema,
  installResultSchema,
  PACK_TEXT_MAX,
  packPreviewSchema,
  packStateSchema,
} from './pack-schemas.ts';
import { outboxEntrySchema, reportInputSchema, DELIVERY_STATES } from '../safeguarding/record.ts';
import { reportGuidanceSchema } from '../safeguarding/guidance.ts';
import { photoInputSchema } from '../photo/host-messages.ts';
import { photoProgressSchema, photoReportSchema } from '../photo/report.ts';

const ok = z.object({ ok: z.literal(true) });
const reportId = z.object({ id: z.string().check(z.maxLength(64)) });
const packText = z.object({ text: z.string().check(z.maxLength(PACK_TEXT_MAX)) });

/**
 * The one protocol map: every message name, who may send it, and the zod schemas of its request
 * and response. The background parses each request and checks the sender against `from`
 * (lib/handlers/dispatch.ts); senders parse each response.
 * - "content": a content script in a tab on one of the guarded sites;
 * - "extension": one of our own pages (popup, options).
 */
export const MESSAGES = {
  checkDraft: { from: ['content', 'extension'], request: checkRequestSchema, response: checkResultSchema },
  checkFriendRequest: {
    from: ['content'],
    request: friendRequestSchema,
    response: friendRequestResultSchema,
  },
  recordEvent: { from: ['content'], request: guardEventSchema, response: z.object({ ok: z.literal(true) }) },
  getGuardStatus: {
    from: ['content', 'extension'],
    request: z.object({ platform: platformSchema }),
    response: guardStatusSchema,
  },
  pausePlatform: {
    from: ['extension'],
    request: z.object({ platform: platformSchema, minutes: z.number().check(z.minimum(1), z.maximum(60)) }),
    response: z.object({ pausedUntil: z.number() }),
  },
  resumePlatform: {
    from: ['extension'],
    request: z.object({ platform: platformSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  getHistory: { from: ['extension'], request: z.object({}), response: historySummarySchema },
  clearHistory: { from: ['extension'], request: z.object({}), response: z.object({ ok: z.literal(true) }) },
  getPackState: { from: ['extension'], request: z.object({}), response: packStateSchema },
  previewPackFile: { from: ['extension'], request: packText, response: packPreviewSchema },
  installPackFile: {
    from: ['extension'],
    request: z.object({
      text: packText.shape.text,
      acceptFingerprint: z.nullable(z.string().check(z.maxLength(64))),
    }),
    response: installResultSchema,
  },
  subscribePack: {
    from: ['extension'],
    request: z.object({
      url: z.string().check(z.maxLength(2000)),
      acceptFingerprint: z.nullable(z.string().check(z.maxLength(64))),
    }),
    response: installResultSchema,
  },
  unsubscribePack: { from: ['extension'], request: z.object({}), response: ok },
  checkPackNow: { from: ['extension'], request: z.object({}), response: installResultSchema },
  acknowledgePack: { from: ['extension'], request: z.object({ version: z.number() }), response: ok },
  getAcknowledgements: {
    from: ['extension'],
    request: z.object({}),
    response: z.object({ acknowledgements: z.array(acknowledgementSchema) }),
  },
  /** The form's guidance and who the report goes to, from the pack in force. */
  getReportGuidance: {
    from: ['content', 'extension'],
    request: z.object({}),
    response: reportGuidanceSchema,
  },
  /** A screenshot of the sender's visible tab, for the person to look at before attaching it. */
  captureScreenshot: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ dataUrl: z.string().check(z.maxLength(15_000_000)) }),
  },
  submitReport: {
    from: ['content'],
    request: z.object({ input: reportInputSchema }),
    response: z.object({ id: z.string(), state: z.enum(DELIVERY_STATES) }),
  },
  getOutbox: {
    from: ['extension'],
    request: z.object({}),
    response: z.object({ entries: z.array(outboxEntrySchema) }),
  },
  retryReport: { from: ['extension'], request: reportId, response: ok },
  /** Staff sent it themselves (the email, or the saved files): it counts as delivered. */
  markReportSent: {
    from: ['extension'],
    request: z.extend(reportId, { via: z.enum(['email', 'file']) }),
    response: ok,
  },
  /** Takes a delivered report out of the outbox. Refused while it is not delivered. */
  clearReport: { from: ['extension'], request: reportId, response: ok },
  /**
   * Checks one attached photo against the pack in force (issue 6). The background hands it to the
   * photo host and answers with its report; progress goes to the sender's tab as `photoProgress`.
   */
  checkPhoto: { from: ['content'], request: photoInputSchema, response: photoReportSchema },
  /** The photo host's progress on a photo, for the background to pass to the tab that sent it. */
  photoProgress: {
    from: ['extension'],
    request: z.object({ tabId: z.number(), progress: photoProgressSchema }),
    response: ok,
  },
} as const;

export type MessageName = keyof typeof MESSAGES;
export type SenderKind = 'content' | 'extension';
export type RequestOf<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['response']>;

/** The envelope on the wire. */
export const envelopeSchema = z.object({ name: z.string(), data: z.unknown() });
export type Envelope = { name: MessageName; data: unknown };

export const isMessageName = (name: string): name is MessageName => Object.hasOwn(MESSAGES, name);
