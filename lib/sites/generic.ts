import type { SurfaceDef } from './site.ts';

/**
 * Any other text box on a guarded site: a new composer we do not know yet, a redesign that moved
 * one we do. It reads the text and shows findings in the badge, but never stops a send, because
 * guessing wrong about an unknown control could break the page.
 */
export const genericSurface = (platform: string, name: string): SurfaceDef => ({
  id: `${platform}.other`,
  surface: 'post',
  name,
  verb: 'Post',
  kind: 'generic',
  editor: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  notWithin: '[aria-hidden="true"]',
  keys: [],
  submit: [],
  enforce: false,
});
