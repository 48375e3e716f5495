import { z } from 'zod';
import { fromBase64Url, toBase64Url } from './encoding.ts';
import { encodeKey, fingerprintOf, publicKeyOf } from './keys.ts';

export const KEY_BACKUP_FORMAT = 'staff-social-guard/signing-key@1';

// PBKDF2-SHA-256 at OWASP's 2023 figure for it, then AES-256-GCM: both in WebCrypto everywhere
// (browsers and Node), so the backup needs no extra library and opens in the CLI too.
const ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 10;

export const keyBackupSchema = z
  .object({
    format: z.literal(KEY_BACKUP_FORMAT, 'is not a Staff Social Guard signing key backup'),
    publicKey: z.string().max(100),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    kdf: z
      .object({
        name: z.literal('PBKDF2'),
        hash: z.literal('SHA-256'),
        iterations: z.number().int().min(100_000).max(10_000_000),
        salt: z.string().max(100),
      })
      .strict(),
    cipher: z.object({ name: z.literal('AES-GCM'), iv: z.string().max(100) }).strict(),
    data: z.string().max(200),
  })
  .strict();
export type KeyBackup = z.infer<typeof keyBackupSchema>;

async function aesKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The secret key encrypted under a passphrase, with its public key and fingerprint in the clear. */
export async function encryptSecretKey(secretKey: Uint8Array, passphrase: string): Promise<KeyBackup> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long.`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await aesKey(passphrase, salt, ITERATIONS);
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, secretKey as BufferSource),
  );
  const publicKey = await publicKeyOf(secretKey);
  return {
    format: KEY_BACKUP_FORMAT,
    publicKey: encodeKey(publicKey),
    fingerprint: await fingerprintOf(publicKey),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toBase64Url(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64Url(iv) },
    data: toBase64Url(data),
  };
}

/** Opens a backup. Throws an Error whose message says what to fix (wrong passphrase, not a backup). */
export async function decryptSecretKey(backup: unknown, passphrase: string): Promise<Uint8Array> {
  const parsed = keyBackupSchema.safeParse(backup);
  if (!parsed.success) throw new Error('This file is not a Staff Social Guard signing key backup.');
  const { kdf, cipher, data, publicKey } = parsed.data;
  const salt = fromBase64Url(kdf.salt);
  const iv = fromBase64Url(cipher.iv);
  const sealed = fromBase64Url(data);
  if (!salt || !iv || !sealed) throw new Error('This key backup is damaged.');
  let secretKey: Uint8Array;
  try {
    const key = await aesKey(passphrase, salt, kdf.iterations);
    secretKey = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, sealed as BufferSource),
    );
  } catch {
    throw new Error('The passphrase is wrong, or the key backup is damaged.');
  }
  if (secretKey.length !== 32 || encodeKey(await publicKeyOf(secretKey)) !== publicKey) {
    throw new Error('This key backup is damaged: the key inside does not match its public key.');
  }
  return secretKey;
}
