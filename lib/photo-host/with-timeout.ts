/** A check that did not answer in time. */
export class TimedOutError extends Error {}

/**
 * Settles with the work, or rejects with TimedOutError after `ms`. Every model call goes through
 * this: tesseract in particular can hang without ever rejecting (a blocked WebAssembly compile).
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOutError(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
