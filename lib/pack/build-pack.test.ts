import { describe, expect, it } from 'vitest';
import { buildPackFromProfile } from './build-pack.ts';
import { defaultRules } from './default-rules.ts';
import { PackError } from './errors.ts';
import { loadPackText } from './load-pack.ts';

// An invented setting; the names, numbers and handles are made up (01632 is Ofcom's drama range).
const PROFILE = {
  setting: {
    name: 'Thimble Lane Playhouse',
    otherNames: ['Thimble Lane'],
    address: '4 Thimble Lane, Oxbury',
    postcode: 'OX9 2QZ',
    phones: ['01632 960777'],
    emails: ['office@thimblelane.example.org'],
    websites: ['thimblelane.example.org'],
    handles: { facebook: ['ThimbleLanePlay'], instagram: ['thimble.lane'], x: ['ThimbleLane'] },
    hashtags: ['#ThimbleTots'],
    relatedPlaces: ['Oxbury Primary School'],
  },
  people: {
    manager: 'Delphine Arkwright',
    safeguardingLead: 'Omar Castellan',
    staff: ['Nell Pargeter'],
    children: ['Wren Halloway'],
    family: [{ name: 'Ines Halloway', relation: 'mother', child: 'Wren Halloway' }],
  },
  uniform: 'Mustard sweatshirt with a thimble logo',
};

function refusal(profile: unknown): PackError {
  try {
    buildPackFromProfile(profile);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return error as PackError;
  }
  throw new Error('the profile was accepted');
}

describe('buildPackFromProfile', () => {
  it('builds a complete, valid pack: the profile plus the default rules', () => {
    const pack = buildPackFromProfile(PROFILE, '2026-03-01');
    expect(pack.format).toBe(1);
    expect(pack.setting).toEqual(PROFILE.setting);
    expect(pack.people).toEqual(PROFILE.people);
    expect(pack.uniform).toBe(PROFILE.uniform);
    expect(pack.rules).toEqual(defaultRules);
    expect(pack.meta).toEqual({
      id: 'thimble-lane-playhouse',
      version: 1,
      issued: '2026-03-01',
      issuer: 'Delphine Arkwright',
    });
    expect(loadPackText(JSON.stringify(pack))).toEqual(pack);
  });

  it('treats missing lists, people and uniform as empty', () => {
    const pack = buildPackFromProfile({ setting: { name: 'Thimble Lane Playhouse' } }, '2026-03-01');
    expect(pack.setting).toEqual({
      name: 'Thimble Lane Playhouse',
      otherNames: [],
      address: '',
      postcode: '',
      phones: [],
      emails: [],
      websites: [],
      handles: { facebook: [], instagram: [], x: [] },
      hashtags: [],
      relatedPlaces: [],
    });
    expect(pack.people).toEqual({ manager: '', safeguardingLead: '', staff: [], children: [], family: [] });
    expect(pack.uniform).toBe('');
    expect(pack.meta.issuer).toBe('Thimble Lane Playhouse');
  });

  it('treats missing lists inside handles and people as empty', () => {
    const pack = buildPackFromProfile({
      setting: { name: 'Thimble Lane Playhouse', handles: { instagram: ['thimble.lane'] } },
      people: { children: ['Wren Halloway'] },
    });
    expect(pack.setting.handles).toEqual({ facebook: [], instagram: ['thimble.lane'], x: [] });
    expect(pack.people.family).toEqual([]);
    expect(pack.people.staff).toEqual([]);
  });

  it('dates the pack today unless told otherwise', () => {
    expect(buildPackFromProfile(PROFILE).meta.issued).toBe(new Date().toISOString().slice(0, 10));
  });

  it('does not share rule objects between packs', () => {
    const a = buildPackFromProfile(PROFILE);
    a.rules.reputation.extraTerms.push('changed');
    expect(buildPackFromProfile(PROFILE).rules.reputation.extraTerms).toEqual([]);
    expect(defaultRules.reputation.extraTerms).toEqual([]);
  });

  it.each([
    [
      'a family member without a child',
      { ...PROFILE, people: { family: [{ name: 'Ines Halloway', relation: 'mother' }] } },
      'people.family[0].child: is missing',
    ],
    ['no setting', { people: PROFILE.people }, 'setting: is missing'],
    ['an empty setting name', { setting: { name: '' } }, 'setting.name: must not be empty'],
    [
      'a bad email',
      { setting: { name: 'X', emails: ['office at thimble'] } },
      'setting.emails[0]: must be an email address',
    ],
    ['a list given as text', { setting: { name: 'X', phones: '01632 960777' } }, 'setting.phones:'],
    [
      'an unknown setting field',
      { setting: { name: 'X', twitter: [] } },
      'setting: unknown field(s) twitter',
    ],
    [
      'an unknown handle network',
      { setting: { name: 'X', handles: { tiktok: ['x'] } } },
      'setting.handles: unknown field(s) tiktok',
    ],
    ['rules, which a profile cannot set', { ...PROFILE, rules: {} }, 'unknown field(s) rules'],
  ])('refuses %s, naming the field', (_what, profile, expected) => {
    const error = refusal(profile);
    expect(error.message).toMatch(/^The profile was refused: /);
    expect(error.message).toContain(expected);
  });

  it.each([null, [], 'profile'])('refuses %j as not a profile', (profile) => {
    expect(refusal(profile).message).toMatch(/^The profile was refused: .*expected object/);
  });
});
