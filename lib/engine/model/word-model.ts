import { z } from 'zod';
import type { DraftContext } from '../context.ts';
import type { Hit } from '../hit.ts';
import { draftFeatures } from './features.ts';
import { WEIGHTS as CHILD_INFO } from './weights-child-info.ts';
import { WEIGHTS as REPUTATION } from './weights-reputation.ts';
import { WEIGHTS as WORK_COMMENT } from './weights-work-comment.ts';

export const modelSchema = z.object({
  about: z.string(),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});
export type WordModel = z.infer<typeof modelSchema>;

export interface ModelVerdict {
  probability: number;
  /** The features that pushed hardest towards the category, to explain the finding. */
  because: string[];
}

/** Scores a draft with a model's weights. Pure: the same draft always scores the same. */
export function scoreDraft(model: WordModel, ctx: DraftContext, roles: Map<string, string>): ModelVerdict {
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

/** Above this probability a model speaks; chosen on drafts the models never trained on (README). */
export const MODEL_THRESHOLD = 0.9;

/** The categories with a shipped model, and how a finding from it reads. */
const SHIPPED = {
  'work-comment': { weights: WORK_COMMENT, reads: 'reads as a comment on work' },
  'child-info': { weights: CHILD_INFO, reads: 'reads as about a child at the setting' },
  reputation: { weights: REPUTATION, reads: 'reads as running the setting down' },
} as const;
export type ModelCategory = keyof typeof SHIPPED;

const parsed = new Map<ModelCategory, WordModel>();
/** The weights that ship with the extension, validated once on first use. */
export function shippedModel(category: ModelCategory): WordModel {
  let model = parsed.get(category);
  if (!model) {
    model = modelSchema.parse(SHIPPED[category].weights);
    parsed.set(category, model);
  }
  return model;
}

/**
 * A model's second opinion on a draft the phrase rules let through: the words behind its verdict
 * become the finding's spans, so the finding still says what it found.
 */
export function modelOpinion(
  category: ModelCategory,
  ctx: DraftContext,
  roles: Map<string, string>,
): Hit | undefined {
  const verdict = scoreDraft(shippedModel(category), ctx, roles);
  if (verdict.probability < MODEL_THRESHOLD) return undefined;
  const words = new Set(verdict.because.flatMap((f) => f.split(' ')));
  const spans = ctx.words.filter((w) => words.has(roles.get(w.base) ?? w.base));
  if (spans.length === 0) return undefined;
  return { spans, matched: [`${SHIPPED[category].reads} (${verdict.because.join(', ')})`] };
}
