import type { CompiledPack } from '../compile.ts';
import type { DraftContext } from '../context.ts';
import type { CueHit } from '../cues.ts';
import type { Hit } from '../hit.ts';
import type { Person } from '../people.ts';
import type { ChildMention } from './children.ts';

// The text shows the recipient is the parent or carer of a child at the setting.
const YOUR_CHILD =
  /\b(?:your|ur|yr) (?:little one|lo|son|daughter|boy|girl|child|kid|kids|children|baby|babies|twins|little man|little lady|little girl|little boy|princess|wee one|lad|lass|munchkin|mini me|youngest|eldest|toddler)\b/;
const IS_PARENT =
  /\b(?:is this|are you|you're|you are|youre|as) (?:\w+'s|the) (?:mum|mam|mom|dad|mother|father|nan|nana|gran|grandma|grandad|carer|step-?mum|step-?dad|auntie)\b/;
const ADDRESSED = /\b(?:you|your|ur|u)\b/;
// Introducing yourself from the setting is how staff open a message to a family.
const SELF_INTRO =
  /\b(?:it'?s|this is|it is) [a-z]+ from (?:the )?(?:nursery|club|breakfast club|after ?school|pre-?school|playgroup|work)\b/;

/** The text itself shows the reader is the child's parent: named, introduced to, or told about them. */
export function parentShown(text: string): boolean {
  return IS_PARENT.test(text) || SELF_INTRO.test(text) || PARENT_TALK.test(text);
}

/** What staff tell a parent about their child: belongings, their day, their wellbeing. */
export const PARENT_TALK =
  /\b(?:left (?:his|her|their) \w+(?: \w+)?|spare clothes|in (?:his|her) bag|(?:had|has had) (?:a|such a) (?:lovely|good|great|brilliant|fab|tough|hard|rough) (?:first )?day|first day|is (?:he|she) (?:ok|okay|alright|feeling better)|at home|thanks? (?:you )?for letting|for having (?:me|us)|pick (?:him|her) up|collect(?:ing)? (?:him|her)|reading book|went home (?:in|with)|wrong bag|(?:his|her) (?:bag|coat|peg|water bottle|lunchbox|book bag|wellies)|letting you know)\b/;

/**
 * A private message to a listed parent or family member, or to anyone the text shows is the
 * parent or carer of a child at the setting. What the message says otherwise does not matter.
 */
export function detectParentContact(
  ctx: DraftContext,
  pack: CompiledPack,
  parents: Person[],
  work: CueHit[],
  children: ChildMention[],
): Hit | undefined {
  if (!ctx.isDm) return undefined;
  const whole = { spans: [{ start: 0, end: ctx.text.length }], matched: [] as string[] };
  if (parents.length > 0) {
    whole.matched = parents.map(
      (p) =>
        `${ctx.draft.recipient ?? ''} is ${p.full}, ${p.relation ?? 'family'} of ${p.child ?? 'a child'}`,
    );
    return whole;
  }
  const namedChild = children.some((c) => c.kind === 'full' || c.kind === 'first');
  const shown =
    IS_PARENT.test(ctx.text) ||
    SELF_INTRO.test(ctx.text) ||
    (namedChild && PARENT_TALK.test(ctx.text)) ||
    (YOUR_CHILD.test(ctx.text) && (work.length > 0 || namedChild)) ||
    (namedChild && ADDRESSED.test(ctx.text) && pack.people.children.length > 0);
  if (!shown) return undefined;
  whole.matched = ['the message shows the recipient is the parent or carer of a child at the setting'];
  return whole;
}
