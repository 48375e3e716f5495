import type { Locator } from '@playwright/test';

/**
 * The text a site editor holds right now, as the person sees it: a textarea's value, or a
 * contenteditable's rendered text (Lexical and Draft.js keep one block per line). Used to prove
 * that no path through the guard changed, added to or emptied the draft.
 */
export const draftOf = (editor: Locator): Promise<string> =>
  editor.evaluate((el) =>
    el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText.replace(/\n+$/, ''),
  );
