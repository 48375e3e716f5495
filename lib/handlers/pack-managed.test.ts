import { describe, expect, it } from 'vitest';
import { readManagedConfig } from './pack-managed.ts';

const FP = 'ab'.repeat(32);
const KEY = 'A'.repeat(43);

describe('readManagedConfig', () => {
  it('reads the pack address and the trusted keys', async () => {
    const config = await readManagedConfig(() =>
      Promise.resolve({
        packUrl: 'https://packs.example.org/p.json',
        trustedKeys: [FP.toUpperCase(), KEY, 'not a key'],
      }),
    );
    expect(config).toEqual({
      packUrl: 'https://packs.example.org/p.json',
      trust: [{ fingerprint: FP }, { publicKey: KEY }],
    });
  });

  it.each([
    [{}, 'nothing set'],
    [{ packUrl: 'https://packs.example.org/p.json' }, 'no key'],
    [{ packUrl: 'http://packs.example.org/p.json', trustedKeys: [FP] }, 'plain http'],
    [{ packUrl: 42, trustedKeys: [FP] }, 'a wrong type'],
  ] as [Record<string, unknown>, string][])('is null for %o (%s)', async (items) => {
    expect(await readManagedConfig(() => Promise.resolve(items))).toBeNull();
  });

  it('gives up on a read that hangs, and on one that fails', async () => {
    const started = Date.now();
    expect(await readManagedConfig(() => new Promise(() => undefined), 50)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await readManagedConfig(() => Promise.reject(new Error('no managed storage')))).toBeNull();
  });
});
