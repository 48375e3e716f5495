// Loading and validating the labelled evaluation set (tests/eval). Every problem is reported
// as a DataError naming the file and line, so `npm run eval` can stop with exit code 2.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { CATEGORY_IDS } from '../../lib/pack/schema.ts';

export const CATEGORIES = CATEGORY_IDS;
export type Category = (typeof CATEGORIES)[number];
export const isCategory = (s: string): s is Category => (CATEGORIES as readonly string[]).includes(s);

export const DraftLine = z
  .object({
    id: z.string().regex(/^[a-z]+\d*-\d{3,}$/, 'id must look like "oak-001"'),
    platform: z.enum(['facebook', 'instagram', 'x']),
    surface: z.enum(['post', 'comment', 'reply', 'caption', 'dm']),
    recipient: z.string().min(1).nullable(),
    text: z.string().min(1),
    labels: z.array(z.enum(CATEGORIES)).refine((l) => new Set(l).size === l.length, 'labels repeat'),
    hard: z.boolean(),
    why: z.string().min(1).optional(),
  })
  .strict()
  .refine((d) => (d.surface === 'dm') === (d.recipient !== null), {
    message: 'recipient must be set for a dm and null otherwise',
    path: ['recipient'],
  })
  .refine((d) => d.surface === 'dm' || !d.labels.includes('parent-contact'), {
    message: 'parent-contact is only possible on a dm',
    path: ['labels'],
  });
export type Draft = z.infer<typeof DraftLine>;

export class DataError extends Error {}

export interface EvalSet {
  name: string;
  profile: unknown;
  drafts: Draft[];
}

/** Every profile in `<root>/profiles` that has a `<root>/drafts/<name>.jsonl`, validated. */
export function loadEvalSets(root: string): { sets: EvalSet[]; skipped: string[] } {
  const sets: EvalSet[] = [];
  const skipped: string[] = [];
  const ids = new Map<string, string>();
  for (const file of readdirSync(join(root, 'profiles'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = basename(file, '.json');
    const draftsPath = join(root, 'drafts', `${name}.jsonl`);
    if (!existsSync(draftsPath)) {
      skipped.push(name);
      continue;
    }
    const profilePath = join(root, 'profiles', file);
    let profile: unknown;
    try {
      profile = JSON.parse(readFileSync(profilePath, 'utf8'));
    } catch (e) {
      throw new DataError(`${profilePath}: invalid JSON: ${(e as Error).message}`);
    }
    sets.push({ name, profile, drafts: readDrafts(draftsPath, ids) });
  }
  return { sets, skipped };
}

/** `ids` maps every id seen so far (in any file) to where it was seen. */
function readDrafts(path: string, ids: Map<string, string>): Draft[] {
  const drafts: Draft[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${path}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new DataError(`${where}: invalid JSON: ${(e as Error).message}`);
      }
      const parsed = DraftLine.safeParse(value);
      if (!parsed.success) throw new DataError(`${where}:\n${z.prettifyError(parsed.error)}`);
      const first = ids.get(parsed.data.id);
      if (first) throw new DataError(`${where}: duplicate id ${parsed.data.id} (first at ${first})`);
      ids.set(parsed.data.id, where);
      drafts.push(parsed.data);
    });
  return drafts;
}

/**
 * Splits a set by the number in each draft id: the odd half may be read and trained on, the even
 * half of tests/holdout2 is kept unseen (README, "Detection quality"). No half means every draft.
 */
export function inHalf(id: string, half: string | undefined): boolean {
  if (!half) return true;
  const n = Number(/(\d+)$/.exec(id)?.[1] ?? 0);
  return (n % 2 === 1) === (half === 'odd');
}
