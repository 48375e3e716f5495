import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// The labels of the photo set (.cache/photo-set/labels.json): what a careful person would say each
// image shows, written by the set builder alongside the image and checked here on every read, so
// the eval never scores against a malformed or stale file.

export const SET_VERSION = 1;

/** The part of the set that made an image (each part has its own positives and hard negatives). */
export const GROUPS = ['location', 'words', 'people', 'uniform'] as const;

export const expectSchema = z
  .object({
    /** The file records where it was taken (GPS or another location field). */
    location: z.boolean(),
    /** Words in the picture name the setting or a child (its name, handle, phone, address). */
    text: z.boolean(),
    /** How many people are visible; null where a careful count is not possible. */
    people: z.number().int().min(0).nullable(),
    /** Whether anyone shown is a child; null where that is not known (see README of the set). */
    child: z.boolean().nullable(),
    /** A person is shown wearing the uniform (its colours or its logo). */
    uniform: z.boolean(),
  })
  .strict();
export type Expect = z.infer<typeof expectSchema>;

export const labelSchema = z
  .object({
    file: z.string().regex(/^[a-z0-9][a-z0-9-]*\.(jpg|png)$/, 'must be a plain .jpg or .png name'),
    group: z.enum(GROUPS),
    /** "tune" may be used to choose thresholds; "check" should only ever be measured. */
    split: z.enum(['tune', 'check']),
    expect: expectSchema,
    /** The words drawn in the picture, if any, so a text miss can be traced to OCR or to the engine. */
    words: z.string().optional(),
    note: z.string().min(1),
  })
  .strict();
export type Label = z.infer<typeof labelSchema>;

export const labelSetSchema = z
  .object({
    version: z.literal(SET_VERSION),
    seed: z.number().int(),
    /** How the set was made and what its labels can and cannot say, in words. */
    about: z.string(),
    /** The pack file (in the same folder) the images are meant for. */
    pack: z.string().min(1),
    images: z
      .array(labelSchema)
      .min(1)
      .refine(
        (images) => new Set(images.map((i) => i.file)).size === images.length,
        'file names must be unique',
      ),
  })
  .strict();
export type LabelSet = z.infer<typeof labelSetSchema>;

export function readLabelSet(dir: string): LabelSet {
  return labelSetSchema.parse(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')));
}
