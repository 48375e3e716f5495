import { createHash } from 'node:crypto';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '../fixture';

/** A file as Playwright's setInputFiles takes it, and as the page-side helpers rebuild it. */
export interface Photo {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const photo = (name: string, bytes: Uint8Array, mimeType = 'image/jpeg'): Photo => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});

export const sha256 = (photo: Photo): string => createHash('sha256').update(photo.buffer).digest('hex');

export type Upload = { surface: string; name: string; size: number; type: string; sha256: string };

/** `window.__uploads`: every file a replica's own upload handler received, with its hash. */
export const uploads = (page: Page): Promise<Upload[]> => page.evaluate(() => window.__uploads ?? []);

/** Waits until the site's own handler has received exactly this photo, byte for byte. */
export async function expectUploaded(page: Page, surface: string, sent: Photo): Promise<void> {
  await expect
    .poll(() => uploads(page))
    .toContainEqual({
      surface,
      name: sent.name,
      size: sent.buffer.length,
      type: sent.mimeType,
      sha256: sha256(sent),
    });
}

/**
 * How long a photo spec waits for the checks: the first photo on a page loads the face and OCR
 * models, which takes seconds on a slow runner (the send itself waits at most PHOTO_WAIT_MS, 10 s).
 */
export const CHECKED = { timeout: 20_000 };

/** Waits (as long as a photo check may take) until the page has sent exactly `entries`. */
export const expectSentAfterCheck = (page: Page, ...entries: { surface: string; text: string }[]) =>
  expect.poll(() => page.evaluate(() => window.__sent ?? []), CHECKED).toEqual(entries);

type Carried = { name: string; mimeType: string; base64: string };
const carry = (p: Photo): Carried => ({
  name: p.name,
  mimeType: p.mimeType,
  base64: p.buffer.toString('base64'),
});

/**
 * Pastes or drops a photo into an element the way the browser does: a trusted-shaped ClipboardEvent
 * or DragEvent whose DataTransfer holds the File, dispatched at the element (a drop at its centre,
 * where Draft.js and Lexical look for the caret).
 */
export async function pasteOrDrop(target: Locator, how: 'paste' | 'drop', p: Photo): Promise<void> {
  await target.evaluate(
    (el, { how, file }) => {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], file.name, { type: file.mimeType }));
      const rect = el.getBoundingClientRect();
      const init = { bubbles: true, cancelable: true, composed: true };
      const event =
        how === 'paste'
          ? new ClipboardEvent('paste', { ...init, clipboardData: data })
          : new DragEvent('drop', {
              ...init,
              dataTransfer: data,
              clientX: rect.left + rect.width / 2,
              clientY: rect.top + rect.height / 2,
            });
      el.dispatchEvent(event);
    },
    { how, file: carry(p) },
  );
}

/** A photo of a sign with these words on it, rendered by the browser itself (no sample images needed). */
export async function signPhoto(context: BrowserContext, words: string): Promise<Photo> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 900, height: 300 });
    await page.setContent(
      `<body style="margin:0;background:#2e5d34;display:flex;align-items:center;justify-content:center;height:300px">
        <div style="background:#fff;color:#111;font:700 64px Arial,sans-serif;padding:24px 40px">${words}</div></body>`,
    );
    return photo('sign.png', await page.screenshot({ type: 'png' }), 'image/png');
  } finally {
    await page.close();
  }
}
