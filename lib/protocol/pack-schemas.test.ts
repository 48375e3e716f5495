import { describe, expect, it } from 'vitest';
import { installResultSchema } from './pack-schemas.ts';

describe('installResultSchema', () => {
  it('keeps the key to compare on a first pack from a link (a union keeps only its match’s fields)', () => {
    const answer = {
      ok: false,
      needsTrust: true,
      reason: 'compare it',
      fingerprint: 'ab'.repeat(32),
      version: 2,
      setting: 'Little Acorns',
    };
    expect(installResultSchema.parse(answer)).toEqual(answer);
  });

  it.each([[{ ok: true, version: 3 }], [{ ok: false, reason: 'no newer version' }]])(
    'reads %o as it is',
    (answer) => {
      expect(installResultSchema.parse(answer)).toEqual(answer);
    },
  );
});
