import { describe, expect, it } from 'vitest';
import { makeContext } from '../context.ts';
import { MODEL_THRESHOLD, modelOpinion, modelSchema, scoreDraft, shippedModel } from './word-model.ts';

const roles = new Map([['dawn', '<colleague>']]);
const ctx = (text: string) => makeContext({ platform: 'facebook', surface: 'post', text });

describe('scoreDraft', () => {
  it('adds the weights of the features present and explains with the strongest', () => {
    const model = modelSchema.parse({
      about: 'test',
      bias: -2,
      weights: { useless: 3, '<colleague>': 1, lovely: -2 },
    });
    const verdict = scoreDraft(model, ctx('Dawn is useless'), roles);
    expect(verdict.probability).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(verdict.because).toEqual(['useless', '<colleague>']);
    expect(scoreDraft(model, ctx('Dawn is lovely'), roles).probability).toBeLessThan(0.5);
  });

  it('refuses weights that are not a model', () => {
    expect(() => modelSchema.parse({ bias: 'high' })).toThrow();
  });
});

describe('the shipped reputation model', () => {
  it('validates and scores the same draft the same way every time', () => {
    expect(Object.keys(shippedModel('reputation').weights).length).toBeGreaterThan(100);
    const a = scoreDraft(shippedModel('reputation'), ctx('the deputy is useless and never helps'), roles);
    const b = scoreDraft(shippedModel('reputation'), ctx('the deputy is useless and never helps'), roles);
    expect(a).toEqual(b);
  });

  it('flags a harsh remark about the place of work and points at the words behind it', () => {
    const text = 'honestly the management here are a joke, nobody listens and nothing ever gets fixed';
    const found = modelOpinion('reputation', ctx(text), roles);
    expect(found).toBeDefined();
    expect(found!.spans.length).toBeGreaterThan(0);
    expect(found!.matched[0]).toMatch(/running the setting down/);
  });

  it('stays quiet on a happy day at work', () => {
    const verdict = scoreDraft(
      shippedModel('reputation'),
      ctx('Lovely day at work, the kids painted rainbows'),
      roles,
    );
    expect(verdict.probability).toBeLessThan(MODEL_THRESHOLD);
    expect(
      modelOpinion('reputation', ctx('Lovely day at work, the kids painted rainbows'), roles),
    ).toBeUndefined();
  });
});
