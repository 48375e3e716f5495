import { describe, expect, it } from 'vitest';
import { PACK, makePack } from '../../tests/builders.ts';
import type { DetectedFace } from './people.ts';
import { photoFindingSchema, type Box } from './report.ts';
import {
  UNIFORM_SHARE,
  UNIFORM_TOLERANCE,
  clothingRegion,
  uniformDistance,
  uniformFindings,
  uniformShare,
  type RgbaImage,
} from './uniform.ts';

// Synthetic photos: a person (face, neck, torso) on a background. The torso is shaded like a
// rounded body lit from one side, with a darker fold, and every pixel carries seeded noise.

const TEAL = '#1f8a8a';
const SKIN = '#e0ac8a';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

interface SceneOptions {
  shirt: string;
  background?: string;
  /** Darkest and brightest light on the shirt (factors on its colour). */
  light?: [number, number];
  noise?: number;
  seed?: number;
  /** A second garment colour over the middle of the torso (an open cardigan), as a share of its width. */
  over?: { colour: string; share: number };
  /** Horizontal stripes of this colour every 8 px. */
  stripes?: string;
  /** A picture printed on the chest, at this width, its top-left corner at (x, y). */
  print?: { image: RgbaImage; x: number; y: number; width: number };
}

const FACE: Box = { x: 140, y: 60, width: 80, height: 96 };

/** A 360×480 portrait: face at FACE, torso from just below it to the bottom edge. */
function scene(o: SceneOptions): RgbaImage {
  const width = 360;
  const height = 480;
  const data = new Uint8ClampedArray(width * height * 4);
  const random = rng(o.seed ?? 7);
  const noise = o.noise ?? 12;
  const [lo, hi] = o.light ?? [0.55, 1.1];
  const torso = { x0: 118, x1: 242, y0: 176 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let colour = rgb(o.background ?? '#c8b89a');
      let light = 1;
      const inFace =
        ((x - (FACE.x + FACE.width / 2)) / (FACE.width / 2)) ** 2 +
          ((y - (FACE.y + FACE.height / 2)) / (FACE.height / 2)) ** 2 <=
        1;
      if (inFace || (y >= FACE.y + FACE.height - 10 && y < torso.y0 && Math.abs(x - 180) < 18))
        colour = rgb(SKIN);
      else if (y >= torso.y0 && x >= torso.x0 && x < torso.x1) {
        const across = (x - torso.x0) / (torso.x1 - torso.x0);
        light = lo + (hi - lo) * Math.sin(Math.PI * across) ** 0.7;
        if (Math.abs(y - 330 - 0.3 * (x - 180)) < 6) light *= 0.8; // a fold
        colour = rgb(o.shirt);
        if (o.over && Math.abs(across - 0.5) > o.over.share / 2) colour = rgb(o.over.colour);
        if (o.stripes && Math.floor(y / 4) % 2 === 0) colour = rgb(o.stripes);
        const p = o.print;
        if (p && x >= p.x && x < p.x + p.width && y >= p.y) {
          const k = p.image.width / p.width;
          const u = Math.floor((x - p.x) * k);
          const v = Math.floor((y - p.y) * k);
          if (v < p.image.height) {
            const i = (v * p.image.width + u) * 4;
            const a = (p.image.data[i + 3] ?? 0) / 255;
            colour = colour.map((c, n) => c * (1 - a) + (p.image.data[i + n] ?? 0) * a) as typeof colour;
          }
        }
      }
      const i = (y * width + x) * 4;
      for (let n = 0; n < 3; n++) data[i + n] = (colour[n] ?? 0) * light + (random() * 2 - 1) * noise;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

/** A 64×64 badge: a navy disc with a white house (roof, walls) and a navy door, transparent around. */
function houseLogo(): RgbaImage {
  const size = 64;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if ((x - 31.5) ** 2 + (y - 31.5) ** 2 > 30 ** 2) continue;
      const roof = y >= 12 && y < 30 && Math.abs(x - 31.5) <= (y - 12) * 1.1;
      const walls = y >= 30 && y < 52 && x >= 16 && x < 48;
      const door = y >= 38 && y < 52 && x >= 28 && x < 36;
      const white = (roof || walls) && !door;
      data.set(white ? [250, 250, 250, 255] : [27, 42, 74, 255], i);
    }
  }
  return { width: size, height: size, data };
}

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
