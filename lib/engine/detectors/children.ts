import { toFolded } from '../../text/fold.ts';
import { lettersOf } from '../../text/skeleton.ts';
import type { Token } from '../../text/tokens.ts';
import type { CompiledPack } from '../compile.ts';
import type { DraftContext } from '../context.ts';
import { cueRegex, findCues, type CueHit } from '../cues.ts';
import {
  CHILD_AT_SETTING,
  CHILD_DETAIL,
  CHILD_FIRST_NAMES,
  CHILD_REFERENT,
  NOT_A_PUPIL,
  PERSON_VERBS,
  WORD_NAMES,
} from '../lexicon/children.ts';
import type { Person } from '../people.ts';
import { findTerms } from '../term-index.ts';

export interface ChildMention {
  start: number;
  end: number;
  text: string;
  kind: 'full' | 'first' | 'unlisted' | 'unnamed';
  child?: Person;
}

const AT_SETTING = cueRegex(CHILD_AT_SETTING);
const DETAIL = cueRegex(CHILD_DETAIL);
const REFERENT = new RegExp(CHILD_REFERENT, 'g');
const OWN_CHILD =
  /\b(?:my|our) (?:own )?(?:son|daughter|boy|girl|kids?|children|little one|baby|grandson|granddaughter|niece|nephew)\b/;

function isSentenceStart(words: Token[], i: number): boolean {
  return i === 0 || words[i - 1]!.sentence !== words[i]!.sentence;
}

/**
 * A name that is also a word ("Summer", "Hope") is a name only when capitalised, and at the start
 * of a sentence only when a person's verb or a possessive follows ("Summer was…", "Jasper's been…").
 */
function looksLikeName(ctx: DraftContext, words: Token[], i: number): boolean {
  const t = words[i]!;
  if (!WORD_NAMES.has(t.base)) return true;
  if (!t.capital) return false;
  if (!isSentenceStart(words, i)) return true;
  const next = words[i + 1];
  return (
    t.word !== t.base ||
    (next !== undefined && next.sentence === t.sentence && PERSON_VERBS.has(next.base.replace(/'/g, '')))
  );
}

const INITIALS = /(?<![A-Za-z])([A-Z])\.\s?([A-Z])\.?(?![A-Za-z])/g;

/** "J.T. bit two kids": a roster child's initials, when the draft is about work. */
function initialsOf(ctx: DraftContext, pack: CompiledPack): ChildMention[] {
  const out: ChildMention[] = [];
  for (const m of ctx.folded.original.matchAll(INITIALS)) {
    const [a, b] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    const child = pack.people.children.find((c) => c.first.startsWith(a) && c.last.startsWith(b));
    if (!child) continue;
    const start = toFolded(ctx.folded, m.index);
    out.push({
      start,
      end: toFolded(ctx.folded, m.index + m[0].length),
      text: child.full,
      kind: 'first',
      child,
    });
  }
  return out;
}

function surnameAt(words: Token[], i: number, last: string): number {
  const next = words[i];
  if (!next || !last) return 0;
  if (next.base === last) return 1;
  const pair = next.base + (words[i + 1]?.base ?? '');
  return pair === last ? 2 : 0;
}

/** Does the text just before this word make it someone else: a relative, a pet, a friend? */
function notAPupil(ctx: DraftContext, t: Token): boolean {
  return NOT_A_PUPIL.test(ctx.text.slice(Math.max(0, t.start - 30), t.start));
}

/**
 * Children the draft names or singles out (detection.md §child-info). `tie` says whether the
 * draft is about work, or is sent to the family of the child named.
 */
export function findChildren(
  ctx: DraftContext,
  pack: CompiledPack,
  work: CueHit[],
  parentOf: Set<string>,
  parentTalk = false,
  settingNamed = false,
): ChildMention[] {
  const { words } = ctx;
  const out: ChildMention[] = [];
  const atSetting = findCues(AT_SETTING, ctx.text);
  const tied = settingNamed || work.length > 0 || atSetting.length > 0;
  for (let i = 0; i < words.length; i++) {
    let t = words[i]!;
    // "Ruby-Mae": a hyphenated first name is two words in the text.
    const joined = words[i + 1] && ctx.text[t.end] === '-' && words[i + 1]!.start === t.end + 1;
    if (joined && pack.people.byFirst.has(t.base + words[i + 1]!.base)) {
      const second = words[i + 1]!;
      t = {
        ...second,
        start: t.start,
        base: t.base + second.base,
        capital: t.capital,
        word: t.word + second.word,
      };
      i++;
    }
    const people = pack.people.byFirst.get(t.base)?.filter((p) => p.role === 'child') ?? [];
    let matched = false;
    for (const child of people) {
      const n =
        surnameAt(words, i + 1, child.last) ||
        (child.parts.length > 2 ? surnameAt(words, i + 2, child.last) && 2 : 0);
      if (n > 0) {
        const end = words[i + n]!.end;
        out.push({ start: t.start, end, text: child.full, kind: 'full', child });
        matched = true;
        break;
      }
    }
    if (matched || people.length === 0) continue;
    const next = words[i + 1];
    const initial =
      next && next.base.length === 1 && next.capital && people.some((p) => p.last.startsWith(next.base));
    if (!initial && !looksLikeName(ctx, words, i)) continue;
    if (notAPupil(ctx, t)) continue;
    const otherSurname =
      next &&
      next.capital &&
      !isSentenceStart(words, i + 1) &&
      !initial &&
      next.sentence === t.sentence &&
      !/^(?:i|and|&)$/.test(next.base) &&
      !CHILD_FIRST_NAMES.has(next.base) &&
      !pack.people.byFirst.has(next.base);
    if (otherSurname && !people.some((p) => p.last === next.base)) continue;
    const toFamily = parentTalk || people.some((p) => parentOf.has(p.full));
    const colleague = pack.people.staffFirst.has(t.base) && atSetting.length === 0;
    if ((tied && !colleague) || toFamily) {
      out.push({
        start: t.start,
        end: initial ? next.end : t.end,
        text: people[0]!.full,
        kind: 'first',
        child: people[0],
      });
    }
  }
  // Full names run together or tagged: "#ZainabHussain", "LeoDickinson".
  for (const r of findTerms(ctx.skeleton, pack.childNames)) {
    if (out.some((o) => o.start < r.end && r.start < o.end)) continue;
    const child = pack.people.children.find((c) => c.full === r.text);
    out.push({ start: r.start, end: r.end, text: r.text, kind: 'full', child });
  }
  out.push(...unlistedChildren(ctx, pack, atSetting, out));
  if (tied) out.push(...unnamedChildren(ctx), ...initialsOf(ctx, pack));
  return out;
}

/** "Is Millie staying for tea at club?": a first name placed at the setting, listed or not. */
function unlistedChildren(
  ctx: DraftContext,
  pack: CompiledPack,
  atSetting: CueHit[],
  found: ChildMention[],
): ChildMention[] {
  if (atSetting.length === 0) return [];
  const sentences = new Set(atSetting.map((c) => ctx.words.find((w) => w.end >= c.end)?.sentence));
  return ctx.words
    .filter(
      (t) =>
        t.capital &&
        CHILD_FIRST_NAMES.has(t.base) &&
        !pack.people.staffFirst.has(t.base) &&
        sentences.has(t.sentence),
    )
    .filter(
      (t) =>
        !found.some((f) => f.start === t.start) &&
        looksLikeName(ctx, ctx.words, ctx.words.indexOf(t)) &&
        !notAPupil(ctx, t),
    )
    .filter((t) => !pack.people.family.some((p) => p.first === t.base))
    .map((t) => ({ start: t.start, end: t.end, text: lettersOf(t.raw), kind: 'unlisted' as const }));
}

/** An unnamed child singled out by age, health, appearance or family circumstances. */
function unnamedChildren(ctx: DraftContext): ChildMention[] {
  const details = findCues(DETAIL, ctx.text);
  const out: ChildMention[] = [];
  for (const m of ctx.text.matchAll(REFERENT)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = ctx.text.slice(Math.max(0, start - 12), start);
    if (OWN_CHILD.test(before + m[0])) continue;
    const sentenceEnd = ctx.text.slice(end).search(/[.!?\n]/);
    const limit = sentenceEnd === -1 ? ctx.text.length : end + sentenceEnd;
    const sentenceStart = Math.max(ctx.text.lastIndexOf('.', start), ctx.text.lastIndexOf('\n', start), 0);
    // An age alone ("a 3 year old") does not single a child out; an age with a trait does.
    const detail = details.find(
      (d) => d.start >= sentenceStart && d.end <= limit && (d.end <= start || d.start >= end),
    );
    const keyChild = /^my key (?:child|kid|boy|girl)$/.test(m[0]) || /twins|triplets|siblings/.test(m[0]);
    if (!detail && !keyChild) continue;
    out.push({ start, end, text: m[0], kind: 'unnamed' });
    if (detail) out.push({ start: detail.start, end: detail.end, text: detail.text, kind: 'unnamed' });
  }
  return out;
}
