import { z } from 'zod';
import type { DraftContext } from '../context.ts';
import { draftFeatures } from './features.ts';
import { REPUTATION_WEIGHTS } from './reputation-weights.ts';

export const modelSchema = z.object({
  about: z.string(),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});
export type ReputationModel = z.infer<typeof modelSchema>;

export interface ModelVerdict {
  probability: number;
  /** The features that pushed hardest towards "reputation", to explain the finding. */
  because: string[];
}

/** Scores a draft with the shipped weights. Pure: the same draft always scores the same. */
export function scoreReputation(
  model: ReputationModel,
  ctx: DraftContext,
  roles: Map<string, string>,
): ModelVerdict {
  const contributions = draftFeatures(ctx, roles)
    .map((f) => [f, model.weights[f] ?? 0] as const)
    .filter(([, v]) => v !== 0);
  const z = model.bias + contributions.reduce((s, [, v]) => s + v, 0);
  const because = contributions
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([f]) => f);
  return { probability: 1 / (1 + Math.exp(-z)), because };
}

/** Above this probability a draft about work is flagged; chosen on drafts the model never trained on. */
export const MODEL_THRESHOLD = 0.9;

let shipped: ReputationModel | undefined;
/** The weights that ship with the extension, validated once on first use. */
export function shippedModel(): ReputationModel {
  shipped ??= modelSchema.parse(REPUTATION_WEIGHTS);
  return shipped;
}

/**
 * The model's second opinion on a draft about work that the phrase rules let through: the words
 * behind its verdict become the finding's spans, so the finding still says what it found.
 */
export function modelReputation(ctx: DraftContext, roles: Map<string, string>) {
  const verdict = scoreReputation(shippedModel(), ctx, roles);
  if (verdict.probability < MODEL_THRESHOLD) return undefined;
  const words = new Set(verdict.because.flatMap((f) => f.split(' ')));
  const spans = ctx.words.filter((w) => words.has(roles.get(w.base) ?? w.base));
  if (spans.length === 0) return undefined;
  return { spans, matched: [`reads as running the setting down (${verdict.because.join(', ')})`] };
}
