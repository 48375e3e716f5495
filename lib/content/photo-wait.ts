import type { AttachedPhoto } from './photo-store.ts';

/**
 * The longest a send is held for photo checks that are still running when the person presses
 * Post. Reading the location takes milliseconds and faces about a second; OCR is the slow one
 * (issue 6 targets under 3 s on a 12-megapixel photo on a 2-core machine). 10 s covers a slow
 * machine with a couple of photos while staying short of the point where people give up and
 * reload. After it, the post goes through and a notice says the photo check did not finish.
 */
export const PHOTO_WAIT_MS = 10_000;

export type WaitOutcome = 'settled' | 'timed-out' | 'cancelled';

/** Waits until every photo's check has settled, at most `ms`, or until `signal` aborts. */
export function waitForPhotos(
  photos: readonly AttachedPhoto[],
  ms: number,
  signal: AbortSignal,
): Promise<WaitOutcome> {
  if (signal.aborted) return Promise.resolve('cancelled');
  return new Promise((resolve) => {
    const done = (outcome: WaitOutcome) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => done('cancelled');
    const timer = setTimeout(() => done('timed-out'), ms);
    signal.addEventListener('abort', onAbort);
    void Promise.all(photos.map((photo) => photo.settled)).then(() => done('settled'));
  });
}
