import { clauseOf, cueRegex, findCues, type CueHit } from '../cues.ts';
import type { DraftContext } from '../context.ts';
import { JOB_CUES, OTHER_WORK, SETTING_CUES } from '../lexicon/work.ts';

const JOB = cueRegex(JOB_CUES);
const SETTING = cueRegex(SETTING_CUES);
const OTHER = cueRegex(OTHER_WORK);
// Their own family's children: "my eldest", "our boys". Rooms, routines and clubs in such a clause
// are about their family, not the setting (detection.md: "their own or relatives' children").
const OWN_CHILDREN =
  /\b(?:my|his|her|their) (?:own )?(?:son|sons|daughter|daughters|eldest|youngest|oldest|middle one|kids|kid|children|boys|girls|little one|little ones|baby|grandson|granddaughter|grandkids|grandchildren|niece|nephew|twins|stepson|stepdaughter|godson|goddaughter)\b|\bour (?:own )?(?:son|sons|daughter|daughters|eldest|youngest|oldest|baby|grandson|granddaughter|grandkids|twins)\b|\b(?:her|his|their) school\b/g;

function blockedClauses(ctx: DraftContext, re: RegExp): Set<number> {
  return new Set(findCues(re, ctx.text).map((o) => clauseOf(ctx.clauses, o.start)));
}

/** Clauses about another job, a past employer or another kind of club. */
export function otherWorkClauses(ctx: DraftContext): Set<number> {
  return blockedClauses(ctx, OTHER);
}

/**
 * First-person references to the job at the setting, less those in a clause about another job,
 * a past employer or another kind of club, and less the setting-side words in a clause about
 * their own children.
 */
export function findWorkCues(ctx: DraftContext, other: Set<number> = otherWorkClauses(ctx)): CueHit[] {
  const job = findCues(JOB, ctx.text);
  const setting = findCues(SETTING, ctx.text);
  if (job.length === 0 && setting.length === 0) return job;
  const own = setting.length > 0 ? blockedClauses(ctx, OWN_CHILDREN) : new Set<number>();
  const keep = (c: CueHit, blocked: Set<number>) => !blocked.has(clauseOf(ctx.clauses, c.start));
  return [...job.filter((c) => keep(c, other)), ...setting.filter((c) => keep(c, other) && keep(c, own))];
}
