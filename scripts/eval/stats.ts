// Prints the make-up of the labelled evaluation set as Markdown (pasted into tests/eval/README.md).
// Usage: npx tsx scripts/eval/stats.ts
import { join } from 'node:path';
import { CATEGORIES, loadEvalSets, type Draft } from './data.ts';

const { sets } = loadEvalSets(join(import.meta.dirname, '..', '..', 'tests', 'eval'));
const all = sets.flatMap((s) => s.drafts);
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(0)}%`;

for (const { name, drafts } of [...sets, { name: 'total', drafts: all }]) {
  const hard = drafts.filter((d) => d.hard).length;
  const clean = drafts.filter((d) => d.labels.length === 0).length;
  console.log(
    `- ${name}: ${drafts.length} drafts, ${hard} hard (${pct(hard, drafts.length)}), ${clean} clean (${pct(clean, drafts.length)})`,
  );
}
console.log();

type Row = readonly [label: string, test: (d: Draft) => boolean];
const groups: Record<string, Row[]> = {
  category: [
    ...CATEGORIES.map((c): Row => [c, (d) => d.labels.includes(c)]),
    ['(clean)', (d) => d.labels.length === 0],
  ],
  platform: (['facebook', 'instagram', 'x'] as const).map((p): Row => [p, (d) => d.platform === p]),
  surface: (['post', 'comment', 'reply', 'caption', 'dm'] as const).map((k): Row => [
    k,
    (d) => d.surface === k,
  ]),
};
for (const [title, rows] of Object.entries(groups)) {
  console.log(`| ${title} | ${sets.map((s) => s.name).join(' | ')} | total | of which hard |`);
  console.log(`| --- |${' ---: |'.repeat(sets.length + 2)}`);
  for (const [label, test] of rows) {
    const per = sets.map((s) => s.drafts.filter(test).length);
    const total = all.filter(test);
    console.log(
      `| ${label} | ${per.join(' | ')} | ${total.length} | ${total.filter((d) => d.hard).length} |`,
    );
  }
  console.log();
}
