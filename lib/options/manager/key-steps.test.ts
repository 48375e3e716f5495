import { describe, expect, it } from 'vitest';
import { keyBackupSchema } from '../../pack-trust/encrypt-key.ts';
import { fingerprintOf, publicKeyOf } from '../../pack-trust/keys.ts';
import {
  checkPassphrase,
  createKeyBackup,
  passphraseProblem,
  readKeyBackup,
  withSecretKey,
} from './key-steps.ts';

const PASSPHRASE = 'correct horse battery staple';

describe('passphraseProblem', () => {
  it.each([
    ['short', 'short', /at least 10 characters/],
    ['long enough 1', 'long enough 2', /not the same/],
    ['long enough', 'long enough', null],
  ])('%j and %j', (passphrase, repeat, problem) => {
    const found = passphraseProblem(passphrase, repeat);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('the signing key', { timeout: 20_000 }, () => {
  it('is made encrypted, opens only with its passphrase, and is wiped after use', async () => {
    await expect(createKeyBackup('short', 'short')).rejects.toThrow(/at least 10/);
    const backup = await createKeyBackup(PASSPHRASE, PASSPHRASE);
    expect(keyBackupSchema.parse(backup)).toEqual(backup);
    await expect(checkPassphrase(backup, PASSPHRASE)).resolves.toBeUndefined();
    await expect(checkPassphrase(backup, 'not the passphrase')).rejects.toThrow(/passphrase is wrong/);

    let seen: Uint8Array | undefined;
    const fingerprint = await withSecretKey(backup, PASSPHRASE, async (secretKey) => {
      seen = secretKey;
      return fingerprintOf(await publicKeyOf(secretKey));
    });
    expect(fingerprint).toBe(backup.fingerprint);
    expect(seen?.every((b) => b === 0)).toBe(true);

    expect(readKeyBackup(JSON.stringify(backup), 'key.json')).toEqual(backup);
  });

  it.each([
    ['not JSON', 'hello'],
    ['another JSON file', '{"format":1}'],
  ])('refuses a backup file that is %s, naming it', (_what, text) => {
    expect(() => readKeyBackup(text, 'notes.json')).toThrow(
      /^notes\.json is not a Staff Social Guard signing key backup\. Choose the file you downloaded as staff-social-guard-signing-key\.json\.$/,
    );
  });
});
