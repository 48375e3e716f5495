import * as ed from '@noble/ed25519';
import { fromBase64Url, toBase64Url, toHex } from './encoding.ts';

// Ed25519 through @noble/ed25519: audited, dependency-free, and the same code in the manager's
// browser, the background and the Node CLI. Its async API hashes with WebCrypto's SHA-512, which
// all three have.

export interface KeyPair {
  /** 32-byte secret key. Never leaves the manager's browser except encrypted (encrypt-key.ts). */
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const secretKey = ed.utils.randomSecretKey();
  return { secretKey, publicKey: await ed.getPublicKeyAsync(secretKey) };
}

export const publicKeyOf = (secretKey: Uint8Array): Promise<Uint8Array> => ed.getPublicKeyAsync(secretKey);

/** SHA-256 of the raw public key, as 64 lowercase hex digits: what a pack carries and staff trust. */
export async function fingerprintOf(publicKey: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey as BufferSource)));
}

/**
 * The first 16 hex digits of the fingerprint in groups of four ("3f2a 9c1b 07de 55a0"), for people
 * to compare by eye or read over the phone. Trust is stored as the whole key, never this.
 */
export const shortFingerprint = (fingerprint: string): string =>
  (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase();

export const encodeKey = (key: Uint8Array): string => toBase64Url(key);

/** A 32-byte public key from base64url, or null. */
export function decodePublicKey(text: string): Uint8Array | null {
  const bytes = fromBase64Url(text.trim());
  return bytes?.length === 32 ? bytes : null;
}

export const sign = (message: Uint8Array, secretKey: Uint8Array): Promise<Uint8Array> =>
  ed.signAsync(message, secretKey);

export async function verify(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): Promise<boolean> {
  try {
    return await ed.verifyAsync(signature, message, publicKey);
  } catch {
    return false; // malformed points or lengths are simply not a valid signature
  }
}
