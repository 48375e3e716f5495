import type { DataSet } from 'obscenity';
import { collapse, lettersOf } from '../../text/skeleton.ts';
import type { DraftContext } from '../context.ts';

/**
 * Where a swear word could be. Running obscenity over a whole long draft costs far more than
 * running it over the few words that could hold one, so we find those words first: any word whose
 * letters (stand-ins read, stretching collapsed) hold the first letters of a listed word
 * (up to four) or the first two of "ass" ("ass"), or that sits next to a masking symbol ("f*ck").
 * A unit test checks on every labelled draft that this finds exactly what a full scan finds.
 */
export function swearCores(dataset: DataSet<{ originalWord: string }>, extraWords: string[]): RegExp {
  const words: string[] = [...extraWords];
  dataset.removePhrasesIf((p) => {
    if (p.metadata) words.push(p.metadata.originalWord);
    return false;
  });
  const cores = new Set<string>();
  // The first word of a phrase is enough: the window around it holds its neighbours.
  for (const w of words.map((w) => w.split(/\s+/)[0] ?? '')) {
    const letters = collapse(lettersOf(w));
    if (letters.length >= 3 || letters === 'as') cores.add(letters.slice(0, 4));
  }
  const parts = [...cores].map((c) => (c.length === 2 ? `^${c}` : c));
  return new RegExp(parts.join('|'));
}

const MASKED_NEIGHBOUR = /[*#%_?•·~.\-@$!]/;

export function candidateWindows(ctx: DraftContext, cores: RegExp): { start: number; end: number }[] {
  const words = ctx.words;
  const windows: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    const masked =
      MASKED_NEIGHBOUR.test(ctx.text[t.end] ?? '') || MASKED_NEIGHBOUR.test(ctx.text[t.start - 1] ?? '');
    if (!masked && !cores.test(t.collapsed)) continue;
    const start = words[i - 1]?.start ?? 0;
    const end = words[i + 1]?.end ?? ctx.text.length;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** Separates windows in the condensed text: no listed pattern can match across it. */
const SEPARATOR = ' ~ ';

export interface Condensed {
  text: string;
  /** Maps a range of the condensed text back to the folded text, or undefined if it crosses windows. */
  back(start: number, end: number): { start: number; end: number } | undefined;
}

/**
 * The windows joined into one string, so obscenity runs once: each of its calls has a fixed cost
 * (every pattern is tried), so one short call beats many tiny ones and one long one.
 */
export function condense(text: string, windows: { start: number; end: number }[]): Condensed {
  const offsets: number[] = [];
  let out = '';
  for (const w of windows) {
    if (out) out += SEPARATOR;
    offsets.push(out.length);
    out += text.slice(w.start, w.end);
  }
  return {
    text: out,
    back(start, end) {
      let i = offsets.length - 1;
      while (i > 0 && offsets[i]! > start) i--;
      const w = windows[i];
      const at = offsets[i];
      if (!w || at === undefined || end - at > w.end - w.start) return undefined;
      return { start: w.start + start - at, end: w.start + end - at };
    },
  };
}
