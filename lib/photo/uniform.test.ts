import { describe, expect, it } from 'vitest';
import { PACK, makePack } from '../../tests/builders.ts';
import type { DetectedFace } from './people.ts';
import { photoFindingSchema } from './report.ts';
import {
  UNIFORM_SHARE,
  UNIFORM_TOLERANCE,
  clothingRegion,
  uniformDistance,
  uniformFindings,
  uniformShare,
} from './uniform.ts';

import {
  FACE,
  SKIN,
  TEAL,
  houseLogo,
  rgb,
  rng,
  scene,
  type SceneOptions,
} from '../../tests/support/photo-scenes.ts';

const face: DetectedFace = { box: FACE, score: 0.95, age: 30 };
const teal = makePack({ photos: { uniformColours: [TEAL] } });

describe('clothingRegion', () => {
  it('sits under the face, about 1.8 face-widths wide and 2 face-heights tall', () => {
    const r = clothingRegion(FACE, { width: 360, height: 480 });
    expect(r.x + r.width / 2).toBeCloseTo(FACE.x + FACE.width / 2, 0);
    expect(r.width).toBeCloseTo(1.8 * FACE.width, 0);
    expect(r.y).toBeGreaterThan(FACE.y + FACE.height);
    expect(r.y).toBeLessThan(FACE.y + 1.5 * FACE.height);
    expect(r.height).toBeCloseTo(2 * FACE.height, 0);
  });

  it('is clipped to the image, and empty for a face at the bottom edge', () => {
    const r = clothingRegion({ x: -20, y: 300, width: 80, height: 96 }, { width: 360, height: 480 });
    expect(r.x).toBe(0);
    expect(r.y + r.height).toBe(480);
    const gone = clothingRegion({ x: 10, y: 440, width: 40, height: 40 }, { width: 360, height: 480 });
    expect(gone.height).toBe(0);
  });
});

describe('uniform colours', () => {
  it('a shaded, noisy shirt stays within tolerance of its colour; other garments do not', () => {
    for (const light of [0.5, 0.7, 1, 1.2]) {
      const [r, g, b] = rgb(TEAL).map((c) => Math.round(Math.min(255, c * light)));
      expect(uniformDistance(TEAL, r ?? 0, g ?? 0, b ?? 0)).toBeLessThanOrEqual(UNIFORM_TOLERANCE);
    }
    for (const [uniform, other] of [
      [TEAL, '#808080'],
      ['#1b2a4a', '#151515'],
      ['#2554c7', '#1b2a4a'],
      ['#1e4d2b', '#151515'],
      [TEAL, SKIN],
    ] as const) {
      expect(uniformDistance(uniform, ...rgb(other))).toBeGreaterThan(UNIFORM_TOLERANCE);
    }
  });

  it('measures most of a uniform top as uniform, and little of other clothes', () => {
    const region = clothingRegion(FACE, { width: 360, height: 480 });
    const share = (o: SceneOptions, colours = [TEAL]) => uniformShare(scene(o), region, colours);
    expect(share({ shirt: TEAL })).toBeGreaterThan(0.7);
    expect(share({ shirt: TEAL, light: [0.4, 1.2], noise: 20 })).toBeGreaterThan(0.5);
    expect(share({ shirt: '#808080' })).toBeLessThan(0.05);
    expect(share({ shirt: '#c8102e' })).toBeLessThan(0.05);
    expect(share({ shirt: '#151515' }, ['#1b2a4a'])).toBeLessThan(0.2);
    expect(share({ shirt: '#1b2a4a' }, ['#1b2a4a'])).toBeGreaterThan(0.7);
    // A teal background behind a person in grey only shows at the region's edges.
    expect(share({ shirt: '#808080', background: TEAL })).toBeLessThan(UNIFORM_SHARE);
    expect(share({ shirt: TEAL }, [])).toBe(0);
  });
});

describe('uniformFindings', () => {
  it('finds the uniform on a shaded, noisy shirt, with the clothing region as its box', () => {
    const image = scene({ shirt: TEAL });
    const findings = uniformFindings(teal, image, [face]);
    expect(findings).toHaveLength(1);
    expect(photoFindingSchema.parse(findings[0])).toEqual(findings[0]);
    expect(findings[0]).toMatchObject({
      kind: 'uniform',
      category: 'work-comment',
      severity: teal.rules['work-comment'].severity,
      clause: teal.rules['work-comment'].clause,
      box: clothingRegion(FACE, image),
    });
    expect(findings[0]?.message).toMatch(/^This may show the work uniform/);
  });

  it('any of several uniform colours counts, and an open cardigan over the top still does', () => {
    const pack = makePack({ photos: { uniformColours: ['#7b2d8e', TEAL] } });
    expect(uniformFindings(pack, scene({ shirt: TEAL, seed: 3 }), [face])).toHaveLength(1);
    const cardigan = scene({ shirt: TEAL, over: { colour: '#3b3b3b', share: 0.5 } });
    expect(uniformFindings(pack, cardigan, [face])).toHaveLength(1);
  });

  it('says nothing for other clothes, a uniform-coloured scarf, or striped clothes in another colour', () => {
    for (const o of [
      { shirt: '#808080' },
      { shirt: '#2a6f9e' },
      { shirt: '#f2f2f2', background: TEAL },
      { shirt: '#808080', over: { colour: TEAL, share: 0.8 } }, // the teal is only a narrow middle band
      { shirt: '#c8102e', stripes: '#f2f2f2' },
    ]) {
      expect(uniformFindings(teal, scene(o), [face])).toEqual([]);
    }
  });

  it('says nothing without colours or logo, with no faces, or when the work-comment rule is off', () => {
    const image = scene({ shirt: TEAL });
    expect(uniformFindings(PACK, image, [face])).toEqual([]);
    expect(uniformFindings(teal, image, [])).toEqual([]);
    const off = makePack({
      photos: { uniformColours: [TEAL] },
      rules: { 'work-comment': { severity: 'off' } },
    });
    expect(uniformFindings(off, image, [face])).toEqual([]);
  });

  it('a logo alone is enough: found on a shirt of any colour, at another size', () => {
    const logo = houseLogo();
    const printed = scene({ shirt: '#808080', print: { image: logo, x: 190, y: 205, width: 30 } });
    const withLogo = makePack({ photos: { uniformLogo: 'data:image/png;base64,AAAA' } });
    const [finding, ...rest] = uniformFindings(withLogo, printed, [face], logo);
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      "This may show the work uniform: the uniform's logo appears on the clothing.",
    );
    expect(uniformFindings(withLogo, scene({ shirt: '#808080' }), [face], logo)).toEqual([]);
    const both = uniformFindings(
      teal,
      scene({ shirt: TEAL, print: { image: logo, x: 150, y: 200, width: 40 } }),
      [face],
      logo,
    );
    expect(both[0]?.message).toMatch(/colours and shows its logo/);
  });

  it('checks a 1024-px photo of eight people, colours and logo, in well under 200 ms', () => {
    const width = 1024;
    const height = 768;
    const random = rng(5);
    const data = Uint8ClampedArray.from({ length: width * height * 4 }, () => random() * 256);
    const faces = Array.from({ length: 8 }, (_, k) => ({
      box: { x: 40 + k * 120, y: 100 + (k % 2) * 60, width: 90, height: 110 },
      score: 0.9,
    }));
    const pack = makePack({ photos: { uniformColours: [TEAL, '#f2f2f2'] } });
    // The best of three runs, so a busy test machine does not fail it.
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      uniformFindings(pack, { width, height, data }, faces, houseLogo());
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(200);
  });

  it('judges each person on their own clothes', () => {
    const image = scene({ shirt: TEAL });
    const elsewhere: DetectedFace = { box: { x: 10, y: 10, width: 40, height: 48 }, score: 0.8 };
    const findings = uniformFindings(teal, image, [elsewhere, face]);
    expect(findings.map((f) => f.box)).toEqual([clothingRegion(FACE, image)]);
  });
});
