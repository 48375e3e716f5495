// npm run --silent pack -- keygen --out DIR
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { encryptSecretKey } from '../../lib/pack-trust/encrypt-key.ts';
import { encodeKey, fingerprintOf, generateKeyPair, shortFingerprint } from '../../lib/pack-trust/keys.ts';
import { readPassphrase } from './passphrase.ts';
import { fail } from './read-file.ts';
import { printHelp, usageError } from './usage.ts';

export const SIGNING_KEY_FILE = 'signing-key.json';
export const PUBLIC_KEY_FILE = 'public-key.txt';

export async function keygen(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    return usageError((error as Error).message, 'keygen');
  }
  if (args.values.help) printHelp();
  const dir = args.values.out;
  if (!dir) return usageError('--out is required: the folder to write the key pair into.', 'keygen');
  const keyFile = path.join(dir, SIGNING_KEY_FILE);
  if (existsSync(keyFile)) {
    fail(`${keyFile} already exists. keygen never overwrites a signing key: choose another --out folder.`);
  }
  const passphrase = await readPassphrase({ confirm: true });

  const { secretKey, publicKey } = await generateKeyPair();
  const backup = await encryptSecretKey(secretKey, passphrase);
  try {
    mkdirSync(dir, { recursive: true });
    // 'wx' fails if the file appeared meanwhile; 0o600 keeps it to its owner where that applies.
    writeFileSync(keyFile, `${JSON.stringify(backup, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    writeFileSync(path.join(dir, PUBLIC_KEY_FILE), `${encodeKey(publicKey)}\n`);
  } catch (error) {
    fail(`Could not write the key pair into ${dir}: ${(error as Error).message}`);
  }

  const fingerprint = await fingerprintOf(publicKey);
  process.stdout.write(
    `public key ${encodeKey(publicKey)}\nfingerprint ${fingerprint}\nshort fingerprint ${shortFingerprint(fingerprint)}\n`,
  );
  process.stderr.write(
    `Wrote ${keyFile} (the secret key, encrypted with your passphrase) and ${path.join(dir, PUBLIC_KEY_FILE)}.\n` +
      'Keep signing-key.json and its passphrase safe; give staff the public key or the fingerprint.\n',
  );
}
