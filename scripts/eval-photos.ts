// Precision and recall of the photo checks on the labelled photo set (issue 6, "Evidence: Quality"):
//   npm run eval:photos [-- --rebuild] [--split tune|check] [--group location|words|people|uniform]
// Builds .cache/photo-set if it is missing (or with --rebuild), runs every image through the built
// extension's photo host (scripts/photos/photo-checker.ts), prints per-kind scores, the misses and
// any check that failed or timed out, and writes .cache/photo-set/results.json. It is a report, not
// a gate: it exits 0 whatever the scores, and 1 only when the checker cannot start.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDraft } from '../lib/engine/check-draft.ts';
import { rulePackSchema } from '../lib/pack/schema.ts';
import { buildPhotoSet, DEFAULT_SET_DIR, describeSet } from './photos/build-photo-set.ts';
import { readLabelSet, type Label } from './photos/labels.ts';
import { addImage, emptyTally, formatTable, pct, type Outcome, type Tally } from './photos/metrics.ts';
import type { PhotoChecker } from './photos/photo-checker.ts';

const { values } = parseArgs({
  options: {
    rebuild: { type: 'boolean' },
    split: { type: 'string' },
    group: { type: 'string' },
    set: { type: 'string' },
    extension: { type: 'string' },
  },
});
const dir = values.set ?? DEFAULT_SET_DIR;
if (values.split && values.split !== 'tune' && values.split !== 'check') {
  console.error('--split must be tune or check');
  process.exit(2);
}

if (values.rebuild || !existsSync(join(dir, 'labels.json'))) {
  console.error(`building the photo set in ${dir} …`);
  await buildPhotoSet(dir);
}
const set = readLabelSet(dir);
const images = set.images.filter(
  (l) => (!values.split || l.split === values.split) && (!values.group || l.group === values.group),
);
const packText = readFileSync(join(dir, set.pack), 'utf8');
const pack = rulePackSchema.parse(JSON.parse(packText));

let checker: PhotoChecker;
try {
  const { openPhotoChecker } = await import('./photos/photo-checker.ts');
  checker = await openPhotoChecker(values.extension ? { extensionDir: values.extension } : {});
} catch (error) {
  console.error(
    `The photo checker could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  console.error('It runs the built extension: run `npm run build` first, then `npm run eval:photos` again.');
  process.exit(1);
}

const all = emptyTally();
const byGroup = new Map<string, Tally>();
const held = emptyTally();
const results: object[] = [];
const problems: string[] = [];
const checkMs = new Map<string, number[]>();
const started = Date.now();
try {
  for (const [i, label] of images.entries()) {
    const t0 = Date.now();
    let outcome: Outcome;
    try {
      const bytes = new Uint8Array(readFileSync(join(dir, label.file)));
      outcome = { report: await checker.check(packText, { name: label.file, bytes }) };
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    }
    const ms = Date.now() - t0;
    for (const tally of [all, label.split === 'check' ? held : null, groupTally(label)]) {
      if (tally) addImage(tally, label, outcome);
    }
    if ('report' in outcome) {
      for (const c of outcome.report.checks) checkMs.set(c.kind, [...(checkMs.get(c.kind) ?? []), c.ms]);
      for (const c of outcome.report.checks.filter((c) => c.state !== 'done')) {
        problems.push(
          `${label.file}: ${c.kind} ${c.state} after ${c.ms} ms${c.problem ? ` (${c.problem})` : ''}`,
        );
      }
    }
    results.push({ ...label, ms, ...outcome });
    if ((i + 1) % 20 === 0) console.error(`  ${i + 1}/${images.length} checked`);
  }
} finally {
  await checker.close();
}
writeFileSync(join(dir, 'results.json'), JSON.stringify({ seed: set.seed, results }, null, 2) + '\n');

function groupTally(label: Label): Tally {
  let t = byGroup.get(label.group);
  if (!t) byGroup.set(label.group, (t = emptyTally()));
  return t;
}

/** For a text the checks missed: would the text engine have flagged the words actually drawn? */
function engineOnDrawnWords(label: Label | undefined): string {
  if (!label?.words) return '';
  const findings = checkDraft(pack, { platform: 'facebook', surface: 'post', text: label.words });
  return findings.length > 0
    ? ' [engine flags the drawn words: an OCR miss]'
    : ' [engine does not flag the drawn words]';
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
const labelOf = new Map(set.images.map((l) => [l.file, l]));
const out: string[] = [
  describeSet(set),
  '',
  `checked ${images.length} images in ${seconds} s${values.split ? ` (split ${values.split})` : ''}${values.group ? ` (group ${values.group})` : ''}`,
  '',
];
out.push(formatTable('All images', all.kinds), '');
if (!values.split)
  out.push(formatTable('Held-out half ("check" split: never used for tuning)', held.kinds), '');
const c = all.count;
out.push(
  `people count: exactly right on ${c.right} of ${c.total} photos where people were found (mean error ${c.total ? (c.absError / c.total).toFixed(2) : '-'})`,
);
const ch = all.child;
out.push(
  ch.positives > 0
    ? `child-likeness: ${ch.hits} of ${ch.positives} photos with children flagged; ${ch.falseAlarms} false alarms`
    : `child-likeness: not measured (no licensable child images); false "may be a child" on ${ch.falseAlarms} of ${ch.negatives} adult-only or empty photos (${pct(ch.negatives ? ch.falseAlarms / ch.negatives : null)}%)`,
);
for (const [group, t] of [...byGroup].sort()) {
  const own =
    group === 'words' ? 'text' : group === 'uniform' ? 'uniform' : group === 'people' ? 'people' : 'location';
  const k = t.kinds[own];
  out.push(`  ${group.padEnd(8)} group, its own check: TP ${k.tp} FP ${k.fp} FN ${k.fn} TN ${k.tn}`);
}
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
out.push(
  `time per check (median / 95th percentile, ms): ${[...checkMs].map(([k, xs]) => `${k} ${Math.round(quantile(xs, 0.5)!)} / ${Math.round(quantile(xs, 0.95)!)}`).join(', ')}`,
);
out.push('', `misses (${all.misses.length}):`);
for (const m of all.misses) {
  const label = labelOf.get(m.file);
  const why = m.kind === 'text' && m.expected !== 'nothing' ? engineOnDrawnWords(label) : '';
  out.push(`  ${m.kind.padEnd(8)} ${m.file}: expected ${m.expected}, found ${m.found}${why}`);
  if (m.kind !== 'count' && label) out.push(`           (${label.note})`);
}
out.push('', `checks that failed or timed out (${problems.length}):`, ...problems.map((p) => `  ${p}`));
out.push(
  '',
  `images the checker could not run (${all.errors.length}):`,
  ...all.errors.map((e) => `  ${e.file}: ${e.error}`),
);
out.push('', `results: ${join(dir, 'results.json')}`);
console.log(out.join('\n'));
