import * as z from 'zod/mini';
import { photoProgressSchema } from './report.ts';

/** Photos larger than this are not checked; the guard says so rather than freezing on them. */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;
/** A data: URL of MAX_PHOTO_BYTES (base64 is 4/3 of the bytes), with room for its header. */
export const MAX_PHOTO_DATA_URL = Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 200;

/** One attached photo, as the content script hands it over (the file the browser already holds). */
export const photoInputSchema = z.object({
  /** The content script's own id for this attachment, so progress and results find their photo. */
  photoId: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.maxLength(500)),
  type: z.string().check(z.maxLength(200)),
  dataUrl: z.string().check(z.maxLength(MAX_PHOTO_DATA_URL)),
});
export type PhotoInput = z.infer<typeof photoInputSchema>;

/**
 * The background asks the photo host (the offscreen document in Chrome and Edge, a frame in the
 * Firefox background page, or a tab the command line opens) to check one photo. `target` keeps
 * these apart from the messages content scripts send to the background, which the host also
 * hears. The pack goes as JSON text and the host parses it with the pack schema.
 */
export const PHOTO_HOST_TARGET = 'photo-host';

export const runPhotoChecksSchema = z.object({
  target: z.literal(PHOTO_HOST_TARGET),
  name: z.literal('runPhotoChecks'),
  data: z.object({
    photo: photoInputSchema,
    packText: z.string().check(z.maxLength(2_000_000)),
    /** The tab to send progress to; absent when the command line asks. */
    tabId: z.optional(z.number()),
  }),
});
export type RunPhotoChecks = z.infer<typeof runPhotoChecksSchema>;

/** The host answers `ping` once its page has loaded, so the background knows it can send work. */
export const pingPhotoHostSchema = z.object({
  target: z.literal(PHOTO_HOST_TARGET),
  name: z.literal('ping'),
});

export { photoProgressSchema };
