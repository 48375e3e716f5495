import type { Skeleton } from '../text/skeleton.ts';
import type { FoldedRange } from './match-skeleton.ts';

export interface IndexedTerm {
  label: string;
  letters: string;
}

/** Terms keyed by their first two letters, so a pack with thousands of terms is scanned once. */
export interface TermIndex {
  byPrefix: Map<string, IndexedTerm[]>;
  size: number;
}

export function indexTerms(terms: IndexedTerm[]): TermIndex {
  const byPrefix = new Map<string, IndexedTerm[]>();
  for (const t of terms) {
    if (t.letters.length < 2) continue;
    const key = t.letters.slice(0, 2);
    const list = byPrefix.get(key) ?? [];
    list.push(t);
    byPrefix.set(key, list);
  }
  return { byPrefix, size: terms.length };
}

/** Every indexed term that starts at a word start and ends at a word end (or before a possessive s). */
export function findTerms(skel: Skeleton, index: TermIndex): (FoldedRange & { text: string })[] {
  const out: (FoldedRange & { text: string })[] = [];
  if (index.size === 0) return out;
  const text = skel.text;
  for (let p = 0; p + 1 < text.length; p++) {
    if (!skel.wordStart[p]) continue;
    const candidates = index.byPrefix.get(text.slice(p, p + 2));
    if (!candidates) continue;
    for (const t of candidates) {
      const to = p + t.letters.length;
      if (!text.startsWith(t.letters, p)) continue;
      const ends = skel.wordEnd[to - 1] || (text[to] === 's' && skel.wordEnd[to]);
      if (ends) out.push({ start: skel.at[p]!, end: skel.last[to - 1]! + 1, text: t.label });
    }
  }
  return out;
}
