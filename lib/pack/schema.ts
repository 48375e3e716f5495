import { z } from 'zod';
import { CATEGORY_IDS, PLATFORMS, SEVERITIES, SURFACES } from './ids.ts';

export { CATEGORY_IDS, PLATFORMS, SEVERITIES, SURFACES };

export const categorySchema = z.enum(CATEGORY_IDS);
export type Category = z.infer<typeof categorySchema>;

export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

const text = (max: number) => z.string().trim().max(max);
const name = text(200).min(1, 'must not be empty');
const list = <T extends z.ZodType>(item: T, max = 5000) => z.array(item).max(max).default([]);

export const coordinatesSchema = z
  .object({
    latitude: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'),
    longitude: z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'),
  })
  .strict();
export type Coordinates = z.infer<typeof coordinatesSchema>;

export const settingSchema = z
  .object({
    name,
    otherNames: list(name, 50),
    address: text(500).default(''),
    postcode: text(12).default(''),
    phones: list(text(40).min(1), 20),
    emails: list(z.email('must be an email address like office@example.org'), 20),
    websites: list(text(300).min(1), 20),
    handles: z
      .object({ facebook: list(name, 20), instagram: list(name, 20), x: list(name, 20) })
      .strict()
      .default({ facebook: [], instagram: [], x: [] }),
    hashtags: list(name, 50),
    relatedPlaces: list(name, 50),
    /** Where the setting is, so the photo guard can say how far from it a photo was taken. */
    coordinates: coordinatesSchema.optional(),
  })
  .strict();
export type Setting = z.infer<typeof settingSchema>;

export const familyMemberSchema = z
  .object({ name, relation: text(60).min(1, 'must say how they are related, e.g. mother'), child: name })
  .strict();

export const peopleSchema = z
  .object({
    manager: text(200).default(''),
    safeguardingLead: text(200).default(''),
    staff: list(name, 1000),
    children: list(name, 2000),
    family: list(familyMemberSchema, 4000),
  })
  .strict();
export type People = z.infer<typeof peopleSchema>;

export const clauseSchema = z
  .object({ id: text(40).min(1), text: text(1000).min(1, 'must quote the policy clause') })
  .strict();

/** The policy's consent rule ("In order to safeguard children we ensure"), quoted for photos of people. */
export const DEFAULT_CONSENT_CLAUSE = {
  id: 'safeguard-1',
  text: 'We have prior written permission in place from parents / carers before posting any images of children',
};

export const ruleSchema = z
  .object({
    severity: severitySchema,
    message: text(500).min(1, 'must say what staff should know'),
    clause: clauseSchema,
    suggestion: text(500).optional(),
    extraTerms: list(text(200).min(1), 2000),
    allowedTerms: list(text(200).min(1), 2000),
    /** Manager-supplied RE2 patterns; compiled with re2js so none can freeze a tab. */
    patterns: list(text(500).min(1), 200),
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;

export const rulesSchema = z
  .object(
    Object.fromEntries(CATEGORY_IDS.map((id) => [id, ruleSchema])) as Record<Category, typeof ruleSchema>,
  )
  .strict();
export type Rules = z.infer<typeof rulesSchema>;

export const metaSchema = z
  .object({
    id: text(100).min(1),
    version: z.number().int().nonnegative(),
    issued: z.iso.date('must be a date like 2026-11-25'),
    issuer: text(200).min(1),
  })
  .strict();

/**
 * Where safeguarding reports go (the reporting issue). A webhook must be https; plain http is
 * allowed only for localhost, for testing.
 */
export const reportsSchema = z
  .object({
    webhookUrl: z
      .url('must be a web address like https://reports.example.org/hook')
      .refine(
        (url) => /^https:\/\//.test(url) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url),
        'must start with https:// (plain http only for localhost)',
      )
      .optional(),
    email: z.email('must be an email address like dsl@example.org').optional(),
  })
  .strict();
export type Reports = z.infer<typeof reportsSchema>;

/** The largest logo image a pack may carry, as a data: URL (the whole pack is capped at 1 MB). */
export const MAX_LOGO_CHARS = 300_000;

/**
 * What the photo guard needs beyond the text rules (issue 6): the uniform's colours and, optionally,
 * its logo, how near the setting a photo's recorded location counts as "at the setting", and the
 * policy's consent rule that is quoted when a photo shows people. Optional, so every earlier pack
 * stays valid.
 */
export const photosSchema = z
  .object({
    uniformColours: z
      .array(z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f6f3a'))
      .max(6)
      .default([]),
    uniformLogo: z
      .string()
      .max(MAX_LOGO_CHARS, 'must be a smaller image (at most about 200 kB)')
      .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, 'must be a PNG, JPEG or WebP image')
      .optional(),
    nearMetres: z.number().int().min(10).max(20_000).default(250),
    consentClause: clauseSchema.default(DEFAULT_CONSENT_CLAUSE),
  })
  .strict();
export type PhotoSettings = z.infer<typeof photosSchema>;

export const rulePackSchema = z
  .object({
    format: z.literal(1, 'is not a rule pack format this version understands (expected 1)'),
    meta: metaSchema,
    setting: settingSchema,
    people: peopleSchema.default({ manager: '', safeguardingLead: '', staff: [], children: [], family: [] }),
    uniform: text(2000).default(''),
    rules: rulesSchema,
    reports: reportsSchema.default({}),
    photos: photosSchema.default({
      uniformColours: [],
      nearMetres: 250,
      consentClause: DEFAULT_CONSENT_CLAUSE,
    }),
  })
  .strict();
export type RulePack = z.infer<typeof rulePackSchema>;

/** A manager's profile of the setting: the parts of a pack that describe the setting, not the rules. */
export const profileSchema = z
  .object({
    setting: settingSchema,
    people: peopleSchema.default({ manager: '', safeguardingLead: '', staff: [], children: [], family: [] }),
    uniform: text(2000).default(''),
    photos: photosSchema.default({
      uniformColours: [],
      nearMetres: 250,
      consentClause: DEFAULT_CONSENT_CLAUSE,
    }),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;
/** A profile as written: parts with defaults (people, uniform, photos) may be left out. */
export type ProfileInput = z.input<typeof profileSchema>;

export const draftSchema = z.object({
  platform: z.enum(PLATFORMS),
  surface: z.enum(SURFACES),
  recipient: z.string().max(500).nullish(),
  text: z.string().max(200_000),
});
export type Draft = z.infer<typeof draftSchema>;

export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  category: Category;
  ruleId: string;
  severity: Severity;
  /** UTF-16 offsets into the draft's original text, end exclusive. */
  spans: Span[];
  message: string;
  clause: { id: string; text: string };
  /** What matched, in words, so every finding explains itself. */
  matched: string[];
  suggestion?: string;
}
