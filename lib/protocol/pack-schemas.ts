import * as z from 'zod/mini';

// What the options page and the popup learn about the rule pack in force, and ask of it.

const short = (max: number) => z.string().check(z.maxLength(max));

export const PACK_SOURCES = ['builtin', 'file', 'link', 'managed'] as const;

export const packStateSchema = z.object({
  active: z.object({
    id: short(100),
    version: z.number(),
    issuer: short(200),
    setting: short(200),
    source: z.enum(PACK_SOURCES),
    /** The signing key's full fingerprint; null for the built-in pack. */
    fingerprint: z.nullable(short(64)),
    installedAt: z.nullable(z.number()),
    /** The pack's rules in words, for "what the policy asks" before staff confirm they read it. */
    clauses: z.array(
      z.object({
        category: short(40),
        id: short(40),
        text: short(1000),
        severity: short(20),
        message: short(500),
      }),
    ),
  }),
  /** The key staff accepted (or the admin set); null until a first pack is imported. */
  trust: z.nullable(z.object({ fingerprints: z.array(short(64)), acceptedAt: z.number() })),
  subscription: z.nullable(
    z.object({
      url: short(2000),
      lastCheckedAt: z.nullable(z.number()),
      /** What the last check found, in words ("no newer version", "updated to version 4"). */
      lastResult: z.nullable(short(1000)),
    }),
  ),
  /** Set by the browser's administrator: staff cannot remove, replace or downgrade it. */
  managed: z.boolean(),
  /** The last pack refused, and why, so the options page and the popup can say so. */
  lastRefusal: z.nullable(z.object({ at: z.number(), source: short(2000), reason: short(2000) })),
  /** Whether the person has confirmed "I have read this" for the version in force. */
  acknowledged: z.boolean(),
});
export type PackState = z.infer<typeof packStateSchema>;

/** A file looked at before it is installed: on a first import staff compare the fingerprint. */
export const packPreviewSchema = z.union([
  z.object({
    ok: z.literal(true),
    needsTrust: z.boolean(),
    fingerprint: short(64),
    version: z.number(),
    setting: short(200),
    issuer: short(200),
  }),
  z.object({ ok: z.literal(false), reason: short(2000) }),
]);
export type PackPreview = z.infer<typeof packPreviewSchema>;

// The needsTrust answer comes first: a union takes the first shape that fits and drops fields it
// does not list, and the plain refusal would fit it too.
export const installResultSchema = z.union([
  /** A first pack from a link: staff must compare and accept its key, then subscribe again with it. */
  z.object({
    ok: z.literal(false),
    needsTrust: z.literal(true),
    reason: short(2000),
    fingerprint: short(64),
    version: z.number(),
    setting: short(200),
  }),
  z.object({ ok: z.literal(true), version: z.number() }),
  z.object({ ok: z.literal(false), reason: short(2000) }),
]);
export type InstallResult = z.infer<typeof installResultSchema>;

export const acknowledgementSchema = z.object({
  packId: short(100),
  version: z.number(),
  setting: short(200),
  fingerprint: z.nullable(short(64)),
  at: z.number(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const PACK_TEXT_MAX = 1_100_000; // a little over the 1 MB pack limit, so the size check can say why
