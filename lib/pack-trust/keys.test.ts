import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './encoding.ts';
import {
  decodePublicKey,
  encodeKey,
  fingerprintOf,
  generateKeyPair,
  publicKeyOf,
  shortFingerprint,
  sign,
  verify,
} from './keys.ts';

const fromHex = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));

// RFC 8032 section 7.1, TEST 1: the empty message.
const RFC_SECRET = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
const RFC_PUBLIC = fromHex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
const RFC_SIGNATURE = fromHex(
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
);

describe('Ed25519 keys', () => {
  it('derives the RFC 8032 test 1 public key and signature', async () => {
    expect(await publicKeyOf(RFC_SECRET)).toEqual(RFC_PUBLIC);
    expect(await sign(new Uint8Array(), RFC_SECRET)).toEqual(RFC_SIGNATURE);
    expect(await verify(RFC_SIGNATURE, new Uint8Array(), RFC_PUBLIC)).toBe(true);
  });

  it('fingerprints a key as the SHA-256 of its 32 raw bytes, in lowercase hex', async () => {
    const expected = createHash('sha256').update(RFC_PUBLIC).digest('hex');
    const fingerprint = await fingerprintOf(RFC_PUBLIC);
    expect(fingerprint).toBe(expected);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(shortFingerprint(fingerprint)).toBe(
      (expected.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase(),
    );
    expect(shortFingerprint(fingerprint)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  });

  it('makes fresh, different key pairs whose public key matches the secret key', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    expect(a.secretKey).toHaveLength(32);
    expect(a.publicKey).toHaveLength(32);
    expect(await publicKeyOf(a.secretKey)).toEqual(a.publicKey);
    expect(encodeKey(a.publicKey)).not.toBe(encodeKey(b.publicKey));
    expect(await fingerprintOf(a.publicKey)).not.toBe(await fingerprintOf(b.publicKey));
  });

  it('signs and verifies a round trip, and refuses a changed message, signature or key', async () => {
    const { secretKey, publicKey } = await generateKeyPair();
    const other = await generateKeyPair();
    const message = new TextEncoder().encode('{"meta":{"version":2}}');
    const signature = await sign(message, secretKey);
    expect(signature).toHaveLength(64);
    expect(await verify(signature, message, publicKey)).toBe(true);

    const changed = message.slice();
    changed[changed.length - 3] = 0x33; // version 3
    expect(await verify(signature, changed, publicKey)).toBe(false);
    const bent = signature.slice();
    bent[10] = (bent[10] ?? 0) ^ 1;
    expect(await verify(bent, message, publicKey)).toBe(false);
    expect(await verify(signature, message, other.publicKey)).toBe(false);
  });

  it('answers false, never throws, for malformed signatures and keys', async () => {
    const { publicKey } = await generateKeyPair();
    const message = new Uint8Array([1, 2, 3]);
    expect(await verify(new Uint8Array(63), message, publicKey)).toBe(false);
    expect(await verify(new Uint8Array(64).fill(0xff), message, publicKey)).toBe(false);
    expect(await verify(RFC_SIGNATURE, message, new Uint8Array(31))).toBe(false);
    expect(await verify(RFC_SIGNATURE, message, new Uint8Array(32).fill(0xff))).toBe(false);
  });

  it('encodes a public key as 43 base64url characters and decodes it back', () => {
    const text = encodeKey(RFC_PUBLIC);
    expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(text).toBe(toBase64Url(RFC_PUBLIC));
    expect(decodePublicKey(text)).toEqual(RFC_PUBLIC);
    expect(decodePublicKey(`  ${text}\n`)).toEqual(RFC_PUBLIC);
  });

  it.each([
    ['empty', ''],
    ['31 bytes', toBase64Url(new Uint8Array(31))],
    ['33 bytes', toBase64Url(new Uint8Array(33))],
    ['not base64', 'this is not a key at all, not even nearly!!'],
    ['a hex fingerprint', 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'],
  ])('decodePublicKey refuses %s', (_what, text) => {
    expect(decodePublicKey(text)).toBeNull();
  });
});
