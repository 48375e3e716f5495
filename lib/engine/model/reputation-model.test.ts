import { describe, expect, it } from 'vitest';
import { makeContext } from '../context.ts';
import {
  MODEL_THRESHOLD,
  modelReputation,
  modelSchema,
  scoreReputation,
  shippedModel,
} from './reputation-model.ts';

const roles = new Map([['dawn', '<colleague>']]);
const ctx = (text: string) => makeContext({ platform: 'facebook', surface: 'post', text });

describe('scoreReputation', () => {
  it('adds the weights of the features present and explains with the strongest', () => {
    const model = modelSchema.parse({
      about: 'test',
      bias: -2,
      weights: { useless: 3, '<colleague>': 1, lovely: -2 },
    });
    const verdict = scoreReputation(model, ctx('Dawn is useless'), roles);
    expect(verdict.probability).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(verdict.because).toEqual(['useless', '<colleague>']);
    expect(scoreReputation(model, ctx('Dawn is lovely'), roles).probability).toBeLessThan(0.5);
  });

  it('refuses weights that are not a model', () => {
    expect(() => modelSchema.parse({ bias: 'high' })).toThrow();
  });
});

describe('the shipped model', () => {
  it('validates and scores the same draft the same way every time', () => {
    expect(Object.keys(shippedModel().weights).length).toBeGreaterThan(100);
    const a = scoreReputation(shippedModel(), ctx('the deputy is useless and never helps'), roles);
    const b = scoreReputation(shippedModel(), ctx('the deputy is useless and never helps'), roles);
    expect(a).toEqual(b);
  });

  it('flags a harsh remark about the place of work and points at the words behind it', () => {
    const text = 'honestly the management here are a joke, nobody listens and nothing ever gets fixed';
    const found = modelReputation(ctx(text), roles);
    expect(found).toBeDefined();
    expect(found!.spans.length).toBeGreaterThan(0);
    expect(found!.matched[0]).toMatch(/running the setting down/);
  });

  it('stays quiet on a happy day at work', () => {
    const verdict = scoreReputation(
      shippedModel(),
      ctx('Lovely day at work, the kids painted rainbows'),
      roles,
    );
    expect(verdict.probability).toBeLessThan(MODEL_THRESHOLD);
    expect(modelReputation(ctx('Lovely day at work, the kids painted rainbows'), roles)).toBeUndefined();
  });
});
