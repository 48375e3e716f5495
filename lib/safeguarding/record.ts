import * as z from 'zod/mini';
import { PLATFORMS } from '../pack/ids.ts';

// A safeguarding record, with the fields safeguarding systems used in schools and nurseries keep
// (who, what verbatim, when, where, category, actions taken, passed to whom), and nothing else:
// never a draft, never other page content. zod/mini, because the content script builds the form.

const text = (max: number) => z.string().check(z.maxLength(max));

export const REPORT_CATEGORIES = [
  'inappropriate-request',
  'outside-official-channels',
  'child-welfare',
  'complaint',
  'abusive-or-threatening',
  'other',
] as const;

export const REPORT_CATEGORY_NAMES: Record<(typeof REPORT_CATEGORIES)[number], string> = {
  'inappropriate-request': 'Inappropriate request',
  'outside-official-channels': 'Contact outside official channels',
  'child-welfare': "Concern about a child's welfare",
  complaint: 'Complaint',
  'abusive-or-threatening': 'Abusive or threatening',
  other: 'Other',
};

/** What the person filled in (with what the page gave them, which they may have edited). */
export const reportInputSchema = z.object({
  /** The message, word for word. */
  words: text(20_000).check(z.minLength(1, 'Paste or keep the exact words of the message.')),
  senderName: text(300),
  senderProfile: text(2000),
  platform: z.enum(PLATFORMS),
  /** The address of the conversation or post. */
  where: text(2000),
  /** The time shown on the message, as the page showed it (it may be "14:05" or "Yesterday"). */
  shownTime: text(100),
  /** When the person saw it: epoch ms. */
  seenAt: z.number(),
  category: z.enum(REPORT_CATEGORIES),
  whatHappened: text(10_000),
  replied: z.enum(['yes', 'no']),
  /** A PNG data URL of the visible tab, attached only after the person saw and confirmed it. */
  screenshot: z.optional(text(15_000_000)),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

/** The record: the input, plus who made it, when, its id and a hash of its contents. */
export const reportRecordSchema = z.extend(reportInputSchema, {
  id: text(64),
  createdAt: z.number(),
  /** Who it is passed to, from the pack: the safeguarding lead (or the manager). */
  passedTo: text(300),
  setting: text(200),
  /** SHA-256 (hex) of the canonical JSON of every other field. */
  hash: text(64),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const DELIVERY_STATES = ['queued', 'sending', 'sent', 'failed'] as const;

/** A record in the outbox, with how its delivery is going. */
export const outboxEntrySchema = z.object({
  record: reportRecordSchema,
  state: z.enum(DELIVERY_STATES),
  attempts: z.number(),
  /** Epoch ms of the next automatic try, or null when none is due. */
  nextAttemptAt: z.nullable(z.number()),
  sentAt: z.nullable(z.number()),
  /** Why the last try failed, in words. */
  lastError: z.nullable(text(1000)),
  /** How it was delivered: "webhook", "email", "file". */
  via: z.nullable(text(20)),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
