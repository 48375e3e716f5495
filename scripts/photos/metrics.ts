import type { PhotoReport } from '../../lib/photo/report.ts';
import type { Label } from './labels.ts';

// Scoring the photo checks against the labels: per kind, a confusion count and precision, recall
// and F1; for people also how often the count was right; for child-likeness only false alarms on
// photos known to hold no child (there are no labelled photos of children to measure recall on).

export const SCORED_KINDS = ['location', 'text', 'people', 'uniform'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** What the checker said about one image, or why it could not say. */
export type Outcome = { report: PhotoReport } | { error: string };

export interface Miss {
  file: string;
  kind: ScoredKind | 'count' | 'child';
  expected: string;
  found: string;
}

export interface Tally {
  kinds: Record<ScoredKind, Counts>;
  /** Photos with people where a count was given: how many counts were exactly right. */
  count: { right: number; total: number; absError: number };
  /** Child-likeness on photos labelled child=false (false alarms), and on child=true (hits). */
  child: { falseAlarms: number; negatives: number; hits: number; positives: number };
  misses: Miss[];
  /** Images the checker could not run at all. */
  errors: { file: string; error: string }[];
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function emptyTally(): Tally {
  return {
    kinds: { location: emptyCounts(), text: emptyCounts(), people: emptyCounts(), uniform: emptyCounts() },
    count: { right: 0, total: 0, absError: 0 },
    child: { falseAlarms: 0, negatives: 0, hits: 0, positives: 0 },
    misses: [],
    errors: [],
  };
}

/** The number of people the report gives ("This photo shows 3 people"), or 0 when it says nothing. */
export function peopleCount(report: PhotoReport): number {
  for (const f of report.findings) {
    if (f.kind !== 'people') continue;
    const m = /\bshows (\d+|one|a single) (?:person|people)\b/i.exec(f.message);
    if (m) return /^\d+$/.test(m[1]!) ? Number(m[1]) : 1;
  }
  // A people finding with no count in words still means someone was seen.
  return report.findings.some((f) => f.kind === 'people') ? 1 : 0;
}

export const saysChild = (report: PhotoReport) =>
  report.findings.some((f) => f.kind === 'people' && /may be (?:a )?child/i.test(f.message));

const found = (report: PhotoReport, kind: ScoredKind) => report.findings.filter((f) => f.kind === kind);

/** Adds one image: every labelled kind gets TP/FP/FN/TN; misses are recorded with what was found. */
export function addImage(tally: Tally, label: Pick<Label, 'file' | 'expect'>, outcome: Outcome): void {
  if ('error' in outcome) {
    tally.errors.push({ file: label.file, error: outcome.error });
    return;
  }
  const { report } = outcome;
  const gold: Record<ScoredKind, boolean | null> = {
    location: label.expect.location,
    text: label.expect.text,
    people: label.expect.people === null ? null : label.expect.people > 0,
    uniform: label.expect.uniform,
  };
  for (const kind of SCORED_KINDS) {
    const want = gold[kind];
    if (want === null) continue;
    const hits = found(report, kind);
    const got = hits.length > 0;
    const c = tally.kinds[kind];
    if (want && got) c.tp++;
    else if (want) c.fn++;
    else if (got) c.fp++;
    else c.tn++;
    if (want !== got) {
      tally.misses.push({
        file: label.file,
        kind,
        expected: want ? 'a finding' : 'nothing',
        found: got ? hits.map((h) => h.message).join(' | ') : 'nothing',
      });
    }
  }
  const people = label.expect.people;
  if (people !== null && people > 0 && found(report, 'people').length > 0) {
    const n = peopleCount(report);
    tally.count.total++;
    tally.count.absError += Math.abs(n - people);
    if (n === people) tally.count.right++;
    else tally.misses.push({ file: label.file, kind: 'count', expected: `${people} people`, found: `${n}` });
  }
  if (label.expect.child !== null) {
    const child = saysChild(report);
    if (label.expect.child) {
      tally.child.positives++;
      if (child) tally.child.hits++;
    } else {
      tally.child.negatives++;
      if (child) {
        tally.child.falseAlarms++;
        tally.misses.push({ file: label.file, kind: 'child', expected: 'no child', found: 'may be a child' });
      }
    }
  }
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function score({ tp, fp, fn, tn }: Counts): Scores {
  return {
    tp,
    fp,
    fn,
    tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

export const pct = (x: number | null) => (x === null ? '-' : (x * 100).toFixed(1));

export function formatTable(title: string, kinds: Record<ScoredKind, Counts>): string {
  const head = ['kind', 'TP', 'FP', 'FN', 'TN', 'prec%', 'rec%', 'F1%'];
  const body = SCORED_KINDS.map((k) => {
    const s = score(kinds[k]);
    return [k, ...[s.tp, s.fp, s.fn, s.tn].map(String), pct(s.precision), pct(s.recall), pct(s.f1)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const fmt = (r: string[]) =>
    r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [title, fmt(head), ...body.map(fmt)].join('\n');
}
