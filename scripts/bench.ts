// npm run bench: check times for drafts of three lengths, default and large packs, plus compile time.
import { performance } from 'node:perf_hooks';
import { checkDraft } from '../lib/engine/check-draft.ts';
import { compilePack } from '../lib/engine/compile.ts';
import { defaultPack } from '../lib/pack/default-pack.ts';
import type { Draft, RulePack } from '../lib/pack/schema.ts';
import { largePack, sampleText } from './bench/fixtures.ts';

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function time(fn: () => void, runs: number): { p50: number; p99: number; max: number } {
  for (let i = 0; i < Math.min(50, runs); i++) fn(); // warm up the JIT and the pack cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), max: samples[samples.length - 1]! };
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const packs: [string, RulePack][] = [
  ['default', defaultPack],
  ['large', largePack()],
];
console.log(`Node ${process.version}, ${process.arch}; times per checkDraft call`);
console.log('pack     chars   runs   p50         p99         max');
for (const [name, pack] of packs) {
  for (const chars of [280, 2000, 20000]) {
    const runs = chars >= 20000 ? 200 : 1000;
    // A fresh text per run so no cache of ours can flatter the figure.
    const texts = Array.from({ length: 64 }, (_, i) => sampleText(chars, i));
    let i = 0;
    const r = time(() => {
      const draft: Draft = { platform: 'facebook', surface: 'post', text: texts[i++ % texts.length]! };
      checkDraft(pack, draft);
    }, runs);
    console.log(
      `${name.padEnd(8)} ${String(chars).padStart(6)} ${String(runs).padStart(6)}   ${fmt(r.p50).padEnd(11)} ${fmt(r.p99).padEnd(11)} ${fmt(r.max)}`,
    );
  }
}
for (const [name, pack] of packs) {
  const r = time(() => compilePack(structuredClone(pack)), 50);
  console.log(`compile ${name} pack: p50 ${fmt(r.p50)}, p99 ${fmt(r.p99)}`);
}
