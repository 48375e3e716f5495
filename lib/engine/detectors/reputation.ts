import type { DraftContext } from '../context.ts';
import { clauseOf, cueRegex, findCues, sentenceStarts, type CueHit } from '../cues.ts';
import { hitOf, type Hit } from '../hit.ts';
import { isFirstName } from '../lexicon/first-names.ts';
import {
  AT_WORK_NOW,
  CHILD_SUBJECT,
  EYE_ROLL,
  FAMILY_OF,
  FAMILY_TROUBLE,
  OFF_DUTY,
  PEOPLE_TARGET,
  PHONE_USE,
  PUT_DOWN,
  STAFFING,
  UNSAFE,
  WORK_TARGET,
} from '../lexicon/reputation.ts';

const PEOPLE = new RegExp(PEOPLE_TARGET, 'g');
const WORKPLACE = new RegExp(WORK_TARGET, 'g');
const TROUBLE = new RegExp(FAMILY_TROUBLE);
const DOWN = new RegExp(`(?<![a-z])${PUT_DOWN}(?![a-z])`, 'g');
const ROLL = new RegExp(EYE_ROLL);
const STAFF = new RegExp(STAFFING, 'g');
const UNSAFE_RE = cueRegex(UNSAFE);
const GOSSIP = new RegExp(
  `${FAMILY_OF}[^.!?\\n]{0,80}?${FAMILY_TROUBLE}|${FAMILY_TROUBLE}[^.!?\\n]{0,60}?${FAMILY_OF}`,
  'g',
);
const NEGATED = /\b(?:not|never|isn't|aren't|wasn't|weren't|no longer)\s+(?:\w+\s+)?$/;

export interface ReputationInput {
  /** Where the setting is named: running it down by name counts like "this place". */
  settingSpans: { start: number; end: number }[];
  /** The draft is about work (a work cue, the setting named, or a child from the setting). */
  workTied: boolean;
  /** Names of colleagues, for "Megan is so lazy". */
  colleagueNamed: boolean;
}

/** Is the word just before this offset someone's name ("Poppy fell asleep")? */
function namedSubject(ctx: DraftContext, at: number): boolean {
  let before: (typeof ctx.words)[number] | undefined;
  for (const w of ctx.words) {
    if (w.end > at) break;
    before = w;
  }
  if (before === undefined || !before.capital || before.base === 'i' || at - before.end > 2) return false;
  // A capital at the start of a sentence is only a name if it is one ("Literally fell asleep…" is not).
  const first =
    ctx.words.indexOf(before) === 0 || ctx.words[ctx.words.indexOf(before) - 1]?.sentence !== before.sentence;
  return !first || isFirstName(before.base);
}

function keepUnsafe(
  ctx: DraftContext,
  sentence: string,
  local: number,
  h: CueHit,
  workTied: boolean,
): boolean {
  const before = sentence.slice(0, local);
  const asleep = /asleep|nodded|dozed|napping/.test(h.text);
  if (asleep && (CHILD_SUBJECT.test(before) || OFF_DUTY.test(sentence) || namedSubject(ctx, h.start)))
    return false;
  const drink = /hung|hang|drunk|tipsy|pissed|stoned|face|steaming/.test(h.text);
  if (drink && !(AT_WORK_NOW.test(sentence) || (workTied && !OFF_DUTY.test(ctx.text)))) return false;
  if (/phone/.test(h.text) && !(PHONE_USE.test(sentence) && (AT_WORK_NOW.test(sentence) || workTied)))
    return false;
  return workTied || AT_WORK_NOW.test(sentence);
}

/** Runs the setting down, admits unsafe or unprofessional conduct at work, or gossips about families. */
export function detectReputation(ctx: DraftContext, input: ReputationInput): Hit | undefined {
  // Each pattern runs once over the whole draft; hits are then judged within their sentence.
  const { text } = ctx;
  const starts = sentenceStarts(text);
  const sentenceOf = (at: number) => clauseOf(starts, at);
  const sentence = (k: number) => ({
    at: starts[k]!,
    s: text.slice(starts[k], starts[k + 1] ?? text.length),
  });
  const hits: CueHit[] = [];
  const workplaces = [
    ...findCues(WORKPLACE, text),
    ...input.settingSpans.map((r) => ({ ...r, text: 'the setting' })),
  ];
  const targets = new Set(workplaces.map((w) => sentenceOf(w.start)));
  if (input.workTied || input.colleagueNamed)
    for (const p of findCues(PEOPLE, text)) targets.add(sentenceOf(p.start));
  if (targets.size > 0) {
    for (const d of findCues(DOWN, text)) {
      const k = sentenceOf(d.start);
      if (targets.has(k) && !NEGATED.test(text.slice(starts[k], d.start))) hits.push(d);
    }
    if (ROLL.test(text)) hits.push(...workplaces.map((w) => ({ ...w, text: `${w.text} (eye-roll)` })));
  }
  if (input.workTied) {
    hits.push(...findCues(STAFF, text));
    if (TROUBLE.test(text)) hits.push(...findCues(GOSSIP, text));
  }
  for (const h of findCues(UNSAFE_RE, text)) {
    const { at, s } = sentence(sentenceOf(h.start));
    if (keepUnsafe(ctx, s, h.start - at, h, input.workTied)) hits.push(h);
  }
  return hitOf(hits);
}
