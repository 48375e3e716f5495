import type { FoldedRange } from './match-skeleton.ts';

/** What a detector found: ranges of the folded text and, in words, what matched. */
export interface Hit {
  spans: FoldedRange[];
  matched: string[];
}

export function hitOf(ranges: { start: number; end: number; text?: string }[]): Hit | undefined {
  if (ranges.length === 0) return undefined;
  return {
    spans: ranges.map(({ start, end }) => ({ start, end })),
    matched: ranges.map((r) => r.text ?? ''),
  };
}

export function mergeHits(...hits: (Hit | undefined)[]): Hit | undefined {
  const found = hits.filter((h): h is Hit => h !== undefined);
  if (found.length === 0) return undefined;
  return { spans: found.flatMap((h) => h.spans), matched: found.flatMap((h) => h.matched) };
}

/** The hit with only the spans that pass the test (and what each matched), or undefined if none. */
export function keepHit(hit: Hit, test: (span: FoldedRange, matched: string) => boolean): Hit | undefined {
  const kept = hit.spans.map((s, i) => ({ s, m: hit.matched[i] ?? '' })).filter(({ s, m }) => test(s, m));
  return kept.length > 0 ? { spans: kept.map((k) => k.s), matched: kept.map((k) => k.m) } : undefined;
}
