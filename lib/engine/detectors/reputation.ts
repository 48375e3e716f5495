import type { DraftContext } from '../context.ts';
import { cueRegex, findCues, type CueHit } from '../cues.ts';
import { hitOf, type Hit } from '../hit.ts';
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

const SENTENCE = /[^.!?\n]+[.!?\n]*/g;
const PEOPLE = new RegExp(PEOPLE_TARGET);
const WORKPLACE = new RegExp(WORK_TARGET);
const DOWN = new RegExp(`(?<![a-z])${PUT_DOWN}(?![a-z])`, 'g');
const ROLL = new RegExp(EYE_ROLL);
const STAFF = new RegExp(STAFFING, 'g');
const UNSAFE_RE = cueRegex(UNSAFE);
const GOSSIP = new RegExp(
  `${FAMILY_OF}[^.!?\\n]{0,80}?${FAMILY_TROUBLE}|${FAMILY_TROUBLE}[^.!?\\n]{0,60}?${FAMILY_OF}`,
  'g',
);
const NEGATED = /\b(?:not|never|isn't|aren't|wasn't|weren't|no longer)\s+(?:\w+\s+)?$/;

function namedSetting(input: ReputationInput, from: number, to: number): RegExpExecArray | null {
  const r = input.settingSpans.find((sp) => sp.start >= from && sp.end <= to);
  if (!r) return null;
  const m = Object.assign(['the setting'], {
    index: r.start - from,
    input: '',
    groups: undefined,
  }) as RegExpExecArray;
  return m;
}

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
  return before !== undefined && before.capital && before.base !== 'i' && at - before.end <= 2;
}

function unsafeHits(ctx: DraftContext, sentence: string, offset: number, workTied: boolean): CueHit[] {
  return findCues(UNSAFE_RE, sentence).flatMap((h) => {
    const before = sentence.slice(0, h.start);
    const asleep = /asleep|nodded|dozed|napping/.test(h.text);
    if (
      asleep &&
      (CHILD_SUBJECT.test(before) || OFF_DUTY.test(sentence) || namedSubject(ctx, offset + h.start))
    )
      return [];
    const drink = /hung|hang|drunk|tipsy|pissed|stoned|face|steaming/.test(h.text);
    if (drink && !(AT_WORK_NOW.test(sentence) || (workTied && !OFF_DUTY.test(ctx.text)))) return [];
    if (/phone/.test(h.text) && !(PHONE_USE.test(sentence) && (AT_WORK_NOW.test(sentence) || workTied)))
      return [];
    if (!workTied && !AT_WORK_NOW.test(sentence)) return [];
    return [{ start: offset + h.start, end: offset + h.end, text: h.text }];
  });
}

/** Runs the setting down, admits unsafe or unprofessional conduct at work, or gossips about families. */
export function detectReputation(ctx: DraftContext, input: ReputationInput): Hit | undefined {
  const hits: CueHit[] = [];
  const rolled = ROLL.test(ctx.text);
  for (const m of ctx.text.matchAll(SENTENCE)) {
    const s = m[0];
    const at = m.index;
    const workplace = WORKPLACE.exec(s) ?? namedSetting(input, at, at + s.length);
    const people = input.workTied || input.colleagueNamed ? PEOPLE.exec(s) : null;
    const target = workplace ?? people;
    if (target) {
      for (const d of s.matchAll(DOWN)) {
        if (NEGATED.test(s.slice(0, d.index))) continue;
        hits.push({ start: at + d.index, end: at + d.index + d[0].length, text: d[0] });
      }
      if (workplace && rolled)
        hits.push({
          start: at + workplace.index,
          end: at + workplace.index + workplace[0].length,
          text: `${workplace[0]} (eye-roll)`,
        });
    }
    if (input.workTied) {
      for (const st of s.matchAll(STAFF))
        hits.push({ start: at + st.index, end: at + st.index + st[0].length, text: st[0] });
      for (const g of s.matchAll(GOSSIP))
        hits.push({ start: at + g.index, end: at + g.index + g[0].length, text: g[0] });
    }
    hits.push(...unsafeHits(ctx, s, at, input.workTied));
  }
  return hitOf(hits);
}
