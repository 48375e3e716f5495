// The pack's fixed vocabularies, kept free of zod so that code shipped into pages (the content
// script, its components) can use them without bundling the full schema library.

/** The six text categories of shared/spec/detection.md, in the order the dialog lists them. */
export const CATEGORY_IDS = [
  'setting-name',
  'work-comment',
  'child-info',
  'parent-contact',
  'foul-language',
  'reputation',
] as const;
export const SEVERITIES = ['off', 'notice', 'warn', 'confirm', 'block'] as const;

export const PLATFORMS = ['facebook', 'instagram', 'x'] as const;
export const SURFACES = ['post', 'comment', 'reply', 'caption', 'dm'] as const;

export type Category = (typeof CATEGORY_IDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Platform = (typeof PLATFORMS)[number];
export type SurfaceKind = (typeof SURFACES)[number];
