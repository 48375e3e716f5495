import {
  DataSet,
  RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
} from 'obscenity';
import type { DraftContext } from '../context.ts';
import { cueRegex, findCues } from '../cues.ts';
import { hitOf, type Hit } from '../hit.ts';
import { ADDED, DROPPED, FOUL_PHRASES, MASKABLE, STRETCHED_START, WHITELIST } from '../lexicon/profanity.ts';
import { LEET, MASKS } from '../../text/leet.ts';
import { candidateWindows, condense, swearCores } from './swear-windows.ts';

type Meta = { originalWord: string };

function buildMatcher(): { matcher: RegExpMatcher; dataset: DataSet<Meta>; cores: RegExp } {
  const dataset = new DataSet<Meta>().addAll(englishDataset);
  dataset.removePhrasesIf((p) => DROPPED.has(p.metadata?.originalWord ?? ''));
  for (const added of ADDED) {
    dataset.addPhrase((p) => {
      let phrase = p.setMetadata({ originalWord: added.word });
      for (const src of added.patterns) phrase = phrase.addPattern(parseRawPattern(src));
      for (const w of added.whitelist ?? []) phrase = phrase.addWhitelistedTerm(w);
      return phrase;
    });
  }
  const built = dataset.build();
  // Whitelisted terms cover any match inside them, whichever phrase it came from.
  built.whitelistedTerms = [...(built.whitelistedTerms ?? []), ...WHITELIST];
  const cores = swearCores(
    dataset,
    ADDED.flatMap((a) => [a.word, ...a.patterns]),
  );
  return { matcher: new RegExpMatcher({ ...built, ...englishRecommendedTransformers }), dataset, cores };
}

let built: { matcher: RegExpMatcher; dataset: DataSet<Meta>; cores: RegExp } | undefined;
const getMatcher = () => (built ??= buildMatcher());

const PHRASES = cueRegex(FOUL_PHRASES);

/** The folded text with stand-ins inside words read as letters, one for one ("pr1ck" → "prick"). */
function readLeet(text: string): string {
  return text.replace(/(?<=[a-z])[013457@$!](?=[a-z0-9@$!]*[a-z])/g, (c) => LEET[c] ?? c);
}
// A run of letters and mask characters starting with a letter; it counts only if it holds a mask.
// (One greedy class, tested afterwards, keeps the scan linear: `[a-z][..]*[mask][..]*` backtracked
// quadratically on a long run of letters such as "aaaa…", freezing a check for seconds.)
const MASKED = /[a-z][a-z*#%_.\-?•·~@$!]*/g;
const MASK_CHAR = /[*#%_?•·~]/;
const maskable = MASKABLE.map((w) => ({ w, len: w.length }));

function swapAdjacent(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}
const TRANSPOSED = new Set(
  ['fuck', 'fucking', 'shit', 'cunt', 'twat', 'wanker', 'bastard', 'bitch', 'bollocks'].flatMap(swapAdjacent),
);
for (const w of ['fuck', 'shit', 'cunt', 'twat', 'wanker', 'bastard', 'bitch', 'bollocks'])
  TRANSPOSED.delete(w);

/** "f**k", "sh!t" with a mask: the visible letters must line up with one swear word. */
function maskedHits(ctx: DraftContext): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of ctx.text.matchAll(MASKED)) {
    if (!MASK_CHAR.test(m[0])) continue;
    // Trailing dots, dashes and question marks are punctuation (trimmed by hand: `/[.\-?]+$/`
    // rescans the rest of the token from every dot, quadratic on "a*....").
    let end = m[0].length;
    while (end > 0 && '.-?'.includes(m[0].charAt(end - 1))) end--;
    const token = m[0].slice(0, end);
    const letters = [...token].filter((c) => c >= 'a' && c <= 'z').length;
    if (letters < 2 || token.includes('-word')) continue;
    // The token may carry more after the swear word: "sh*tshow", "sh*t-faced".
    const hit = maskable.find(({ w, len }) => {
      const head = token.slice(0, len);
      if (head.length < len || !/[^a-z]/.test(head)) return false;
      const re = new RegExp(
        `^${[...head].map((c) => (c >= 'a' && c <= 'z' ? c : MASKS.has(c) || c === '*' ? '[a-z]' : '[a-z]?')).join('')}$`,
      );
      return re.test(w) && (head.length === token.length || /^[a-z-]/.test(token.slice(len)));
    });
    if (hit) out.push({ start: m.index, end: m.index + token.length, text: hit.w });
  }
  return out;
}

/** Swearing, slurs and crude sexual phrasing in every disguise (detection.md §foul-language). */
/** Drops matches inside a word that is a name in the pack (a surname, a street, a place). */
function outsideNames(ctx: DraftContext, names: Set<string>, r: { start: number; end: number }): boolean {
  if (names.size === 0) return true;
  // Words are in order: find the last one starting at or before the match (binary search).
  let lo = 0;
  let hi = ctx.words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.words[mid]!.start <= r.start) lo = mid;
    else hi = mid - 1;
  }
  const w = ctx.words[lo];
  return !(
    w &&
    w.start <= r.start &&
    r.end <= w.end &&
    names.has(w.base) &&
    w.end - w.start > r.end - r.start
  );
}

export function detectFoulLanguage(
  ctx: DraftContext,
  names: Set<string> = new Set(),
  fullScan = false,
): Hit | undefined {
  const { matcher: m, dataset: d, cores } = getMatcher();
  const ranges: { start: number; end: number; text: string }[] = [];
  const windows = fullScan ? [{ start: 0, end: ctx.text.length }] : candidateWindows(ctx, cores);
  const condensed = condense(ctx.text, windows);
  for (const match of condensed.text ? m.getAllMatches(condensed.text, true) : []) {
    const range = condensed.back(match.startIndex, match.endIndex + 1);
    const word = d.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '';
    if (range) ranges.push({ ...range, text: word });
  }
  for (const t of ctx.tokens) {
    if (t.joined) {
      const inner = m.getAllMatches(t.word, true);
      if (inner.length > 0) ranges.push({ start: t.start, end: t.end, text: t.word });
    } else if (TRANSPOSED.has(t.base)) ranges.push({ start: t.start, end: t.end, text: t.base });
    else if (t.base.length >= t.collapsed.length + 2 && STRETCHED_START.test(t.collapsed)) {
      ranges.push({ start: t.start, end: t.end, text: t.base });
    }
  }
  ranges.push(...maskedHits(ctx), ...findCues(PHRASES, readLeet(ctx.text)));
  return hitOf(ranges.filter((r) => outsideNames(ctx, names, r)));
}
