import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyBackupSchema } from '../../lib/pack-trust/encrypt-key.ts';
import { signedPackSchema } from '../../lib/pack-trust/signed-pack.ts';
import { verifySignedPack } from '../../lib/pack-trust/verify-signed-pack.ts';
import { CLI_TIMEOUT, PROFILE, ROOT, runNpm, runScript, tempDir, type Run } from './cli-run.ts';

// `npm run --silent pack -- keygen | sign | verify` (README "Signing packs from the command line").
const PASSPHRASE = 'hazel catkins in march';
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** Runs `tsx scripts/pack.ts ...args` with PACK_PASSPHRASE set (or unset when null). */
function pack(args: string[], passphrase: string | null = PASSPHRASE): Run {
  const env = { ...process.env };
  delete env.PACK_PASSPHRASE;
  if (passphrase !== null) env.PACK_PASSPHRASE = passphrase;
  const r = spawnSync(TSX, ['scripts/pack.ts', ...args], {
    cwd: ROOT,
    env,
    input: '',
    encoding: 'utf8',
    timeout: CLI_TIMEOUT,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = tempDir();
const keys = path.join(tmp.dir, 'keys');
const foreignKeys = path.join(tmp.dir, 'foreign');
let keygenRun: Run;
let publicKey: string;
let fingerprint: string;
let foreignPublicKey: string;
let packFile: string;
let signedFile: string;
let signedText: string;

beforeAll(() => {
  keygenRun = pack(['keygen', '--out', keys]);
  publicKey = readFileSync(path.join(keys, 'public-key.txt'), 'utf8').trim();
  fingerprint = /^fingerprint ([0-9a-f]{64})$/m.exec(keygenRun.stdout)?.[1] ?? '';
  pack(['keygen', '--out', foreignKeys]);
  foreignPublicKey = readFileSync(path.join(foreignKeys, 'public-key.txt'), 'utf8').trim();
  packFile = tmp.write(
    'pack.json',
    runScript('pack', ['--from-profile', tmp.write('p.json', JSON.stringify(PROFILE))]).stdout,
  );
  signedText = pack(['sign', packFile, '--key', keys]).stdout;
  signedFile = tmp.write('signed.json', signedText);
}, 4 * CLI_TIMEOUT);
afterAll(() => tmp.remove());

describe('pack keygen', { timeout: CLI_TIMEOUT }, () => {
  it('writes an encrypted signing key and the public key, and prints the key and fingerprints', () => {
    expect(keygenRun.status).toBe(0);
    expect(readFileSync(path.join(keys, 'public-key.txt'), 'utf8')).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    const backup = keyBackupSchema.parse(
      JSON.parse(readFileSync(path.join(keys, 'signing-key.json'), 'utf8')),
    );
    expect(backup).toMatchObject({ publicKey, fingerprint });
    const short = (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase();
    expect(keygenRun.stdout).toBe(
      `public key ${publicKey}\nfingerprint ${fingerprint}\nshort fingerprint ${short}\n`,
    );
    expect(keygenRun.stderr).toContain(`Wrote ${path.join(keys, 'signing-key.json')}`);
    if (process.platform !== 'win32') {
      expect(statSync(path.join(keys, 'signing-key.json')).mode & 0o777).toBe(0o600);
    }
  });

  it('refuses to overwrite an existing signing key (exit 2), leaving it as it was', () => {
    const before = readFileSync(path.join(keys, 'signing-key.json'), 'utf8');
    const r = pack(['keygen', '--out', keys]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${path.join(keys, 'signing-key.json')} already exists`);
    expect(readFileSync(path.join(keys, 'signing-key.json'), 'utf8')).toBe(before);
  });

  it('refuses a short passphrase (exit 2) and writes nothing', () => {
    const dir = path.join(tmp.dir, 'short');
    const r = pack(['keygen', '--out', dir], 'too short');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('The passphrase must be at least 10 characters long.');
    expect(existsSync(path.join(dir, 'signing-key.json'))).toBe(false);
  });

  it('asks for PACK_PASSPHRASE when there is no terminal to type it in (exit 2)', () => {
    const r = pack(['keygen', '--out', path.join(tmp.dir, 'no-tty')], null);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Set PACK_PASSPHRASE or run in a terminal');
  });
});

describe('pack sign', { timeout: CLI_TIMEOUT }, () => {
  it('prints the signed pack as indented JSON with a final newline, which the extension accepts', async () => {
    const signed = signedPackSchema.parse(JSON.parse(signedText));
    expect(signedText).toBe(`${JSON.stringify(signed, null, 2)}\n`);
    expect(signed.signature).toMatchObject({ alg: 'Ed25519', publicKey, fingerprint });
    const verdict = await verifySignedPack(signedText, { trust: [{ publicKey }], previousVersion: null });
    expect(verdict).toMatchObject({ ok: true, version: 1, fingerprint });
  });

  it('refuses the wrong passphrase with a clear message (exit 2) and prints no pack', () => {
    const r = pack(['sign', packFile, '--key', keys], 'not the right passphrase');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      `Could not open the signing key ${path.join(keys, 'signing-key.json')}: The passphrase is wrong, or the key backup is damaged.`,
    );
  });

  it('refuses an invalid pack with the field named (exit 2)', () => {
    const bad = { ...JSON.parse(readFileSync(packFile, 'utf8')), uniform: 42 } as unknown;
    const r = pack(['sign', tmp.write('bad-pack.json', JSON.stringify(bad)), '--key', keys]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('The rule pack was refused: uniform:');
  });

  it('says when the key folder holds no signing key (exit 2)', () => {
    const r = pack(['sign', packFile, '--key', path.join(tmp.dir, 'nowhere')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `The signing key file ${path.join(tmp.dir, 'nowhere', 'signing-key.json')} does not exist.`,
    );
  });
});

describe('pack verify', { timeout: CLI_TIMEOUT }, () => {
  const ok = () => `id hazelwood-hollow\nversion 1\nfingerprint ${fingerprint} (${shortOf(fingerprint)})\n`;
  const shortOf = (fp: string) => (fp.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase();

  it('accepts the pack trusting the public key (exit 0), as the README writes it', () => {
    const r = runNpm('pack', ['verify', signedFile, '--trust', publicKey]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(ok());
  });

  it('accepts the pack trusting the full fingerprint, and an older version in force', () => {
    const r = pack(['verify', signedFile, '--trust', fingerprint, '--previous-version', '0']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(ok());
  });

  it('refuses a pack signed by a key it was not told to trust (exit 1)', () => {
    const r = pack(['verify', signedFile, '--trust', foreignPublicKey]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `refused: it is signed by a key you have not trusted (fingerprint ${fingerprint})\n`,
    );
  });

  it('refuses a pack changed after signing (exit 1)', () => {
    const file = tmp.write('tampered.json', signedText.replace('Juniper Oakes', 'Juniper Oakley'));
    const r = pack(['verify', file, '--trust', publicKey]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'refused: its signature does not match its contents: it was changed after signing\n',
    );
  });

  it('refuses the version already in force (exit 1)', () => {
    const r = pack(['verify', signedFile, '--trust', publicKey, '--previous-version', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'refused: it is version 1, and version 1 is already in force; only a newer version is accepted\n',
    );
  });

  it.each([
    ['a short fingerprint', 'F822 B19B 2070 F08A'],
    ['a fingerprint one digit short', 'a'.repeat(63)],
    ['a key one character short', 'A'.repeat(42)],
    ['a file name', 'keys/public-key.txt'],
  ])('refuses --trust with %s (exit 2)', (_what, trust) => {
    const r = pack(['verify', signedFile, '--trust', trust]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'is neither a public key (43 base64url characters) nor a fingerprint (64 hex digits)',
    );
    expect(r.stderr).toContain('Usage: npm run --silent pack -- verify signed.json --trust');
  });
});

describe('pack subcommand usage', { timeout: CLI_TIMEOUT }, () => {
  it.each([
    [['keygen'], '--out is required', 'keygen --out DIR'],
    [['sign', '--key', 'keys'], 'Give exactly one pack file to sign.', 'sign pack.json --key DIR'],
    [['sign', 'pack.json'], '--key is required', 'sign pack.json --key DIR'],
    [['verify', 'signed.json'], '--trust is required', 'verify signed.json --trust'],
    [
      ['verify', 'a.json', 'b.json', '--trust', 'x'],
      'Give exactly one signed pack file',
      'verify signed.json',
    ],
    [
      ['verify', 'x.json', '--trust', 'a'.repeat(64), '--previous-version', 'two'],
      'must be a whole number',
      'verify',
    ],
    [['keygen', '--out', 'x', '--force'], "Unknown option '--force'", 'keygen --out DIR'],
  ])('%j exits 2 with the message and the usage', (args, message, usage) => {
    const r = pack(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(`Usage: npm run --silent pack -- ${usage}`);
  });
});
