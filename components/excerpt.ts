// Cuts short excerpts of a draft around flagged spans, for the warning dialog. Pure: no DOM, no React.

export interface ExcerptSegment {
  text: string;
  /** True for the flagged part of the draft (shown in a <mark>). */
  marked: boolean;
}
/** One excerpt: its segments in order; an unmarked "…" starts or ends it where draft text was left out. */
export type Excerpt = ExcerptSegment[];

interface Range {
  start: number;
  end: number;
}

const ELLIPSIS = '…';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether offset i falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
const isSpace = (text: string, i: number) => /\s/.test(text.charAt(i));

/** Spans clamped to the text, widened to whole code points, sorted, and merged where they overlap or touch. */
function normaliseSpans(text: string, spans: readonly Range[]): Range[] {
  const clamp = (n: number) => Math.min(text.length, Math.max(0, Math.trunc(n)));
  const ranges = spans
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => {
      const start = clamp(s.start);
      const end = clamp(s.end);
      return {
        start: splitsPair(text, start) ? start - 1 : start,
        end: splitsPair(text, end) ? end + 1 : end,
      };
    })
    .filter((r) => r.start < r.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * The window of context around one mark: up to `radius` UTF-16 units either side, cut back to a
 * word boundary where the context has one, and never between the halves of a surrogate pair.
 */
function windowAround(text: string, mark: Range, radius: number): Range {
  let start = Math.max(0, mark.start - radius);
  if (start > 0 && !isSpace(text, start - 1)) {
    let i = start;
    while (i < mark.start && !isSpace(text, i)) i++;
    if (i < mark.start) start = i;
  }
  while (start < mark.start && isSpace(text, start)) start++;
  if (splitsPair(text, start)) start++;

  let end = Math.min(text.length, mark.end + radius);
  if (end < text.length && !isSpace(text, end)) {
    let i = end;
    while (i > mark.end && !isSpace(text, i - 1)) i--;
    if (i > mark.end) end = i;
  }
  while (end > mark.end && isSpace(text, end - 1)) end--;
  if (splitsPair(text, end)) end--;
  return { start, end };
}

function push(segments: Excerpt, text: string, marked: boolean) {
  if (!text) return;
  const last = segments.at(-1);
  if (last && last.marked === marked) last.text += text;
  else segments.push({ text, marked });
}

/**
 * Excerpts of `text` around `spans` (UTF-16 offsets, end exclusive), at most `max` of them, in
 * draft order. Spans out of range are clamped, empty ones dropped, overlapping ones merged into
 * one mark, and excerpts whose windows overlap or touch are merged into one.
 */
export function buildExcerpts(text: string, spans: readonly Range[], radius: number, max = 3): Excerpt[] {
  const reach = Number.isFinite(radius) ? Math.max(0, Math.trunc(radius)) : 0;
  const marks = normaliseSpans(text, spans);
  const groups: { window: Range; marks: Range[] }[] = [];
  for (const mark of marks) {
    const window = windowAround(text, mark, reach);
    const last = groups.at(-1);
    if (last && window.start <= last.window.end) {
      last.window.end = Math.max(last.window.end, window.end);
      last.marks.push(mark);
    } else {
      if (groups.length === max) break;
      groups.push({ window, marks: [mark] });
    }
  }
  return groups.map(({ window, marks: inside }) => {
    const segments: Excerpt = [];
    if (/\S/.test(text.slice(0, window.start))) push(segments, ELLIPSIS, false);
    let at = window.start;
    for (const mark of inside) {
      push(segments, text.slice(at, mark.start), false);
      push(segments, text.slice(mark.start, mark.end), true);
      at = mark.end;
    }
    push(segments, text.slice(at, window.end), false);
    if (/\S/.test(text.slice(window.end))) push(segments, ELLIPSIS, false);
    return segments;
  });
}
