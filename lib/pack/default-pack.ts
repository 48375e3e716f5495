import { defaultRules } from './default-rules.ts';
import { rulePackSchema, type ProfileInput, type RulePack } from './schema.ts';

/** The profile of the setting whose policy we ship. People lists are empty: a manager fills them. */
export const defaultProfile: ProfileInput = {
  setting: {
    name: "Ashley's House",
    otherNames: [],
    address: '',
    postcode: '',
    phones: [],
    emails: [],
    websites: [],
    handles: { facebook: [], instagram: [], x: [] },
    hashtags: [],
    relatedPlaces: [],
  },
  people: { manager: '', safeguardingLead: '', staff: [], children: [], family: [] },
  uniform: '',
};

export function makePack(profile: ProfileInput, meta: Partial<RulePack['meta']> = {}): RulePack {
  return rulePackSchema.parse({
    format: 1,
    meta: {
      id: meta.id ?? 'ashleys-house-default',
      version: meta.version ?? 1,
      issued: meta.issued ?? '2026-11-25',
      issuer: meta.issuer ?? 'Staff Social Guard (built-in default)',
    },
    ...profile,
    rules: defaultRules,
  });
}

/** The pack in force until a manager's pack is installed. */
export const defaultPack: RulePack = makePack(defaultProfile);
