import type { DraftContext } from '../context.ts';
import type { CueHit } from '../cues.ts';
import { hitOf, mergeHits, type Hit } from '../hit.ts';
import { namesSetting } from './setting-name.ts';
import type { ChildMention } from './children.ts';

// "A purely social exchange with a family (an invitation to a child's birthday party) is not work."
const SOCIAL =
  /\b(?:party|parties|birthday|bday|invite|invited|inviting|invitation|play ?date|sleepover|christening|wedding|bbq|barbecue)\b/;
// Thanking a parent for something their child made for the staff member is work.
const MADE_FOR_ME = /\b(?:made|drew|painted|card|picture|drawing|present|gift|gave me|flowers|chocolates)\b/;
// Naming the workplace is about work, unless the draft only uses it as an address for something
// personal ("parcel left at 14 Elm Grove"): detection.md keeps that setting-name only.
const PERSONAL_ERRAND =
  /\b(?:parcel|package|delivery|delivered|deliver|courier|postman|amazon|taxi|uber|cab|lift|sat ?nav|directions|sofa|furniture|for sale|selling|car boot|(?:lost|found|missing) (?:my |a |her |his |our |this )?(?:purse|wallet|keys|phone|bag|cat|dog|kitten|puppy|parcel))\b/;

// A parent's view of the setting ("my son's nursery") is not the author's work.
const OWN_CHILD =
  /\b(?:my|our) (?:son|daughter|kids?|children|boy|girl|little one|eldest|youngest|grandson|granddaughter)(?:'s)?\b/;

/** Words the draft has besides the identifiers: "@hazelhouse 😍" is a reaction, not a comment on work. */
function wordsOutside(ctx: DraftContext, hit: Hit): number {
  return ctx.words.filter(
    (w) =>
      !hit.spans.some((s) => s.start < w.end && w.start < s.end) &&
      !/^[@#]/.test(ctx.text[w.start - 1] ?? ''),
  ).length;
}

/**
 * Relates to their work at the setting: a first-person reference to the job, anything about an
 * attending child's doings, or the setting named other than as an address for an errand.
 */
export function detectWorkComment(
  ctx: DraftContext,
  work: CueHit[],
  children: ChildMention[],
  settingNamed: Hit | undefined,
): Hit | undefined {
  const social = SOCIAL.test(ctx.text) && !MADE_FOR_ME.test(ctx.text);
  const about = social ? [] : children;
  // An address, phone number or postcode only locates the setting ("tree down outside 23 Kiln Lane").
  const named =
    settingNamed &&
    (work.length > 0 || namesSetting(settingNamed)) &&
    (work.length > 0 ||
      (!PERSONAL_ERRAND.test(ctx.text) && !OWN_CHILD.test(ctx.text) && wordsOutside(ctx, settingNamed) >= 3));
  return mergeHits(hitOf(work), hitOf(about), named ? settingNamed : undefined);
}
