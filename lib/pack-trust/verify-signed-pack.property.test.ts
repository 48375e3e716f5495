// Property tests for the signed-pack check and the pack loader: whatever the input, they refuse
// cleanly (never throw, never accept), and only the manager's own signature on a newer version passes.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPack, makePack } from '../pack/default-pack.ts';
import { PackError } from '../pack/errors.ts';
import { checkPattern, loadPackText, parsePack } from '../pack/load-pack.ts';
import type { RulePack } from '../pack/schema.ts';
import { canonicalJson } from './canonical-json.ts';
import { fromBase64Url, toBase64Url } from './encoding.ts';
import { decodePublicKey, encodeKey, fingerprintOf, generateKeyPair, type KeyPair } from './keys.ts';
import { SIGNED_PACK_FORMAT, signPack, type SignedPack } from './signed-pack.ts';
import { verifySignedPack, type Trust, type Verdict } from './verify-signed-pack.ts';

const REFUSALS = [
  'too-large',
  'not-json',
  'not-signed',
  'bad-signature',
  'wrong-key',
  'invalid-pack',
  'not-newer',
];

// Cheap properties run thousands of times; those that check a signature run hundreds (about 2 ms each).
const MANY = 2000;
const SOME = 300;

/** A pack with something in most fields, so random paths land on every kind of value. */
const PACK: RulePack = (() => {
  const pack = makePack(
    {
      setting: {
        ...defaultPack.setting,
        name: 'Hazelwood Hollow',
        phones: ['01632 960123'],
        emails: ['office@example.org'],
        handles: { facebook: [], instagram: ['hazelwood.hollow'], x: ['@hazelwood'] },
      },
      people: {
        manager: 'Rowena Pike',
        safeguardingLead: 'Idris Vale',
        staff: ['Maya Okafor'],
        children: ['Juniper Oakes', 'Felix Marlow'],
        family: [{ name: 'Imogen Oakes', relation: 'mother', child: 'Juniper Oakes' }],
      },
      uniform: 'Green polo shirt with a hazel leaf — “HH”',
    },
    { id: 'hazelwood-hollow', version: 7 },
  );
  pack.rules.reputation.patterns = ['\\bworst (job|place)\\b'];
  pack.rules['work-comment'].suggestion = 'Talk to the manager instead.';
  return pack;
})();

let key: KeyPair;
let signed: SignedPack;
let trustByKey: Trust[];
let trustByFingerprint: Trust[];

beforeAll(async () => {
  key = await generateKeyPair();
  signed = await signPack(PACK, key.secretKey);
  trustByKey = [{ publicKey: encodeKey(key.publicKey) }];
  trustByFingerprint = [{ fingerprint: await fingerprintOf(key.publicKey) }];
});

type Path = (string | number)[];

/** Every leaf of a JSON value (primitives, empty arrays and empty objects) with its path. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value) && value.length > 0) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [path];
}

function getAt(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], doc);
}

/** A copy of `doc` with the value at `path` replaced, or removed when `value` is `remove`. */
function withLeaf(doc: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = structuredClone(doc);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (remove) delete parent[last];
  else parent[last] = value;
  return copy;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * What a signed pack means: its canonical JSON, with the key and signature written canonically.
 * Two texts with the same meaning carry the same pack, key bytes and signature bytes, so the check
 * may accept both; any other change must be refused. null when the text is not JSON.
 */
function meaning(text: string): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (isRecord(doc) && isRecord(doc.signature)) {
    const { publicKey, value } = doc.signature;
    const keyBytes = typeof publicKey === 'string' ? decodePublicKey(publicKey) : null;
    const valueBytes = typeof value === 'string' ? fromBase64Url(value) : null;
    if (keyBytes) doc.signature.publicKey = encodeKey(keyBytes);
    if (valueBytes) doc.signature.value = toBase64Url(valueBytes);
  }
  return canonicalJson(doc);
}

function expectWellFormedRefusal(verdict: Verdict): void {
  expect(verdict.ok).toBe(false);
  if (!verdict.ok) {
    expect(REFUSALS).toContain(verdict.refusal);
    expect(verdict.reason.length).toBeGreaterThan(0);
  }
}

const lenient = { trust: null, previousVersion: null };

/** One character that is likely to matter in JSON, or any code point at all. */
const aChar = fc.oneof(
  fc.constantFrom(...'"{}[],:\\ \n\t0123456789-+.eE_aAzZ/='),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

type Edit = { kind: 'flip' | 'insert' | 'delete'; at: number; char: string };
const anEdit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('flip', 'insert', 'delete'),
  at: fc.nat(),
  char: aChar,
});

function applyEdit(text: string, { kind, at, char }: Edit): string {
  const i = at % (text.length + (kind === 'insert' ? 1 : 0));
  if (kind === 'insert') return text.slice(0, i) + char + text.slice(i);
  return text.slice(0, i) + (kind === 'flip' ? char : '') + text.slice(i + 1);
}

/** A new value for a leaf: a small tweak of the old one, or any JSON value at all. */
const aNewValue = (old: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    typeof old === 'string'
      ? fc.oneof(
          aChar.map((c) => old + c),
          aChar.map((c) => c + old),
          fc.constant(old.slice(1)),
        )
      : typeof old === 'number'
        ? fc.oneof(fc.constant(old + 1), fc.constant(old - 1), fc.integer(), fc.double())
        : fc.constant(typeof old === 'boolean' ? !old : 'x'),
    fc.jsonValue({ maxDepth: 2 }),
  );

describe('verifySignedPack on arbitrary input', () => {
  it('never throws and never accepts an arbitrary string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expectWellFormedRefusal(await verifySignedPack(text, lenient));
      }),
      { numRuns: MANY },
    );
  });

  it('never throws and never accepts an arbitrary JSON document or serialised value', async () => {
    const serialised = fc.anything().map((v) => String(JSON.stringify(v)));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), serialised), async (text) => {
        expectWellFormedRefusal(await verifySignedPack(text, lenient));
      }),
      { numRuns: MANY },
    );
  });

  it('never accepts an envelope of the right shape with a key and signature that do not belong', async () => {
    const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map(toBase64Url);
    const envelope = fc.record({
      format: fc.constant(SIGNED_PACK_FORMAT),
      pack: fc.oneof(fc.constant(PACK), fc.jsonValue({ maxDepth: 3 })),
      signature: fc.record({
        alg: fc.constant('Ed25519'),
        publicKey: fc.oneof(bytes(32), fc.constant(encodeKey(new Uint8Array(32)))),
        fingerprint: fc.stringMatching(/^[0-9a-f]{64}$/),
        value: bytes(64),
      }),
    });
    await fc.assert(
      fc.asyncProperty(envelope, fc.boolean(), async (doc, matchFingerprint) => {
        // Half the time, give the envelope the right fingerprint for its key, to reach the signature.
        const key = decodePublicKey(doc.signature.publicKey);
        const fingerprint = key && matchFingerprint ? await fingerprintOf(key) : doc.signature.fingerprint;
        const text = JSON.stringify({ ...doc, signature: { ...doc.signature, fingerprint } });
        expectWellFormedRefusal(await verifySignedPack(text, lenient));
      }),
      { numRuns: SOME },
    );
  });
});

describe('verifySignedPack on a valid signed pack, changed', () => {
  const trustKind = fc.constantFrom<'key' | 'fingerprint'>('key', 'fingerprint');
  const trustOf = (kind: 'key' | 'fingerprint') => (kind === 'key' ? trustByKey : trustByFingerprint);

  it('accepts the original, however it is indented', async () => {
    for (const indent of [0, 2, '\t']) {
      const verdict = await verifySignedPack(JSON.stringify(signed, null, indent), {
        ...lenient,
        trust: trustByKey,
      });
      expect(verdict.ok).toBe(true);
    }
  });

  it('refuses any one-character edit that changes what the text means, and never throws', async () => {
    let meaningful = 0;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), anEdit, trustKind, async (pretty, edit, trust) => {
        const original = JSON.stringify(signed, null, pretty ? 2 : 0);
        const text = applyEdit(original, edit);
        const verdict = await verifySignedPack(text, { trust: trustOf(trust), previousVersion: null });
        if (meaning(text) === meaning(original)) return; // e.g. whitespace between tokens
        meaningful++;
        expectWellFormedRefusal(verdict);
      }),
      { numRuns: MANY },
    );
    expect(meaningful).toBeGreaterThan(MANY / 2);
  });

  it('refuses a pack with any leaf changed or removed, without re-signing', async () => {
    const paths = leaves(signed);
    const change = fc
      .nat({ max: paths.length - 1 })
      .map((i) => paths[i] as Path)
      .chain((path) =>
        fc.record({ path: fc.constant(path), value: aNewValue(getAt(signed, path)), remove: fc.boolean() }),
      );
    let meaningful = 0;
    await fc.assert(
      fc.asyncProperty(change, trustKind, async ({ path, value, remove }, trust) => {
        const text = JSON.stringify(withLeaf(signed, path, value, remove), null, 2);
        const verdict = await verifySignedPack(text, { trust: trustOf(trust), previousVersion: null });
        if (meaning(text) === meaning(JSON.stringify(signed))) return;
        meaningful++;
        expectWellFormedRefusal(verdict);
      }),
      { numRuns: SOME },
    );
    expect(meaningful).toBeGreaterThan(SOME * 0.9);
  });

  it('refuses a version raised or lowered without re-signing', async () => {
    const version = fc.oneof(fc.maxSafeNat(), fc.integer(), fc.constantFrom(6, 8, 7.5, -7, 1e21));
    await fc.assert(
      fc.asyncProperty(
        version.filter((v) => v !== PACK.meta.version),
        trustKind,
        async (v, trust) => {
          const doc = structuredClone(signed) as { pack: RulePack };
          doc.pack.meta.version = v;
          const verdict = await verifySignedPack(JSON.stringify(doc), {
            trust: trustOf(trust),
            previousVersion: null,
          });
          expectWellFormedRefusal(verdict);
          expect(verdict).toMatchObject({ refusal: 'bad-signature' });
        },
      ),
      { numRuns: SOME },
    );
  });

  it('refuses the pack signed with, or relabelled as, any other key', async () => {
    const secretKey = fc.uint8Array({ minLength: 32, maxLength: 32 });
    const how = fc.constantFrom('re-signed', 'key and fingerprint swapped', 'key swapped');
    await fc.assert(
      fc.asyncProperty(secretKey, how, trustKind, async (secret, swap, trust) => {
        let doc: SignedPack;
        if (swap === 're-signed') doc = await signPack(PACK, secret);
        else {
          const other = await signPack(PACK, secret);
          doc = structuredClone(signed);
          doc.signature.publicKey = other.signature.publicKey;
          if (swap === 'key and fingerprint swapped') doc.signature.fingerprint = other.signature.fingerprint;
        }
        fc.pre(doc.signature.publicKey !== signed.signature.publicKey);
        const verdict = await verifySignedPack(JSON.stringify(doc), {
          trust: trustOf(trust),
          previousVersion: null,
        });
        expectWellFormedRefusal(verdict);
        expect(verdict).toMatchObject({ refusal: swap === 're-signed' ? 'wrong-key' : 'bad-signature' });
      }),
      { numRuns: 100 },
    );
  });
});

describe('verifySignedPack on re-signed packs', () => {
  it('accepts a pack exactly when its version is newer than the one in force', async () => {
    const versions = fc.oneof(
      fc.record({ version: fc.maxSafeNat(), previous: fc.option(fc.maxSafeNat()) }),
      fc
        .tuple(fc.nat({ max: 1000 }), fc.integer({ min: -2, max: 2 }))
        .map(([version, delta]) => ({ version, previous: Math.max(0, version + delta) })),
    );
    await fc.assert(
      fc.asyncProperty(versions, fc.boolean(), async ({ version, previous }, byKey) => {
        const pack = { ...PACK, meta: { ...PACK.meta, version } };
        const text = JSON.stringify(await signPack(pack, key.secretKey), null, 2);
        const verdict = await verifySignedPack(text, {
          trust: byKey ? trustByKey : trustByFingerprint,
          previousVersion: previous,
        });
        const newer = previous === null || version > previous;
        expect(verdict.ok).toBe(newer);
        if (verdict.ok) expect(verdict.version).toBe(version);
        else expect(verdict.refusal).toBe('not-newer');
      }),
      { numRuns: SOME },
    );
  });
});

describe('loadPackText and parsePack', () => {
  /** Either a pack comes back or a PackError is thrown; anything else fails the property. */
  function onlyPackError(load: () => RulePack): void {
    try {
      load();
    } catch (error) {
      expect(error).toBeInstanceOf(PackError);
    }
  }

  it('throw nothing but PackError for arbitrary text and JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) =>
        onlyPackError(() => loadPackText(text)),
      ),
      { numRuns: MANY },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (doc) => onlyPackError(() => parsePack(doc))),
      { numRuns: MANY },
    );
  });

  it('throw nothing but PackError for a valid pack with a leaf changed or removed', () => {
    const paths = leaves(PACK);
    const change = fc
      .nat({ max: paths.length - 1 })
      .map((i) => paths[i] as Path)
      .chain((path) =>
        fc.record({ path: fc.constant(path), value: aNewValue(getAt(PACK, path)), remove: fc.boolean() }),
      );
    fc.assert(
      fc.property(change, ({ path, value, remove }) => {
        const doc = withLeaf(PACK, path, value, remove);
        onlyPackError(() => parsePack(doc));
        onlyPackError(() => loadPackText(JSON.stringify(doc)));
      }),
      { numRuns: MANY },
    );
  });

  it('throw nothing but PackError for any manager pattern, and refuse the ones RE2 cannot compile', () => {
    const pattern = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
      fc.stringMatching(/^[()[\]{}*+?|\\^$.a-z0-9]{1,12}$/),
    );
    fc.assert(
      fc.property(pattern, (p) => {
        const doc = structuredClone(PACK);
        doc.rules.reputation.patterns = [p];
        const trimmed = p.trim(); // the schema trims every text field
        const bad = trimmed === '' || checkPattern(trimmed) !== undefined;
        let refused = false;
        try {
          parsePack(doc);
        } catch (error) {
          expect(error).toBeInstanceOf(PackError);
          expect((error as PackError).problems[0]?.path).toBe('rules.reputation.patterns[0]');
          refused = true;
        }
        expect(refused).toBe(bad);
      }),
      { numRuns: MANY },
    );
  });

  it('throw nothing but PackError for one-character edits of a valid pack’s text', () => {
    const original = JSON.stringify(PACK, null, 2);
    fc.assert(
      fc.property(anEdit, (edit) => onlyPackError(() => loadPackText(applyEdit(original, edit)))),
      { numRuns: MANY },
    );
  });
});
