import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPack, makePack } from '../pack/default-pack.ts';
import { MAX_PACK_BYTES } from '../pack/load-pack.ts';
import type { RulePack } from '../pack/schema.ts';
import { toBase64Url } from './encoding.ts';
import { encodeKey, fingerprintOf, generateKeyPair, type KeyPair } from './keys.ts';
import { SIGNED_PACK_FORMAT, signPack, type SignedPack } from './signed-pack.ts';
import { verifySignedPack, type Refusal, type Trust, type VerifyOptions } from './verify-signed-pack.ts';

let key: KeyPair;
let other: KeyPair;
let trustKey: Trust;
let trustFingerprint: { fingerprint: string };
let signed: SignedPack;

const PACK: RulePack = makePack(
  {
    setting: { ...defaultPack.setting, name: 'Hazelwood Hollow' },
    people: { ...defaultPack.people, children: ['Juniper Oakes'] },
    uniform: 'Green polo shirt',
  },
  { id: 'hazelwood-hollow', version: 4 },
);

beforeAll(async () => {
  key = await generateKeyPair();
  other = await generateKeyPair();
  trustKey = { publicKey: encodeKey(key.publicKey) };
  trustFingerprint = { fingerprint: await fingerprintOf(key.publicKey) };
  signed = await signPack(PACK, key.secretKey);
});

const text = (doc: unknown) => JSON.stringify(doc, null, 2);
const options = (overrides: Partial<VerifyOptions> = {}): VerifyOptions => ({
  trust: [trustKey],
  previousVersion: 3,
  ...overrides,
});

async function refusalOf(input: string, opts = options()): Promise<{ refusal: Refusal; reason: string }> {
  const verdict = await verifySignedPack(input, opts);
  if (verdict.ok) throw new Error('the pack was accepted');
  return verdict;
}

/** The signed pack with one part changed, not re-signed. */
const tampered = (change: (doc: SignedPack) => void): string => {
  const doc = structuredClone(signed);
  change(doc);
  return text(doc);
};

describe('verifySignedPack accepts', () => {
  it('a pack signed by a key trusted by its public key', async () => {
    const verdict = await verifySignedPack(text(signed), options());
    expect(verdict).toEqual({
      ok: true,
      pack: PACK,
      version: 4,
      publicKey: encodeKey(key.publicKey),
      fingerprint: trustFingerprint.fingerprint,
    });
  });

  it('a pack signed by a key trusted by its fingerprint, among others', async () => {
    const foreign = { fingerprint: await fingerprintOf(other.publicKey) };
    const verdict = await verifySignedPack(text(signed), options({ trust: [foreign, trustFingerprint] }));
    expect(verdict.ok).toBe(true);
  });

  it('any validly signed pack on a first import (no trust yet, no version in force)', async () => {
    const verdict = await verifySignedPack(JSON.stringify(signed), { trust: null, previousVersion: null });
    expect(verdict).toMatchObject({ ok: true, version: 4 });
  });

  it('the same pack with its keys reordered and re-indented, because the signature covers meaning', async () => {
    const reordered = { signature: signed.signature, pack: signed.pack, format: signed.format };
    expect((await verifySignedPack(JSON.stringify(reordered), options())).ok).toBe(true);
  });
});

describe('verifySignedPack refuses', () => {
  it('too-large: a file over 1 MB, counting bytes, not characters', async () => {
    const padded = text(signed) + ' '.repeat(MAX_PACK_BYTES);
    expect(await refusalOf(padded)).toMatchObject({ refusal: 'too-large' });
    const accents = 'é'.repeat(MAX_PACK_BYTES / 2 + 1); // fewer characters than the limit, more bytes
    const verdict = await refusalOf(accents);
    expect(verdict.refusal).toBe('too-large');
    expect(verdict.reason).toBe(`it is ${MAX_PACK_BYTES + 2} bytes; a pack may be at most 1 MB`);
  });

  it.each([['not JSON at all'], [''], ['{"format": "staff-social-guard/signed-pack@1",']])(
    'not-json: %j',
    async (input) => {
      expect(await refusalOf(input)).toMatchObject({ refusal: 'not-json' });
    },
  );

  it('not-json: a signed pack cut short', async () => {
    expect(await refusalOf(text(signed).slice(0, 500))).toMatchObject({ refusal: 'not-json' });
  });

  it('not-signed: an unsigned rule pack, naming what is missing', async () => {
    const verdict = await refusalOf(text(PACK));
    expect(verdict.refusal).toBe('not-signed');
    expect(verdict.reason).toMatch(/^it is not a signed rule pack \(format: /);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [signed]],
    ['an empty object', {}],
    ['another envelope format', { format: 'staff-social-guard/signed-pack@2' }],
  ])('not-signed: %s', async (_what, doc) => {
    expect(await refusalOf(JSON.stringify(doc))).toMatchObject({ refusal: 'not-signed' });
  });

  it('not-signed: another algorithm, an unknown field, or a fingerprint that is not hex', async () => {
    const cases = [
      tampered((d) => ((d.signature as { alg: string }).alg = 'RSA')),
      tampered((d) => Object.assign(d.signature, { comment: 'hi' })),
      tampered((d) => Object.assign(d, { extra: true })),
      tampered((d) => (d.signature.fingerprint = 'Z'.repeat(64))),
    ];
    for (const input of cases) expect(await refusalOf(input)).toMatchObject({ refusal: 'not-signed' });
  });

  it('bad-signature: a pack changed after signing', async () => {
    const input = tampered((d) => ((d.pack as RulePack).people.children = ['Juniper Oakes', 'Felix Marlow']));
    const verdict = await refusalOf(input);
    expect(verdict).toEqual({
      ok: false,
      refusal: 'bad-signature',
      reason: 'its signature does not match its contents: it was changed after signing',
    });
  });

  it('bad-signature: a fingerprint changed to another key’s', async () => {
    const otherFingerprint = await fingerprintOf(other.publicKey);
    const verdict = await refusalOf(tampered((d) => (d.signature.fingerprint = otherFingerprint)));
    expect(verdict).toMatchObject({
      refusal: 'bad-signature',
      reason: 'its fingerprint does not match its key',
    });
  });

  it('bad-signature: a key and fingerprint swapped for another key’s without re-signing', async () => {
    const otherKey = encodeKey(other.publicKey);
    const otherFingerprint = await fingerprintOf(other.publicKey);
    const input = tampered((d) =>
      Object.assign(d.signature, { publicKey: otherKey, fingerprint: otherFingerprint }),
    );
    expect((await refusalOf(input, options({ trust: null }))).refusal).toBe('bad-signature');
    const trusted = options({ trust: [{ publicKey: otherKey }] });
    expect((await refusalOf(input, trusted)).refusal).toBe('bad-signature');
  });

  it.each<[string, (d: SignedPack) => void]>([
    ['a signature that is not base64url', (d) => (d.signature.value = 'not a signature!')],
    ['a signature of the wrong length', (d) => (d.signature.value = toBase64Url(new Uint8Array(63)))],
    ['an empty signature', (d) => (d.signature.value = '')],
    ['a public key of the wrong length', (d) => (d.signature.publicKey = toBase64Url(new Uint8Array(31)))],
    ['a public key that is not base64url', (d) => (d.signature.publicKey = '%%%')],
  ])('bad-signature: %s is malformed', async (_what, change) => {
    expect(await refusalOf(tampered(change))).toEqual({
      ok: false,
      refusal: 'bad-signature',
      reason: 'its signature is malformed',
    });
  });

  it('bad-signature: a key written other than in canonical base64url, even when its bytes are right', async () => {
    const padded = {
      ...signed,
      signature: { ...signed.signature, publicKey: ` ${signed.signature.publicKey}\n` },
    };
    expect(await refusalOf(text(padded), options({ trust: [trustFingerprint] }))).toMatchObject({
      refusal: 'bad-signature',
      reason: 'its signature is malformed',
    });
  });

  it('bad-signature: 64 bytes that are not a signature of this pack', async () => {
    const input = tampered((d) => (d.signature.value = toBase64Url(new Uint8Array(64).fill(7))));
    expect(await refusalOf(input)).toMatchObject({ refusal: 'bad-signature' });
  });

  it('wrong-key: a valid signature by a key nobody trusted, giving its fingerprint', async () => {
    const foreign = await signPack(PACK, other.secretKey);
    const verdict = await refusalOf(text(foreign));
    expect(verdict.refusal).toBe('wrong-key');
    expect(verdict.reason).toBe(
      `it is signed by a key you have not trusted (fingerprint ${await fingerprintOf(other.publicKey)})`,
    );
    const byFingerprint = await refusalOf(text(foreign), options({ trust: [trustFingerprint] }));
    expect(byFingerprint.refusal).toBe('wrong-key');
    expect((await refusalOf(text(signed), options({ trust: [] }))).refusal).toBe('wrong-key');
  });

  it('wrong-key before invalid-pack: an untrusted signer learns nothing about the pack check', async () => {
    const broken = await signPack({ ...PACK, format: 2 } as unknown as RulePack, other.secretKey);
    expect((await refusalOf(text(broken))).refusal).toBe('wrong-key');
  });

  it('invalid-pack: a validly signed pack that breaks the schema, naming the field', async () => {
    const bad = structuredClone(PACK) as unknown as { people: { family: unknown[] } };
    bad.people.family = [{ name: 'Imogen Oakes', relation: 'mother' }];
    const input = text(await signPack(bad as unknown as RulePack, key.secretKey));
    const verdict = await refusalOf(input);
    expect(verdict.refusal).toBe('invalid-pack');
    expect(verdict.reason).toBe(
      'The rule pack was refused: people.family[0].child: is missing (expected string)',
    );
  });

  it('invalid-pack: a validly signed pack with a pattern RE2 cannot compile', async () => {
    const bad = structuredClone(PACK);
    bad.rules.reputation.patterns = ['fine', '(unclosed'];
    const verdict = await refusalOf(text(await signPack(bad, key.secretKey)));
    expect(verdict.refusal).toBe('invalid-pack');
    expect(verdict.reason).toMatch(
      /^The rule pack was refused: rules\.reputation\.patterns\[1\]: is not a valid pattern \(.+\)$/,
    );
  });

  it.each([
    ['the same version', 4],
    ['a lower version', 5],
  ])('not-newer: %s as the one in force', async (_what, previousVersion) => {
    const verdict = await refusalOf(text(signed), options({ previousVersion }));
    expect(verdict.refusal).toBe('not-newer');
    expect(verdict.reason).toBe(
      `it is version 4, and version ${previousVersion} is already in force; only a newer version is accepted`,
    );
  });

  it('a version bumped without re-signing, as a changed pack', async () => {
    const input = tampered((d) => ((d.pack as RulePack).meta.version = 99));
    expect((await refusalOf(input)).refusal).toBe('bad-signature');
  });
});

describe('the signed envelope', () => {
  it('carries the pack unchanged, the algorithm, the key and its fingerprint', async () => {
    expect(signed.format).toBe(SIGNED_PACK_FORMAT);
    expect(signed.pack).toEqual(PACK);
    expect(signed.signature).toMatchObject({
      alg: 'Ed25519',
      publicKey: encodeKey(key.publicKey),
      fingerprint: await fingerprintOf(key.publicKey),
    });
    expect(signed.signature.value).toMatch(/^[A-Za-z0-9_-]{86}$/);
  });

  it('signs deterministically: the same pack and key give the same signature', async () => {
    expect((await signPack(structuredClone(PACK), key.secretKey)).signature).toEqual(signed.signature);
  });
});
