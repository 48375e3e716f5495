import type { CompiledPack } from '../compile.ts';
import type { DraftContext } from '../context.ts';
import { hitOf, type Hit } from '../hit.ts';
import { findInSkeleton } from '../match-skeleton.ts';
import { KINDS, type NameTerm } from '../setting-terms.ts';
import { phoneDigits } from '../setting-terms.ts';
import type { CueHit } from '../cues.ts';
import { toFolded } from '../../text/fold.ts';

/** Is the last word of a match written with a capital, as in a title ("Ashley's House")? */
function titled(ctx: DraftContext, end: number): boolean {
  return ctx.words.some((w) => w.start < end && end <= w.end && w.capital);
}

type Range = { start: number; end: number; text: string };

// detection.md: the name "counts unless the draft clearly means a person or their home".
const PERSONAL =
  /\b(?:pizza|birthday|bday|b-day|\d+(?:st|nd|rd|th) (?:birthday|party|bash|do)|sleepover|bbq|barbecue|house-?warming|round (?:at|to)|over at|stay(?:ing|ed)? (?:at|over)|popped round|at hers|at his|brew|film night|movie night|girls'? night|her (?:mum|new|house|place)|his (?:mum|new|house|place)|christening|engagement|baby shower|sofa|couch|dog|cat|puppy|kitten)\b/;
const STRONG_PERSONAL =
  /\b(?:round (?:at|to)|over at|stay(?:ing|ed)? (?:at|over)|popped round|at hers|at his|sleepover|house-?warming|her (?:house|place)|his (?:house|place))\b/;
// "A different business that shares the setting's first words is not the setting."
const OTHER_BUSINESS =
  /^[\s'’s]*(?:of|cafe|café|coffee|tea ?rooms?|tearooms?|removals|salon|beauty|bakery|garage|hotel|pub|inn|restaurant|kitchen|takeaway|barbers?|hair|nails|florist|farm shop|garden centre|vets?|dental|surgery|pharmacy|gym|care home|carehome|nursing home|residential|motors|estates?|lettings|plumbing|builders|cleaning|boutique|bistro|bar|tavern|stores?|shop|market|books)\b/;

/** "Little Wrens Pre-School" when the setting is a club: another place sharing the first words. */
function otherKind(after: string, kinds: Set<string>): boolean {
  const m = /^[\s'’s-]*([a-z]+)(?:[\s-]+([a-z]+))?/.exec(after);
  if (!m) return false;
  const word = m[1] === 'pre' && m[2] === 'school' ? 'preschool' : m[1]!;
  return KINDS.has(word) && !kinds.has(word) && !(word === 'school' && kinds.has('club'));
}

function skeletonHits(
  ctx: DraftContext,
  terms: NameTerm[],
  tied: boolean,
  work: CueHit[],
  kinds: Set<string>,
): Range[] {
  const out: Range[] = [];
  for (const term of terms) {
    for (const r of findInSkeleton(ctx.skeleton, term)) {
      const after = ctx.text.slice(r.end, r.end + 30);
      if (OTHER_BUSINESS.test(after)) continue;
      const from = ctx.folded.starts[r.start] ?? 0;
      const found = ctx.folded.original.slice(from, ctx.folded.ends[r.end - 1]);
      const tagged = /[#@]/.test(ctx.folded.original[from - 1] ?? '');
      if (term.possessive && !/s['’]?$|['’]s$/i.test(found.trim())) continue;
      // Written as a title it is the setting unless the draft is plainly about a visit to someone's
      // home; in lower case ("round at hazel's house for pizza") any personal context will do.
      if (term.personHome && work.length === 0) {
        const title = titled(ctx, r.end) || tagged;
        if (title ? STRONG_PERSONAL.test(ctx.text) : PERSONAL.test(ctx.text)) continue;
      }
      if (otherKind(ctx.text.slice(r.end, r.end + 25), kinds)) continue;
      if (tied && work.length === 0) continue;
      out.push({ ...r, text: term.label });
    }
  }
  return out;
}

function regexHits(text: string, re: RegExp, label: string): Range[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: label }));
}

/** Matches on the original text (capitals matter for initials), mapped to the folded text. */
function originalHits(ctx: DraftContext, re: RegExp, label: string): Range[] {
  re.lastIndex = 0;
  return [...ctx.folded.original.matchAll(re)].map((m) => ({
    start: toFolded(ctx.folded, m.index),
    end: toFolded(ctx.folded, m.index + m[0].length),
    text: label,
  }));
}

const PHONE = /(?:\+|00|\()?\d[\d\s().\-/]{7,}\d/g;

function phoneHits(ctx: DraftContext, phones: string[]): Range[] {
  if (phones.length === 0) return [];
  return [...ctx.text.matchAll(PHONE)]
    .filter((m) => phones.includes(phoneDigits(m[0])))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: 'phone number' }));
}

/** The setting's name and every other identifier, per detection.md §setting-name. */
export function detectSettingName(ctx: DraftContext, pack: CompiledPack, work: CueHit[]): Hit | undefined {
  const s = pack.setting;
  const ranges: Range[] = [
    ...skeletonHits(ctx, s.unique, false, work, s.kinds),
    ...skeletonHits(ctx, s.tied, true, work, s.kinds),
    ...phoneHits(ctx, s.phones),
    ...(s.postcode ? regexHits(ctx.text, s.postcode, 'postcode') : []),
    ...s.literals.flatMap((l) => regexHits(ctx.text, l.re, l.label)),
    ...s.streets.flatMap((st) => regexHits(ctx.text, st.full, st.label)),
    ...(work.length > 0 ? s.streets.flatMap((st) => regexHits(ctx.text, st.bare, st.label)) : []),
    ...(work.length > 0 ? s.initialled.flatMap((i) => originalHits(ctx, i.re, i.label)) : []),
  ];
  return hitOf(ranges);
}

/** Whether a setting-name match names the setting, rather than locating it by address or postcode. */
export function isName(matched: string): boolean {
  return matched !== 'postcode' && !/\d/.test(matched);
}

/** The setting named (name, handle, hashtag, email, website, phone), not only located by its address or postcode. */
export function namesSetting(hit: Hit | undefined): boolean {
  return hit !== undefined && hit.matched.some(isName);
}
