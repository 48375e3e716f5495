import { defaultProfile, makePack } from '../../../lib/pack/default-pack.ts';
import type { RulePack } from '../../../lib/pack/schema.ts';

/**
 * The pack the guard specs install: an invented setting with a manager, a safeguarding lead, a
 * child and that child's mother, so parent recipients and friend requests can be tested.
 */
export function testPack(
  overrides: Partial<Record<keyof RulePack['rules'], Partial<RulePack['rules']['reputation']>>> = {},
): RulePack {
  const pack = makePack(
    {
      setting: { ...defaultProfile.setting, name: 'Little Acorns Nursery' },
      people: {
        manager: 'Dipaley Patel',
        safeguardingLead: 'Morgan Price',
        staff: ['Sam Taylor'],
        children: ['Amelia Smith'],
        family: [{ name: 'Jane Smith', relation: 'mother', child: 'Amelia Smith' }],
      },
      uniform: '',
    },
    { id: 'little-acorns', version: 3, issuer: 'Dipaley Patel' },
  );
  for (const [category, change] of Object.entries(overrides)) {
    const id = category as keyof RulePack['rules'];
    pack.rules[id] = { ...pack.rules[id], ...change };
  }
  return pack;
}
