import type { DraftContext } from '../context.ts';

const EMOJI = /\p{Extended_Pictographic}/gu;

/**
 * Bag-of-words features of a draft for the reputation model: word bases, adjacent word pairs and
 * emoji. Names are replaced by placeholders so the model learns roles, not a roster.
 */
const cache = new WeakMap<DraftContext, string[]>();

export function draftFeatures(ctx: DraftContext, roles: Map<string, string>): string[] {
  // Up to three models score one draft; the features are worked out once.
  const known = cache.get(ctx);
  if (known) return known;
  const words = ctx.words.map((w) => roles.get(w.base) ?? w.base);
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(w);
    const next = words[i + 1];
    if (next !== undefined && ctx.words[i + 1]!.sentence === ctx.words[i]!.sentence) out.add(`${w} ${next}`);
  });
  for (const m of ctx.folded.original.matchAll(EMOJI)) out.add(m[0]);
  const features = [...out];
  cache.set(ctx, features);
  return features;
}
