import type { FoldedRange } from './match-skeleton.ts';

export interface CueHit extends FoldedRange {
  text: string;
}

/** The top-level alternatives of a pattern source (a `|` inside brackets or a class does not split). */
function topLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, source.slice(from)];
}

/** Joins phrase patterns (written for the folded, lower-case text) into one global regex. */
export function cueRegex(sources: readonly string[]): RegExp {
  // Alternatives that begin at a word boundary are grouped behind one leading \b, so the engine tries
  // them only where a word starts instead of at every character: several times faster.
  const parts = sources.flatMap(topLevel);
  const atWord = parts.filter((s) => s.startsWith('\\b'));
  const rest = parts.filter((s) => !s.startsWith('\\b'));
  const grouped = atWord.length > 0 ? [`\\b(?:${atWord.map((s) => `(?:${s.slice(2)})`).join('|')})`] : [];
  return new RegExp([...grouped, ...rest.map((s) => `(?:${s})`)].join('|'), 'g');
}

export function findCues(re: RegExp, text: string): CueHit[] {
  const out: CueHit[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Clause boundaries: sentence ends, line breaks, semicolons, and "but" that turns a sentence. */
const CLAUSE = /[.!?\n;]+|,|\bbut\b|\bthen\b|\bwhereas\b/g;

/** Start offsets of the clauses of a folded text, ascending. */
export function clauseStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(CLAUSE)) starts.push(m.index + m[0].length);
  return starts;
}

export function clauseOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const SENTENCE = /[.!?\n]+/g;

export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE)) starts.push(m.index + m[0].length);
  return starts;
}
