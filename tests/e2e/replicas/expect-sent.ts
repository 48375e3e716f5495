// What the replica specs share: harmless drafts, and reading what the pages' own submit handlers sent.
import type { Page } from '@playwright/test';
import { expect } from '../fixture';

/** Clean text that no policy pack should object to. */
export const WALK = 'Lovely sunny walk by the river today';
export const LATER = 'See you all at the café later';

export type Sent = { surface: string; text: string };

/** `window.__sent`: every send a replica surface's own submit handler performed, in order. */
export const sent = (page: Page): Promise<Sent[]> => page.evaluate(() => window.__sent ?? []);

/** Waits until the page has sent exactly `entries`. */
export const expectSent = (page: Page, ...entries: Sent[]): Promise<void> =>
  expect.poll(() => sent(page)).toEqual(entries);
