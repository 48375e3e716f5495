import type { Skeleton } from '../text/skeleton.ts';

export interface SkeletonTerm {
  /** Collapsed letters of the term (see `collapse`). */
  letters: string;
  /** Allow one typo (a letter missing, extra, changed or two swapped) for long terms. */
  fuzzy: boolean;
}

export interface FoldedRange {
  start: number;
  end: number;
}

/** Terms this long may be found inside a longer run of letters, as in "#welovemillhousenursery". */
const EMBED_MIN = 10;
const FUZZY_MIN = 7;

function editDistanceAtMost1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  if (a.length === b.length) {
    return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  }
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}

function toRange(skel: Skeleton, from: number, to: number): FoldedRange {
  return { start: skel.at[from]!, end: skel.last[to - 1]! + 1 };
}

/** Finds a term in the skeleton at word boundaries; exact first, then within one typo. */
export function findInSkeleton(skel: Skeleton, term: SkeletonTerm): FoldedRange[] {
  const { letters } = term;
  const out: FoldedRange[] = [];
  if (letters.length < 2) return out;
  const embed = letters.length >= EMBED_MIN;
  let from = skel.text.indexOf(letters);
  while (from !== -1) {
    const to = from + letters.length;
    if (embed || (skel.wordStart[from] && skel.wordEnd[to - 1]) || endsInPossessive(skel, from, to)) {
      out.push(toRange(skel, from, to));
    }
    from = skel.text.indexOf(letters, from + 1);
  }
  if (out.length > 0 || !term.fuzzy || letters.length < FUZZY_MIN) return out;
  for (let p = 0; p < skel.text.length; p++) {
    if (!skel.wordStart[p] || skel.text[p] !== letters[0]) continue;
    for (const len of [letters.length, letters.length - 1, letters.length + 1]) {
      const to = p + len;
      if (to > skel.text.length || !skel.wordEnd[to - 1]) continue;
      if (editDistanceAtMost1(skel.text.slice(p, to), letters)) {
        out.push(toRange(skel, p, to));
        break;
      }
    }
  }
  return out;
}

/** "Oakfield's" holds "oakfield" followed by the possessive s at the end of the word. */
function endsInPossessive(skel: Skeleton, from: number, to: number): boolean {
  return Boolean(skel.wordStart[from] && skel.text[to] === 's' && skel.wordEnd[to]);
}
