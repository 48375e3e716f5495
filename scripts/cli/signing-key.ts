import path from 'node:path';
import { decryptSecretKey } from '../../lib/pack-trust/encrypt-key.ts';
import { SIGNING_KEY_FILE } from './keygen.ts';
import { readPassphrase } from './passphrase.ts';
import { fail, readFileOrExit } from './read-file.ts';

/**
 * Opens the signing key with the passphrase, or exits 2 saying what is wrong. `--key` names the
 * folder keygen wrote (DIR/signing-key.json) or the key backup file itself, such as the
 * staff-social-guard-signing-key.json the options page downloads.
 */
export async function openSigningKey(dirOrFile: string): Promise<Uint8Array> {
  const file = dirOrFile.endsWith('.json') ? dirOrFile : path.join(dirOrFile, SIGNING_KEY_FILE);
  let backup: unknown;
  try {
    backup = JSON.parse(readFileOrExit(file, 'signing key'));
  } catch (error) {
    fail(`The signing key ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const passphrase = await readPassphrase({ confirm: false });
  try {
    return await decryptSecretKey(backup, passphrase);
  } catch (error) {
    return fail(`Could not open the signing key ${file}: ${(error as Error).message}`);
  }
}
