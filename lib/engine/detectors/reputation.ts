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
// "I'm insufferable about it": running yourself down is not running the setting down.
const SELF = /\b(?:i'm|im|i am|i was|i've been|ive been)\s+(?:so |being |a bit |such an? |an? )?$/;
const NEGATED = /\b(?:not|never|isn't|aren't|wasn't|weren't|no longer)\s+(?:\w+\s+)?$/;

export interface ReputationInput {
  /** Where the setting is named: running it down by name counts like "this place". */
  settingSpans: { start: number; end: number }[];
  /** The draft is about work (a work cue, the setting named, or a child from the setting). */
  workTied: boolean;
  /** Where colleagues and children are named: a put-down aimed at them counts. */
  personSpans: { start: number; end: number }[];
  /** Colleagues' first names and short forms, to tell a colleague asleep from a child asleep. */
  colleagueNames: Set<string>;
  /** Where colleagues are named: an eye-roll at them counts like one at management. */
  colleagueSpans: { start: number; end: number }[];
}

const NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const toNumber = (s: string) => NUMBER[s] ?? Number(s);
const KIDS = '(?:kids|children|toddlers|babies|pre-?schoolers|little ones)';
const STAFF_WORD = '(?:staff|adults|of us|members of staff|practitioners)';
const RATIO_PAIRS = [
  new RegExp(
    `\\b(\\d+) ${KIDS} (?:and|with|to|between|for) (\\d+|one|two|three|four|five) ${STAFF_WORD}\\b`,
    'g',
  ),
  new RegExp(`\\b(\\d+|one|two|three|four|five) ${STAFF_WORD} (?:and|with|to|for) (\\d+) ${KIDS}\\b`, 'g'),
];

/** "24 kids and 2 staff": more than eight children to one adult is unsafe (detection.md). */
function ratioHits(text: string): CueHit[] {
  const out: CueHit[] = [];
  RATIO_PAIRS.forEach((re, i) => {
    for (const m of text.matchAll(re)) {
      const [kids, adults] =
        i === 0 ? [toNumber(m[1]!), toNumber(m[2]!)] : [toNumber(m[2]!), toNumber(m[1]!)];
      if (adults > 0 && kids / adults > 8)
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  });
  return out;
}

/** Is the word just before this offset someone's name ("Poppy fell asleep")? */
function namedSubject(ctx: DraftContext, at: number, colleagues: Set<string>): boolean {
  let before: (typeof ctx.words)[number] | undefined;
  for (const w of ctx.words) {
    if (w.end > at) break;
    before = w;
  }
  if (before === undefined || !before.capital || before.base === 'i' || at - before.end > 2) return false;
  // A capital at the start of a sentence is only a name if it is one ("Literally fell asleep…" is not).
  const first =
    ctx.words.indexOf(before) === 0 || ctx.words[ctx.words.indexOf(before) - 1]?.sentence !== before.sentence;
  // A colleague asleep on duty is the point; a named child asleep is not.
  if (colleagues.has(before.base)) return false;
  return !first || isFirstName(before.base);
}

function keepUnsafe(
  ctx: DraftContext,
  sentence: string,
  local: number,
  h: CueHit,
  workTied: boolean,
  colleagues: Set<string>,
): boolean {
  const before = sentence.slice(0, local);
  const asleep = /asleep|nodded|dozed|napping/.test(h.text);
  if (
    asleep &&
    (CHILD_SUBJECT.test(before) || OFF_DUTY.test(sentence) || namedSubject(ctx, h.start, colleagues))
  )
    return false;
  const drink =
    /hung|hang|drunk|tipsy|pissed|stoned|face|steaming|stinking|smel|bottle|glass|pint|can|had a few/.test(
      h.text,
    );
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
  if (input.workTied || input.colleagueSpans.length > 0)
    for (const p of findCues(PEOPLE, text)) targets.add(sentenceOf(p.start));
  for (const p of input.personSpans) targets.add(sentenceOf(p.start));
  if (targets.size > 0) {
    for (const d of findCues(DOWN, text)) {
      const k = sentenceOf(d.start);
      const before = text.slice(starts[k], d.start);
      if (targets.has(k) && !NEGATED.test(before) && !SELF.test(before)) hits.push(d);
    }
    if (ROLL.test(text)) {
      const rolledAt = [...workplaces, ...input.colleagueSpans.map((c) => ({ ...c, text: 'a colleague' }))];
      hits.push(...rolledAt.map((w) => ({ ...w, text: `${w.text} (eye-roll)` })));
    }
  }
  if (input.workTied) {
    hits.push(...findCues(STAFF, text), ...ratioHits(text));
    if (TROUBLE.test(text)) hits.push(...findCues(GOSSIP, text));
  }
  for (const h of findCues(UNSAFE_RE, text)) {
    const { at, s } = sentence(sentenceOf(h.start));
    if (keepUnsafe(ctx, s, h.start - at, h, input.workTied, input.colleagueNames)) hits.push(h);
  }
  return hitOf(hits);
}
