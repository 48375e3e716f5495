import * as z from 'zod/mini';
import { CATEGORY_IDS, PLATFORMS, SEVERITIES, SURFACES } from '../pack/ids.ts';
import { PHOTO_KINDS } from '../photo/report.ts';

// The messages that cross between the content scripts, the popup and the background. zod/mini
// keeps the content script small (full zod is ~45 kB gzipped); the shapes mirror lib/pack/schema.ts.

const short = (max: number) => z.string().check(z.maxLength(max));

export const platformSchema = z.enum(PLATFORMS);
export const surfaceKindSchema = z.enum(SURFACES);
export const categoryIdSchema = z.enum(CATEGORY_IDS);

export const findingSchema = z.object({
  category: categoryIdSchema,
  ruleId: short(100),
  severity: z.enum(SEVERITIES),
  spans: z.array(z.object({ start: z.number(), end: z.number() })).check(z.maxLength(10_000)),
  message: short(500),
  clause: z.object({ id: short(40), text: short(1000) }),
  matched: z.array(short(1000)).check(z.maxLength(10_000)),
  suggestion: z.optional(short(500)),
});
export type WireFinding = z.infer<typeof findingSchema>;

/** Who staff are told to ask, from the pack. Empty strings when the pack leaves them out. */
export const contactsSchema = z.object({ manager: short(200), safeguardingLead: short(200) });
export type Contacts = z.infer<typeof contactsSchema>;

export const checkRequestSchema = z.object({
  platform: platformSchema,
  surface: surfaceKindSchema,
  recipient: z.nullable(short(500)),
  text: short(200_000),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export const checkResultSchema = z.object({
  findings: z.array(findingSchema).check(z.maxLength(20)),
  contacts: contactsSchema,
  /** A reply that points a parent to the setting's official channels, for staff to copy. */
  officialReply: short(1000),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const friendRequestSchema = z.object({ platform: platformSchema, name: short(300) });
export const friendRequestResultSchema = z.object({
  finding: z.nullable(findingSchema),
  contacts: contactsSchema,
});
export type FriendRequestResult = z.infer<typeof friendRequestResultSchema>;

export const CHOICES = ['edited', 'sent-anyway', 'blocked', 'confirmed-anyway', 'cancelled'] as const;
export const choiceSchema = z.enum(CHOICES);
export type Choice = z.infer<typeof choiceSchema>;

/** One warning and what the person chose. Never any draft text: only the typed reason, if any. */
export const guardEventSchema = z.object({
  platform: platformSchema,
  /** The surface id from the site adapter, e.g. "facebook.post". */
  surface: short(60),
  categories: z.array(categoryIdSchema).check(z.maxLength(CATEGORY_IDS.length)),
  ruleIds: z.array(short(100)).check(z.maxLength(20)),
  choice: choiceSchema,
  reason: z.optional(short(1000)),
  /**
   * Which kinds of photo check found something ("location", "text", "people", "uniform"), when
   * the send had photos; their categories are in `categories` with the text's. Never the photo.
   */
  photoKinds: z.optional(z.array(z.enum(PHOTO_KINDS)).check(z.maxLength(PHOTO_KINDS.length))),
});
export type GuardEvent = z.infer<typeof guardEventSchema>;

export const storedEventSchema = z.extend(guardEventSchema, { id: z.number(), at: z.number() });
export type StoredEvent = z.infer<typeof storedEventSchema>;

export const historySummarySchema = z.object({
  today: z.object({
    total: z.number(),
    byChoice: z.record(z.string(), z.number()),
    byPlatform: z.record(z.string(), z.number()),
  }),
  recent: z.array(storedEventSchema),
});
export type HistorySummary = z.infer<typeof historySummarySchema>;

export const guardStatusSchema = z.object({
  /** Epoch milliseconds until which the guard is paused on this platform, or null. */
  pausedUntil: z.nullable(z.number()),
  pack: z.object({ id: short(100), version: z.number(), issuer: short(200), setting: short(200) }),
  /** Why the stored pack was not used (the built-in default applies instead), or null. */
  packError: z.nullable(short(1000)),
});
export type GuardStatus = z.infer<typeof guardStatusSchema>;
