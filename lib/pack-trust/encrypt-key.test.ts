import { describe, expect, it } from 'vitest';
import { toBase64Url } from './encoding.ts';
import {
  KEY_BACKUP_FORMAT,
  MIN_PASSPHRASE_LENGTH,
  decryptSecretKey,
  encryptSecretKey,
  keyBackupSchema,
  type KeyBackup,
} from './encrypt-key.ts';
import { encodeKey, fingerprintOf, generateKeyPair } from './keys.ts';

const PASSPHRASE = 'hazel catkins in march';

/** Changes one character of a base64url string to a different one. */
const bend = (text: string, at = 5): string =>
  text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

// Each backup costs a 600,000-round PBKDF2, so the tests share one.
const pair = await generateKeyPair();
const backup = await encryptSecretKey(pair.secretKey, PASSPHRASE);

describe('key backup', () => {
  it('holds the public key and fingerprint in the clear, and nothing else readable', async () => {
    expect(keyBackupSchema.parse(backup)).toEqual(backup);
    expect(backup.format).toBe(KEY_BACKUP_FORMAT);
    expect(backup.publicKey).toBe(encodeKey(pair.publicKey));
    expect(backup.fingerprint).toBe(await fingerprintOf(pair.publicKey));
    expect(backup.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(JSON.stringify(backup)).not.toContain(toBase64Url(pair.secretKey));
  });

  it('round-trips: the passphrase opens the backup to the same secret key, also after JSON', async () => {
    expect(await decryptSecretKey(backup, PASSPHRASE)).toEqual(pair.secretKey);
    expect(await decryptSecretKey(JSON.parse(JSON.stringify(backup)), PASSPHRASE)).toEqual(pair.secretKey);
  });

  it('uses a fresh salt and IV each time, so two backups of one key differ', async () => {
    const again = await encryptSecretKey(pair.secretKey, PASSPHRASE);
    expect(again.kdf.salt).not.toBe(backup.kdf.salt);
    expect(again.cipher.iv).not.toBe(backup.cipher.iv);
    expect(again.data).not.toBe(backup.data);
  });

  it('refuses the wrong passphrase, saying so', async () => {
    await expect(decryptSecretKey(backup, 'hazel catkins in April')).rejects.toThrow(
      'The passphrase is wrong, or the key backup is damaged.',
    );
  });

  it('refuses a backup whose sealed data was changed', async () => {
    const damaged: KeyBackup = { ...backup, data: bend(backup.data) };
    await expect(decryptSecretKey(damaged, PASSPHRASE)).rejects.toThrow(
      'The passphrase is wrong, or the key backup is damaged.',
    );
  });

  it('refuses a backup whose salt or IV is not base64url', async () => {
    const badSalt = { ...backup, kdf: { ...backup.kdf, salt: 'not base64!' } };
    await expect(decryptSecretKey(badSalt, PASSPHRASE)).rejects.toThrow('This key backup is damaged.');
    const badIv = { ...backup, cipher: { ...backup.cipher, iv: '***' } };
    await expect(decryptSecretKey(badIv, PASSPHRASE)).rejects.toThrow('This key backup is damaged.');
  });

  it('refuses a backup whose public key is not the one sealed inside', async () => {
    const other = await generateKeyPair();
    const swapped = { ...backup, publicKey: encodeKey(other.publicKey) };
    await expect(decryptSecretKey(swapped, PASSPHRASE)).rejects.toThrow(
      'the key inside does not match its public key',
    );
  });

  it.each([
    ['nothing', null],
    ['a string', 'signing-key'],
    ['an empty object', {}],
    ['another format', { ...backup, format: 'staff-social-guard/signing-key@2' }],
    ['an unknown field', { ...backup, note: 'spare' }],
    ['too few PBKDF2 rounds', { ...backup, kdf: { ...backup.kdf, iterations: 1000 } }],
  ])('says a file with %s is not a key backup', async (_what, doc) => {
    await expect(decryptSecretKey(doc, PASSPHRASE)).rejects.toThrow(
      'This file is not a Staff Social Guard signing key backup.',
    );
  });

  it(`refuses a passphrase shorter than ${MIN_PASSPHRASE_LENGTH} characters`, async () => {
    const short = 'x'.repeat(MIN_PASSPHRASE_LENGTH - 1);
    await expect(encryptSecretKey(pair.secretKey, short)).rejects.toThrow(
      `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long.`,
    );
    await expect(encryptSecretKey(pair.secretKey, '')).rejects.toThrow('at least');
  });
});
