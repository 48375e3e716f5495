import { CONFUSABLES, INVISIBLE } from './confusables.ts';

/**
 * A folded view of a draft: lower-case ASCII-ish text with disguises undone, plus, for every
 * folded character, the original UTF-16 range it came from. Matching runs on `text`; findings are
 * reported through `starts`/`ends` so highlights land on what the person actually typed.
 */
export interface FoldedText {
  original: string;
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

const MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (INVISIBLE.test(ch)) out = '';
  else {
    const direct = CONFUSABLES.get(ch);
    if (direct !== undefined) out = direct;
    else {
      const decomposed = ch.normalize('NFKD').replace(MARKS, '');
      out = [...decomposed]
        .map((c) => CONFUSABLES.get(c) ?? c)
        .join('')
        .toLowerCase();
      // A decomposition into several letters of another script is still that script; keep it whole.
      if (out.length === 0 && decomposed.length > 0) out = ch.toLowerCase();
    }
  }
  if (foldCache.size < 4096) foldCache.set(ch, out);
  return out;
}

const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII = /[^\x00-\x7f]/g;

export function foldText(original: string): FoldedText {
  if (ASCII.test(original)) {
    // The common case: nothing to undo but case, and offsets map one to one.
    const starts = new Int32Array(original.length);
    const ends = new Int32Array(original.length);
    for (let i = 0; i < original.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { original, text: original.toLowerCase(), starts, ends };
  }
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    // Runs of plain ASCII (most of any draft) are lower-cased whole; only the rest goes char by char.
    NON_ASCII.lastIndex = i;
    const next = NON_ASCII.exec(original);
    const stop = next ? next.index : original.length;
    if (stop > i) {
      parts.push(original.slice(i, stop).toLowerCase());
      for (let k = i; k < stop; k++) {
        starts.push(k);
        ends.push(k + 1);
      }
      i = stop;
      continue;
    }
    const ch = String.fromCodePoint(original.codePointAt(i)!);
    const end = i + ch.length;
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    parts.push(folded);
    i = end;
  }
  return { original, text: parts.join(''), starts, ends };
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start)
    return {
      start: folded.starts[start] ?? folded.original.length,
      end: folded.starts[start] ?? folded.original.length,
    };
  return { start: folded.starts[start] ?? 0, end: folded.ends[end - 1] ?? folded.original.length };
}

/** The first folded index that comes from original index `at` or later. */
export function toFolded(folded: FoldedText, at: number): number {
  let lo = 0;
  let hi = folded.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
