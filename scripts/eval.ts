// Scores the detection engine against the labelled drafts in tests/eval (see tests/eval/README.md).
// Usage: npm run eval -- [--errors=N] [--json] [--set=eval|holdout|holdout2|train-a..train-d] [--half=odd|even]
// --set=holdout scores the held-out drafts in tests/holdout, written separately and never used for tuning.
// Exit 0 whatever the scores; exit 2 when the data (or the options) are malformed.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPackFromProfile } from '../lib/pack/build-pack.ts';
import { checkDraft } from '../lib/engine/check-draft.ts';
import { DataError, inHalf, isCategory, loadEvalSets, type Category, type EvalSet } from './eval/data.ts';
import { addOutcome, emptyTally, formatTable, pct, scoreTally, type Tally } from './eval/metrics.ts';

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        errors: { type: 'string' },
        json: { type: 'boolean' },
        set: { type: 'string' },
        half: { type: 'string' },
      },
    });
    const set = values.set ?? 'eval';
    if (!['eval', 'holdout', 'holdout2', 'train-a', 'train-b', 'train-c', 'train-d'].includes(set))
      throw new Error(`--set is eval, holdout, holdout2 or train-a to train-d, got "${set}"`);
    const half = values.half;
    if (half !== undefined && half !== 'odd' && half !== 'even')
      throw new Error(`--half is odd or even, got "${half}"`);
    const cap = values.errors === undefined ? Infinity : Number(values.errors);
    if (!Number.isInteger(cap) && cap !== Infinity)
      throw new Error(`--errors wants a whole number, got "${values.errors}"`);
    if (cap < 0) throw new Error('--errors must not be negative');
    return { cap, json: values.json ?? false, half, root: join(import.meta.dirname, '..', 'tests', set) };
  } catch (e) {
    return fail(
      `${(e as Error).message}\nusage: npm run eval -- [--errors=N] [--json] [--set=eval|holdout|holdout2|train-a..train-d] [--half=odd|even]`,
    );
  }
}

interface ErrorRow {
  id: string;
  category: Category;
  kind: 'FP' | 'FN';
  hard: boolean;
  text: string;
}

function run(sets: EvalSet[], ROOT: string) {
  const all = emptyTally();
  const hard = emptyTally();
  const perSet: Record<string, Tally> = {};
  const errors: ErrorRow[] = [];
  const unknown = new Set<string>();
  let drafts = 0;
  const started = performance.now();
  for (const set of sets) {
    let pack: ReturnType<typeof buildPackFromProfile>;
    try {
      pack = buildPackFromProfile(set.profile);
    } catch (e) {
      return fail(
        `${join(ROOT, 'profiles', set.name)}.json was rejected by buildPackFromProfile: ${(e as Error).message}`,
      );
    }
    const tally = (perSet[set.name] = emptyTally());
    for (const d of set.drafts) {
      const findings = checkDraft(pack, {
        platform: d.platform,
        surface: d.surface,
        text: d.text,
        ...(d.recipient === null ? {} : { recipient: d.recipient }),
      });
      const predicted = new Set<Category>();
      for (const f of findings) {
        const category: string = f.category;
        if (isCategory(category)) predicted.add(category);
        else unknown.add(category);
      }
      const gold = new Set<Category>(d.labels);
      addOutcome(tally, gold, predicted);
      if (d.hard) addOutcome(hard, gold, predicted);
      for (const w of addOutcome(all, gold, predicted))
        errors.push({ id: d.id, ...w, hard: d.hard, text: d.text });
      drafts++;
    }
  }
  const ms = performance.now() - started;
  return { all, hard, perSet, errors, unknown: [...unknown], drafts, ms };
}

function main() {
  const { cap, json, half, root: ROOT } = options();
  let loaded: ReturnType<typeof loadEvalSets>;
  try {
    loaded = loadEvalSets(ROOT);
  } catch (e) {
    if (e instanceof DataError) fail(e.message);
    throw e;
  }
  const { skipped } = loaded;
  // --half splits a set by the number in each id: the odd half for looking at mistakes, the even
  // half kept unseen so that its scores stay an honest measure (README, "Detection quality").
  const sets = loaded.sets.map((s) => ({ ...s, drafts: s.drafts.filter((d) => inHalf(d.id, half)) }));
  if (sets.length === 0) fail(`no profile in ${ROOT}/profiles has a matching drafts file`);
  const r = run(sets, ROOT);
  const hardCount = sets.reduce((n, s) => n + s.drafts.filter((d) => d.hard).length, 0);
  const shown = r.errors.slice(0, cap);

  if (json) {
    const scopes = { all: scoreTally(r.all), hard: scoreTally(r.hard) };
    const profiles = Object.fromEntries(Object.entries(r.perSet).map(([k, t]) => [k, scoreTally(t)]));
    const { drafts, errors, unknown } = r;
    const out = { drafts, hardDrafts: hardCount, ms: Math.round(r.ms), scopes, profiles };
    const errorList = { errorCount: errors.length, errors: shown, unknownCategories: unknown };
    console.log(JSON.stringify({ ...out, ...errorList }, null, 2));
    return;
  }

  const names = sets.map((s) => `${s.name} (${s.drafts.length})`).join(', ');
  console.log(`Eval set: ${names}${skipped.length ? `; no drafts for: ${skipped.join(', ')}` : ''}`);
  console.log(`${r.drafts} drafts in ${r.ms.toFixed(0)} ms (${(r.ms / r.drafts).toFixed(2)} ms/draft)\n`);
  console.log(formatTable(`All drafts (${r.drafts})`, scoreTally(r.all)) + '\n');
  console.log(formatTable(`Hard subset (${hardCount})`, scoreTally(r.hard)) + '\n');
  for (const [name, tally] of Object.entries(r.perSet)) {
    const m = scoreTally(tally).micro;
    console.log(`${name}: micro precision ${pct(m.precision)}%  recall ${pct(m.recall)}%  F1 ${pct(m.f1)}%`);
  }
  if (r.unknown.length)
    console.log(`\nWarning: findings with unknown categories ignored: ${r.unknown.join(', ')}`);
  console.log(
    `\nErrors: ${r.errors.length}${shown.length < r.errors.length ? ` (showing ${shown.length})` : ''}`,
  );
  for (const e of shown) {
    const text = e.text.replace(/\s+/g, ' ');
    const cut = [...text].length > 100 ? [...text].slice(0, 99).join('') + '…' : text;
    console.log(`${e.id.padEnd(8)} ${e.kind} ${e.category.padEnd(14)} ${e.hard ? 'hard' : '    '}  ${cut}`);
  }
}

main();
