import { describe, expect, it } from 'vitest';
import { defaultPack, makePack, defaultProfile } from '../pack/default-pack.ts';
import { reportGuidance } from './guidance.ts';
import { hashOf, makeRecord, passedToOf, retryDelayMs } from './make-record.ts';
import type { ReportInput } from './record.ts';

const input: ReportInput = {
  words: 'Can you send me photos of the other children?',
  senderName: 'Jane Smith',
  senderProfile: 'https://www.facebook.com/jane.smith',
  platform: 'facebook',
  where: 'https://www.facebook.com/messages/t/2001',
  shownTime: '14:05',
  seenAt: 1_700_000_000_000,
  category: 'inappropriate-request',
  whatHappened: 'She messaged me after pick-up.',
  replied: 'no',
};
const pack = makePack({
  ...defaultProfile,
  people: { ...defaultProfile.people, manager: 'Dipaley Patel', safeguardingLead: 'Morgan Price' },
});

describe('makeRecord', () => {
  it('adds the id, the time, who it goes to and a hash of everything else', async () => {
    const record = await makeRecord(input, pack, 'r-1', 1_700_000_100_000);
    expect(record).toMatchObject({
      ...input,
      id: 'r-1',
      createdAt: 1_700_000_100_000,
      passedTo: 'Morgan Price (safeguarding lead)',
      setting: "Ashley's House",
    });
    const { hash, ...fields } = record;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashOf(fields)).toBe(hash);
    expect(await hashOf({ ...fields, words: `${fields.words}!` })).not.toBe(hash);
  });

  it('passes it to the manager, or to "the safeguarding lead", when the pack names no lead', () => {
    const managerOnly = makePack({
      ...defaultProfile,
      people: { ...defaultProfile.people, manager: 'Dipaley Patel' },
    });
    expect(passedToOf(managerOnly)).toBe('Dipaley Patel (manager)');
    expect(passedToOf(defaultPack)).toBe('The safeguarding lead');
  });
});

describe('retryDelayMs', () => {
  it('waits longer after each failure, up to every two hours', () => {
    expect([1, 2, 3, 4, 5, 50].map(retryDelayMs)).toEqual([
      30_000, 120_000, 600_000, 1_800_000, 7_200_000, 7_200_000,
    ]);
  });
});

describe('reportGuidance', () => {
  it('says how the report travels and what not to do, naming the whistleblowing route', () => {
    const webhook = makePack({ ...defaultProfile }, {});
    webhook.reports = { webhookUrl: 'https://reports.example.org/hook' };
    expect(reportGuidance(webhook).delivery).toBe('webhook');
    const email = makePack({ ...defaultProfile });
    email.reports = { email: 'dsl@example.org' };
    expect(reportGuidance(email)).toMatchObject({ delivery: 'email', email: 'dsl@example.org' });
    const guidance = reportGuidance(pack);
    expect(guidance.delivery).toBe('file');
    expect(guidance.points.join(' ')).toMatch(
      /Do not reply.*images of children.*whistleblowing policy and speak to Dipaley Patel/,
    );
  });
});
