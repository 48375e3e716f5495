import { PNG } from 'pngjs';
import type { Rng } from './rng.ts';

// Photo-like backgrounds in plain HTML and CSS: walls, brick, fences and sky with soft light, film
// grain and a vignette, so that signs and clothing are not on the flat colour no camera produces.

/** A tile of seeded grey noise with alpha, laid over a scene as grain. */
export function grainDataUrl(rng: Rng, strength: number, size = 96): string {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) {
    const v = Math.round(rng.next() * 255);
    png.data[i * 4] = v;
    png.data[i * 4 + 1] = v;
    png.data[i * 4 + 2] = v;
    png.data[i * 4 + 3] = Math.round(strength * 255);
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

const WALLS = ['#d9cfc0', '#c8d3cf', '#e6ddd0', '#b9c2cc', '#d8c7b0', '#a9a39a'];
const FLOORS = ['#8a6e52', '#6f6a63', '#9a8466', '#55606b'];

export const SCENES = ['room', 'brick', 'fence', 'outdoor', 'hall'] as const;
export type Scene = (typeof SCENES)[number];

/** A full-size background for a scene, with its objects, below everything else on the page. */
export function backdrop(rng: Rng, scene: Scene, width: number, height: number): string {
  const wall = rng.pick(WALLS);
  const floor = rng.pick(FLOORS);
  const horizon = Math.round(height * rng.range(0.62, 0.8));
  const light = `radial-gradient(ellipse at ${rng.int(10, 90)}% ${rng.int(0, 40)}%, rgba(255,250,235,.45), transparent 60%)`;
  const layers: string[] = [];
  if (scene === 'room' || scene === 'hall') {
    layers.push(
      box(0, 0, width, horizon, `background:${light},linear-gradient(${wall}, ${shade(wall, -18)})`),
    );
    layers.push(
      box(0, horizon, width, height - horizon, `background:linear-gradient(${floor}, ${shade(floor, -30)})`),
    );
    if (scene === 'room') {
      const w = rng.int(width * 0.15, width * 0.25);
      layers.push(
        box(
          rng.int(0, width - w),
          Math.round(height * 0.12),
          w,
          Math.round(w * 0.8),
          'background:linear-gradient(#cfe3f3,#eef6fb);border:10px solid #f4f1ea;box-shadow:0 3px 8px rgba(0,0,0,.3)',
        ),
      );
    } else {
      const w = rng.int(width * 0.12, width * 0.18);
      layers.push(
        box(
          rng.int(0, width - w),
          horizon - w * 2,
          w,
          w * 2,
          `background:linear-gradient(90deg,${shade(floor, 10)},${shade(floor, -10)});border-radius:3px`,
        ),
      );
    }
  } else if (scene === 'brick') {
    const brick = rng.pick(['#9c5a43', '#8b4f3a', '#a8694c']);
    layers.push(
      box(
        0,
        0,
        width,
        height,
        `background:${light},repeating-linear-gradient(0deg,#cfc6b8 0 3px,transparent 3px 28px),repeating-linear-gradient(90deg,#cfc6b8 0 3px,transparent 3px 64px),${brick}`,
      ),
    );
  } else if (scene === 'fence') {
    layers.push(box(0, 0, width, height, `background:linear-gradient(#9cc3e6,#dbe9f3)`));
    layers.push(
      box(
        0,
        Math.round(height * 0.25),
        width,
        height,
        `background:repeating-linear-gradient(90deg,#7a5a3c 0 46px,#5e452e 46px 50px)`,
      ),
    );
  } else {
    layers.push(box(0, 0, width, horizon, `background:${light},linear-gradient(#8fb8e0,#e3eef6)`));
    layers.push(box(0, horizon, width, height - horizon, 'background:linear-gradient(#6f9a48,#4d7332)'));
    const trees = rng.int(1, 4);
    for (let t = 0; t < trees; t++) {
      const r = rng.int(40, 90);
      layers.push(
        box(
          rng.int(0, width - r),
          horizon - r * 1.6,
          r * 1.4,
          r * 1.4,
          `background:radial-gradient(circle at 40% 35%,#5d8a3c,#2f5220);border-radius:50%`,
        ),
      );
    }
  }
  return layers.join('');
}

/** Grain and a vignette over the whole picture, as a camera would add them. */
export function cameraFinish(rng: Rng, width: number, height: number): string {
  const grain = grainDataUrl(rng, rng.range(0.05, 0.12));
  return (
    box(0, 0, width, height, `background:url(${grain});mix-blend-mode:overlay`) +
    box(
      0,
      0,
      width,
      height,
      `background:radial-gradient(ellipse at center,transparent 55%,rgba(0,0,0,${rng.range(0.15, 0.35).toFixed(2)}))`,
    )
  );
}

export function box(x: number, y: number, w: number, h: number, style: string, inner = ''): string {
  return `<div class="abs" style="left:${Math.round(x)}px;top:${Math.round(y)}px;width:${Math.round(w)}px;height:${Math.round(h)}px;${style}">${inner}</div>`;
}

/** A hex colour made lighter (positive) or darker (negative) by `amount` on each channel. */
export function shade(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (s: number) => Math.max(0, Math.min(255, ((n >> s) & 0xff) + amount));
  return `#${[16, 8, 0].map((s) => ch(s).toString(16).padStart(2, '0')).join('')}`;
}
