import type { Expect, Label } from './labels.ts';

// One image of the set as a part builder makes it, before it is written to disk.

export interface SetImage {
  file: string;
  group: Label['group'];
  /**
   * What the image was made from (a sample photo, a sign's wording, a scene). The tune/check split
   * is taken per source, so variants of one picture never sit on both sides of it.
   */
  source: string;
  expect: Expect;
  words?: string;
  note: string;
  bytes: Uint8Array;
}

/** A picture with nothing the guard looks for: no location, words, people or uniform. */
export const NOTHING: Expect = { location: false, text: false, people: 0, child: false, uniform: false };

export const expecting = (overrides: Partial<Expect>): Expect => ({ ...NOTHING, ...overrides });

export function slug(text: string, max = 28): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, max)
      .replace(/-$/, '') || 'x'
  );
}
