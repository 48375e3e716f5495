import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimedOutError, withTimeout } from './with-timeout.ts';

afterEach(() => vi.useRealTimers());

describe('withTimeout', () => {
  it('settles with the work when it finishes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'slow')).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error('boom')), 50, 'slow')).rejects.toThrow('boom');
  });

  it('rejects with the message after the time, as a TimedOutError or the error asked for', async () => {
    vi.useFakeTimers();
    const never = new Promise<number>(() => undefined);
    const plain = withTimeout(never, 1000, 'the photo check did not answer in time');
    const custom = withTimeout(never, 1000, 'the checker did not answer in time', (m) => new RangeError(m));
    const settled = Promise.allSettled([plain, custom]);
    await vi.advanceTimersByTimeAsync(1000);
    const [a, b] = await settled;
    expect(a).toMatchObject({ status: 'rejected', reason: expect.any(TimedOutError) as unknown });
    expect((a as PromiseRejectedResult).reason).toHaveProperty(
      'message',
      'the photo check did not answer in time',
    );
    expect((b as PromiseRejectedResult).reason).toBeInstanceOf(RangeError);
  });
});
