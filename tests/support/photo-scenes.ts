import type { Box } from '../../lib/photo/report.ts';
import type { RgbaImage } from '../../lib/photo/uniform.ts';

// Synthetic photos: a person (face, neck, torso) on a background. The torso is shaded like a
// rounded body lit from one side, with a darker fold, and every pixel carries seeded noise.

export const TEAL = '#1f8a8a';
export const SKIN = '#e0ac8a';

/** A seeded random number generator (mulberry32), so synthetic photos are the same every run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const rgb = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

export interface SceneOptions {
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

export const FACE: Box = { x: 140, y: 60, width: 80, height: 96 };

/** A 360×480 portrait: face at FACE, torso from just below it to the bottom edge. */
export function scene(o: SceneOptions): RgbaImage {
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
export function houseLogo(): RgbaImage {
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
