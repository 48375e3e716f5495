import * as z from 'zod/mini';
import { CATEGORY_IDS, SEVERITIES } from '../pack/ids.ts';

// What the photo guard says about one photo (issue 6). It crosses two boundaries (photo host →
// background → content script), so it is a zod/mini schema that each side parses; zod/mini keeps
// the content script small.

export const PHOTO_KINDS = ['location', 'text', 'people', 'uniform'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];

/** A rectangle in the photo's own pixels, after its EXIF orientation is applied. */
export const boxSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
});
export type Box = z.infer<typeof boxSchema>;

const words = (max: number) => z.string().check(z.maxLength(max));

export const photoFindingSchema = z.object({
  kind: z.enum(PHOTO_KINDS),
  category: z.enum(CATEGORY_IDS),
  severity: z.enum(SEVERITIES),
  message: words(1000),
  clause: z.object({ id: words(40), text: words(1000) }),
  suggestion: z.optional(words(1000)),
  box: z.optional(boxSchema),
});
export type PhotoFinding = z.infer<typeof photoFindingSchema>;

export const CHECK_STATES = ['done', 'failed', 'timed-out'] as const;

/** How each check went, so a check that could not run is never mistaken for a clean photo. */
export const checkOutcomeSchema = z.object({
  kind: z.enum(PHOTO_KINDS),
  state: z.enum(CHECK_STATES),
  ms: z.number(),
  /** Why it failed, in words fit to show staff. */
  problem: z.optional(words(500)),
});
export type CheckOutcome = z.infer<typeof checkOutcomeSchema>;

export const photoReportSchema = z.object({
  width: z.number(),
  height: z.number(),
  findings: z.array(photoFindingSchema).check(z.maxLength(200)),
  checks: z.array(checkOutcomeSchema).check(z.maxLength(PHOTO_KINDS.length)),
});
export type PhotoReport = z.infer<typeof photoReportSchema>;

/** Progress while a photo is checked: how many of the checks have finished. */
export const photoProgressSchema = z.object({
  photoId: words(64),
  done: z.number().check(z.minimum(0)),
  total: z.number().check(z.minimum(1)),
  /** The check now running, e.g. "reading words". */
  stage: words(100),
});
export type PhotoProgress = z.infer<typeof photoProgressSchema>;
