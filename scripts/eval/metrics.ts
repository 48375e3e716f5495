// Per-category confusion counts and precision/recall/F1 for the evaluation report.
import { CATEGORIES, type Category } from './data.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Scores extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number;
}
export type Tally = Record<Category, Counts>;

export function emptyTally(): Tally {
  return Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Tally;
}

/** Adds one draft's outcome; returns the categories it got wrong. */
export function addOutcome(tally: Tally, gold: ReadonlySet<Category>, predicted: ReadonlySet<Category>) {
  const wrong: { category: Category; kind: 'FP' | 'FN' }[] = [];
  for (const c of CATEGORIES) {
    const kind = gold.has(c) ? (predicted.has(c) ? 'tp' : 'fn') : predicted.has(c) ? 'fp' : null;
    if (kind === null) continue;
    tally[c][kind]++;
    if (kind !== 'tp') wrong.push({ category: c, kind: kind === 'fp' ? 'FP' : 'FN' });
  }
  return wrong;
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function score({ tp, fp, fn }: Counts): Scores {
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    support: tp + fn,
  };
}

export function scoreTally(tally: Tally): Record<Category | 'micro', Scores> {
  const micro = { tp: 0, fp: 0, fn: 0 };
  const rows = {} as Record<Category | 'micro', Scores>;
  for (const c of CATEGORIES) {
    rows[c] = score(tally[c]);
    micro.tp += tally[c].tp;
    micro.fp += tally[c].fp;
    micro.fn += tally[c].fn;
  }
  rows.micro = score(micro);
  return rows;
}

export const pct = (x: number | null) => (x === null ? '-' : (x * 100).toFixed(1));

export function formatTable(title: string, rows: Record<string, Scores>): string {
  const head = ['category', 'TP', 'FP', 'FN', 'prec%', 'rec%', 'F1%', 'support'];
  const body = Object.entries(rows).map(([name, s]) => [
    name,
    ...[s.tp, s.fp, s.fn].map(String),
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
    String(s.support),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const fmt = (r: string[]) =>
    r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [title, fmt(head), ...body.map(fmt)].join('\n');
}
