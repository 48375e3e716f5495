import {
  decryptSecretKey,
  encryptSecretKey,
  keyBackupSchema,
  MIN_PASSPHRASE_LENGTH,
  type KeyBackup,
} from '../../pack-trust/encrypt-key.ts';
import { generateKeyPair } from '../../pack-trust/keys.ts';
import { KEY_BACKUP_FILE_NAME } from './download.ts';

// The signing key's steps, with no storage or React: each returns only the encrypted backup, and
// wipes any secret key it opened before it returns.

/** A problem with a new passphrase, in words, or null. */
export function passphraseProblem(passphrase: string, repeat: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long.`;
  }
  if (passphrase !== repeat) return 'The two passphrases are not the same. Type them again.';
  return null;
}

/** A new Ed25519 key, encrypted under the passphrase at once. */
export async function createKeyBackup(passphrase: string, repeat: string): Promise<KeyBackup> {
  const problem = passphraseProblem(passphrase, repeat);
  if (problem) throw new Error(problem);
  const { secretKey } = await generateKeyPair();
  try {
    return await encryptSecretKey(secretKey, passphrase);
  } finally {
    secretKey.fill(0);
  }
}

/** A backup file's text as a backup, or an Error saying which file to choose. */
export function readKeyBackup(text: string, fileName: string): KeyBackup {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    doc = undefined;
  }
  const parsed = keyBackupSchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  throw new Error(
    `${fileName} is not a Staff Social Guard signing key backup. Choose the file you downloaded as ${KEY_BACKUP_FILE_NAME}.`,
  );
}

/** Proves the passphrase opens the backup (and that the key inside matches it); throws if not. */
export async function checkPassphrase(backup: KeyBackup, passphrase: string): Promise<void> {
  (await decryptSecretKey(backup, passphrase)).fill(0);
}

/** Opens the key for one use, and wipes it after, whatever happens. */
export async function withSecretKey<T>(
  backup: KeyBackup,
  passphrase: string,
  task: (secretKey: Uint8Array) => Promise<T>,
): Promise<T> {
  const secretKey = await decryptSecretKey(backup, passphrase);
  try {
    return await task(secretKey);
  } finally {
    secretKey.fill(0);
  }
}
