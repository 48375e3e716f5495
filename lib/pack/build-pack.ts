import { makePack } from './default-pack.ts';
import { PackError } from './errors.ts';
import { profileSchema, type RulePack } from './schema.ts';

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'setting'
  );
}

/**
 * Builds a complete pack from the default rules plus a profile (`setting`, `people`, `uniform`).
 * Missing lists are treated as empty. Throws PackError naming the field on a bad profile.
 */
export function buildPackFromProfile(
  profile: unknown,
  issued = new Date().toISOString().slice(0, 10),
): RulePack {
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success) throw PackError.fromZod('profile', parsed.error);
  const p = parsed.data;
  return makePack(p, {
    id: slug(p.setting.name),
    version: 1,
    issued,
    issuer: p.people.manager || p.setting.name,
  });
}
