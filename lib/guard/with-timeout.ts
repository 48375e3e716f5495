/** Work that did not finish in time. */
export class TimedOutError extends Error {}

/**
 * Settles with the work, or rejects after `ms` with `message` (a TimedOutError unless `makeError`
 * says otherwise). Anything that waits on another part of the extension goes through this, so
 * nothing is ever held for ever: the background's checker, a photo's check, and tesseract, which
 * can hang without rejecting (a blocked WebAssembly compile).
 */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  message: string,
  makeError: (message: string) => Error = (text) => new TimedOutError(text),
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(makeError(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
