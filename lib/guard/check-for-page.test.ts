import { describe, expect, it } from 'vitest';
import { makePack } from '../pack/default-pack.ts';
import { defaultProfile } from '../pack/default-pack.ts';
import { checkForPage, checkFriendRequest, officialReplyOf } from './check-for-page.ts';
import { badgeLevel, decideSend } from './decide.ts';

const pack = makePack({
  ...defaultProfile,
  people: {
    manager: 'Dipaley Patel',
    safeguardingLead: 'Morgan Price',
    staff: [],
    children: ['Amelia Smith'],
    family: [{ name: 'Jane Smith', relation: 'mother', child: 'Amelia Smith' }],
  },
});

describe('checkForPage', () => {
  it('gives the findings with who to ask and the ready reply', () => {
    const result = checkForPage(pack, {
      platform: 'facebook',
      surface: 'post',
      recipient: null,
      text: "Another day at Ashley's House",
    });
    expect(result.findings.map((f) => f.category)).toContain('setting-name');
    expect(result.contacts).toEqual({ manager: 'Dipaley Patel', safeguardingLead: 'Morgan Price' });
    expect(result.officialReply).toMatch(/^Thank you for your message\. Please contact the office/);
  });

  it('flags a private message to a listed parent', () => {
    const result = checkForPage(pack, {
      platform: 'instagram',
      surface: 'dm',
      recipient: 'Jane Smith',
      text: 'See you tomorrow!',
    });
    expect(result.findings.map((f) => f.category)).toEqual(['parent-contact']);
  });
});

describe('officialReplyOf', () => {
  it('uses the quoted reply from the pack, or a neutral default', () => {
    const custom = makePack(defaultProfile);
    custom.rules['parent-contact'].suggestion =
      'Say only: "Please email the office at the usual address, thank you."';
    expect(officialReplyOf(custom)).toBe('Please email the office at the usual address, thank you.');
    custom.rules['parent-contact'].suggestion = 'Point them to the office.';
    expect(officialReplyOf(custom)).toContain("setting's official channels");
  });
});

describe('checkFriendRequest', () => {
  it('warns about a listed parent, with the parent-contact clause and severity', () => {
    const { finding } = checkFriendRequest(pack, 'Jane Smith');
    expect(finding).toMatchObject({
      category: 'parent-contact',
      severity: 'confirm',
      spans: [{ start: 0, end: 10 }],
      matched: ['Jane Smith'],
    });
    expect(finding?.clause.id).toBe('staff-3');
  });

  it.each(['Olu Adebayo', 'Jane', 'Smith', ''])('leaves %j alone', (name) => {
    expect(checkFriendRequest(pack, name).finding).toBeNull();
  });

  it('says nothing when the manager turned the rule off', () => {
    const off = makePack(pack);
    off.rules['parent-contact'].severity = 'off';
    expect(checkFriendRequest(off, 'Jane Smith').finding).toBeNull();
  });
});

describe('decideSend and badgeLevel', () => {
  it.each([
    [[], 'allow', 'clear'],
    [['notice'], 'allow', 'notice'],
    [['notice', 'warn'], 'warn', 'warning'],
    [['warn', 'confirm'], 'confirm', 'warning'],
    [['confirm', 'block', 'warn'], 'block', 'warning'],
  ] as const)('%o → %s / %s', (severities, decision, level) => {
    const findings = severities.map((severity) => ({ severity }));
    expect(decideSend(findings)).toBe(decision);
    expect(badgeLevel(findings)).toBe(level);
  });
});
