import { PackError } from '../pack/errors.ts';
import { MAX_PACK_BYTES, parsePack } from '../pack/load-pack.ts';
import type { RulePack } from '../pack/schema.ts';
import { fromBase64Url } from './encoding.ts';
import { decodePublicKey, encodeKey, fingerprintOf, verify } from './keys.ts';
import { signedBytes, signedPackSchema } from './signed-pack.ts';

/** Whom the extension (or `pack verify`) trusts: a whole public key, or its full fingerprint. */
export type Trust = { publicKey: string } | { fingerprint: string };

export type Refusal =
  'too-large' | 'not-json' | 'not-signed' | 'bad-signature' | 'wrong-key' | 'invalid-pack' | 'not-newer';

export type Verdict =
  | { ok: true; pack: RulePack; version: number; publicKey: string; fingerprint: string }
  | { ok: false; refusal: Refusal; reason: string };

export interface VerifyOptions {
  /** null on a first import: the signature must still be valid, and the caller asks about the key. */
  trust: readonly Trust[] | null;
  /** The version in force; a pack must be newer. null when none is installed. */
  previousVersion: number | null;
}

const refuse = (refusal: Refusal, reason: string): Verdict => ({ ok: false, refusal, reason });

/**
 * Every check a signed pack must pass, in the order that gives the most useful reason: size, JSON,
 * the envelope, the signature, the key, the pack itself (schema and patterns), then the version.
 * The extension and `npm run pack -- verify` both call this. It never throws.
 */
export async function verifySignedPack(text: string, options: VerifyOptions): Promise<Verdict> {
  try {
    return await check(text, options);
  } catch (error) {
    return refuse(
      'invalid-pack',
      `it could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

async function check(text: string, { trust, previousVersion }: VerifyOptions): Promise<Verdict> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PACK_BYTES) return refuse('too-large', `it is ${bytes} bytes; a pack may be at most 1 MB`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return refuse('not-json', 'it is not valid JSON: the file is damaged or is not a rule pack');
  }
  const envelope = signedPackSchema.safeParse(doc);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return refuse(
      'not-signed',
      `it is not a signed rule pack (${where}${issue?.message ?? 'unknown shape'})`,
    );
  }
  const { pack, signature } = envelope.data;
  const publicKey = decodePublicKey(signature.publicKey);
  const value = fromBase64Url(signature.value);
  // Only the canonical spelling of the key counts, so a trusted key is always compared as written.
  if (!publicKey || encodeKey(publicKey) !== signature.publicKey || value?.length !== 64) {
    return refuse('bad-signature', 'its signature is malformed');
  }
  const fingerprint = await fingerprintOf(publicKey);
  if (fingerprint !== signature.fingerprint)
    return refuse('bad-signature', 'its fingerprint does not match its key');
  if (!(await verify(value, signedBytes(pack), publicKey))) {
    return refuse('bad-signature', 'its signature does not match its contents: it was changed after signing');
  }
  if (
    trust &&
    !trust.some((t) =>
      'publicKey' in t ? t.publicKey === signature.publicKey : t.fingerprint === fingerprint,
    )
  ) {
    return refuse('wrong-key', `it is signed by a key you have not trusted (fingerprint ${fingerprint})`);
  }
  let parsed: RulePack;
  try {
    parsed = parsePack(pack);
  } catch (error) {
    return refuse('invalid-pack', error instanceof PackError ? error.message : String(error));
  }
  const version = parsed.meta.version;
  if (previousVersion !== null && version <= previousVersion) {
    return refuse(
      'not-newer',
      `it is version ${version}, and version ${previousVersion} is already in force; only a newer version is accepted`,
    );
  }
  return { ok: true, pack: parsed, version, publicKey: signature.publicKey, fingerprint };
}
