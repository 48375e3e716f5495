import { z } from 'zod';
import type { RulePack } from '../pack/schema.ts';
import { canonicalJson, utf8 } from './canonical-json.ts';
import { encodeKey, fingerprintOf, publicKeyOf, sign } from './keys.ts';
import { toBase64Url } from './encoding.ts';

export const SIGNED_PACK_FORMAT = 'staff-social-guard/signed-pack@1';

/**
 * A signed pack: the rule pack as it is, plus who signed it and the signature over the pack's
 * canonical JSON (canonical-json.ts). The version is the pack's own `meta.version`.
 */
export const signedPackSchema = z
  .object({
    format: z.literal(SIGNED_PACK_FORMAT, `is not a signed rule pack (expected "${SIGNED_PACK_FORMAT}")`),
    pack: z.unknown(),
    signature: z
      .object({
        alg: z.literal('Ed25519', 'must be Ed25519'),
        publicKey: z.string().max(100),
        fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
        value: z.string().max(200),
      })
      .strict(),
  })
  .strict();
export type SignedPack = z.infer<typeof signedPackSchema>;

/** The bytes a pack's signature covers. */
export const signedBytes = (pack: unknown): Uint8Array => utf8(canonicalJson(pack));

/** Signs a validated pack with the manager's secret key. */
export async function signPack(pack: RulePack, secretKey: Uint8Array): Promise<SignedPack> {
  const publicKey = await publicKeyOf(secretKey);
  const signature = await sign(signedBytes(pack), secretKey);
  return {
    format: SIGNED_PACK_FORMAT,
    pack,
    signature: {
      alg: 'Ed25519',
      publicKey: encodeKey(publicKey),
      fingerprint: await fingerprintOf(publicKey),
      value: toBase64Url(signature),
    },
  };
}
