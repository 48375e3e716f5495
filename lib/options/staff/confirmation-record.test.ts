import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../pack-trust/canonical-json.ts';
import type { Acknowledgement } from '../../protocol/pack-schemas.ts';
import {
  buildConfirmationRecord,
  checkName,
  CONFIRMATIONS_FORMAT,
  formatRecordTime,
  localDate,
  nameForFile,
  verifyConfirmationRecord,
} from './confirmation-record.ts';

const AT = new Date(2026, 10, 25, 14, 5).getTime();
const DAY = 24 * 60 * 60_000;
const FINGERPRINT = '3f2a9c1b07de55a0'.padEnd(64, '0');

const ack = (overrides: Partial<Acknowledgement> = {}): Acknowledgement => ({
  packId: 'little-acorns',
  version: 4,
  setting: 'Little Acorns Nursery',
  fingerprint: FINGERPRINT,
  at: AT,
  ...overrides,
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('buildConfirmationRecord', () => {
  it('words the statement, names the files, and hashes the canonical data', async () => {
    const acknowledgements = [ack({ version: 5, at: AT + DAY }), ack()];
    const record = await buildConfirmationRecord({
      name: '  Jo   Bloggs ',
      acknowledgements,
      exportedAt: AT + 2 * DAY,
    });

    expect(record.baseName).toBe(`rule-pack-confirmations-jo-bloggs-${localDate(AT + 2 * DAY)}`);
    expect(record.baseName).toMatch(/-2026-11-27$/);
    expect(record.data.statement).toBe(
      [
        'Staff Social Guard: rule pack confirmations',
        '',
        "I, Jo Bloggs, confirm that I have read the following versions of Little Acorns Nursery's social media rule pack:",
        '',
        `- version 4, confirmed on ${formatRecordTime(AT)} (pack "little-acorns", signing key 3F2A 9C1B 07DE 55A0)`,
        `- version 5, confirmed on ${formatRecordTime(AT + DAY)} (pack "little-acorns", signing key 3F2A 9C1B 07DE 55A0)`,
        '',
        `Exported on ${formatRecordTime(AT + 2 * DAY)}.`,
        '',
        'Signed: ______________________    Date: ______________',
      ].join('\n'),
    );
    expect(formatRecordTime(AT)).toMatch(/^25 November 2026 at 14:05 /);

    // The text file: the statement, then the checksum that ties it to its JSON twin.
    expect(record.text.startsWith(record.data.statement)).toBe(true);
    expect(record.text).toContain(
      `Checksum (SHA-256 of this record's data, as in the matching .json file): ${record.sha256}`,
    );

    // The JSON twin: the same data, oldest first, plus the SHA-256 of its canonical JSON.
    const twin = JSON.parse(record.json) as Record<string, unknown>;
    const { sha256: stated, ...data } = twin;
    expect(data).toEqual({
      format: CONFIRMATIONS_FORMAT,
      name: 'Jo Bloggs',
      exportedAt: new Date(AT + 2 * DAY).toISOString(),
      confirmations: [
        {
          packId: 'little-acorns',
          version: 4,
          setting: 'Little Acorns Nursery',
          fingerprint: FINGERPRINT,
          confirmedAt: new Date(AT).toISOString(),
        },
        {
          packId: 'little-acorns',
          version: 5,
          setting: 'Little Acorns Nursery',
          fingerprint: FINGERPRINT,
          confirmedAt: new Date(AT + DAY).toISOString(),
        },
      ],
      statement: record.data.statement,
    });
    expect(stated).toBe(record.sha256);
    expect(record.sha256).toBe(sha256(canonicalJson(data)));
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('groups settings, and names the built-in pack for what it is', async () => {
    const record = await buildConfirmationRecord({
      name: 'Sam Taylor',
      acknowledgements: [
        ack({ setting: "Ashley's House", packId: 'ashleys-house-default', version: 1, fingerprint: null }),
        ack({ at: AT + DAY }),
      ],
      exportedAt: AT + DAY,
    });
    expect(record.text).toContain(
      "I, Sam Taylor, confirm that I have read the following versions of Ashley's House's social media rule pack:",
    );
    expect(record.text).toContain('(pack "ashleys-house-default", built into the extension)');
    expect(record.text).toContain(
      "I also confirm that I have read the following versions of Little Acorns Nursery's social media rule pack:",
    );
  });

  it('refuses an empty name or nothing to confirm, saying what to fix', async () => {
    await expect(
      buildConfirmationRecord({ name: ' ', acknowledgements: [ack()], exportedAt: AT }),
    ).rejects.toThrow('Type your full name for the record.');
    await expect(
      buildConfirmationRecord({ name: 'Jo', acknowledgements: [], exportedAt: AT }),
    ).rejects.toThrow('There are no confirmations to export yet.');
  });
});

describe('verifyConfirmationRecord', () => {
  it('accepts the JSON twin as exported, and notices any edit', async () => {
    const record = await buildConfirmationRecord({
      name: 'Jo Bloggs',
      acknowledgements: [ack()],
      exportedAt: AT,
    });
    const checked = await verifyConfirmationRecord(record.json);
    expect(checked.ok).toBe(true);
    // Key order and spacing do not matter: the hash is over canonical JSON.
    const reordered = JSON.stringify(
      Object.fromEntries(Object.entries(JSON.parse(record.json) as object).reverse()),
    );
    expect((await verifyConfirmationRecord(reordered)).ok).toBe(true);

    const edited = record.json.replace('"version": 4', '"version": 7');
    expect(edited).not.toBe(record.json);
    expect(await verifyConfirmationRecord(edited)).toEqual({
      ok: false,
      problem: 'its checksum does not match its content: it was edited after it was exported',
    });
    expect(await verifyConfirmationRecord(record.json.replace('Jo Bloggs', 'Jo Blogs'))).toMatchObject({
      ok: false,
    });
    expect(await verifyConfirmationRecord('{')).toEqual({ ok: false, problem: 'it is not valid JSON' });
    expect(await verifyConfirmationRecord('{"a":1}')).toEqual({ ok: false, problem: 'it has no checksum' });
  });
});

describe('names', () => {
  it.each([
    ['Jo Bloggs', 'jo-bloggs'],
    ["Siobhán O'Brien-Smith", 'siobhan-obrien-smith'],
    ['../../etc/passwd', 'etc-passwd'],
    ['李小龍', 'staff'],
    ['A'.repeat(60), 'a'.repeat(40)],
  ])('%j goes into a file name as %j', (name, slug) => {
    expect(nameForFile(name)).toBe(slug);
  });

  it('checks the typed name', () => {
    expect(checkName('  Jo \t Bloggs ')).toEqual({ ok: true, name: 'Jo Bloggs' });
    expect(checkName('')).toEqual({ ok: false, problem: 'Type your full name for the record.' });
    expect(checkName('x'.repeat(101))).toMatchObject({ ok: false, problem: /at most 100 characters/ });
  });
});
