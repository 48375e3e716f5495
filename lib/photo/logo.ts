import type { Box } from './report.ts';
import type { RgbaImage } from './uniform.ts';

// Finding the uniform's logo on the clothing below a face (issue 6). Both are reduced to small
// greyscale pictures and the logo is slid over the clothing at several sizes, scoring each place by
// normalised cross-correlation (NCC): it ignores brightness and contrast, so shade and fabric
// colour do not matter, only the logo's pattern of light and dark. Transparent logo pixels are left
// out, so a PNG logo is matched by its shape alone.

/**
 * The clothing region is searched at most this many pixels on its long side. At 96 a chest badge
 * shrinks to about 10 px and loses its shape (the tests' smallest print scored 0.67); 128 keeps it
 * (0.95) at under 10 ms a region, where 160 costs three times as much for no better scores.
 */
export const WORK_SIDE = 128;
/** Logo widths tried, as fractions of the region's width: chest badges to a full-front print. */
export const LOGO_SCALES = [0.12, 0.15, 0.19, 0.24, 0.3, 0.37, 0.46, 0.58];
/** Smaller templates than this (pixels a side) match noise too easily and are not tried. */
const MIN_TEMPLATE = 9;
/**
 * The |NCC| a place must reach to count as the logo. In logo.test.ts the logo printed at other
 * sizes, shaded and with noise scores 0.89–0.95 (inverse print 0.95); plain, noisy and striped cloth
 * stays under 0.33, lettering scores 0.60, and another badge of the same shape and colours (a star
 * in the same disc) 0.70. 0.8 sits between. The sign is ignored because embroidery is often the
 * inverse of the artwork (light on dark for dark on light).
 */
export const LOGO_MATCH = 0.8;
/** A window flatter than this (grey levels, standard deviation) is plain cloth; NCC there is noise. */
const MIN_WINDOW_STD = 6;
/**
 * Places are first ranked on this grid with a quarter of the template's pixels; the best CANDIDATES
 * of each size are then scored in full over their neighbours (±1 px, which covers every place
 * between grid points). In the tests this gave the same best scores as scoring every place in
 * full, with about 1/36 of the work in the pass over all places.
 */
const COARSE_STEP = 3;
const CANDIDATES = 3;

interface Grey {
  width: number;
  height: number;
  /** Luma, 0–255. */
  value: Float32Array;
  /** Opacity, 0–1. */
  alpha: Float32Array;
}

/** A logo made ready once per photo: greyscale with its opacity, at most 128 px a side. */
export interface PreparedLogo {
  grey: Grey;
}

export interface LogoMatch {
  /** Where the logo is, in the image's pixels. */
  box: Box;
  /** |NCC| at that place, 0–1. */
  score: number;
}

/** Area-averaged greyscale copy of part of an image at `width`×`height`. */
function greyOf(image: RgbaImage, from: Box, width: number, height: number): Grey {
  const value = new Float32Array(width * height);
  const alpha = new Float32Array(width * height);
  const sx = from.width / width;
  const sy = from.height / height;
  for (let y = 0; y < height; y++) {
    const ya = Math.floor(from.y + y * sy);
    const yb = Math.max(ya + 1, Math.floor(from.y + (y + 1) * sy));
    for (let x = 0; x < width; x++) {
      const xa = Math.floor(from.x + x * sx);
      const xb = Math.max(xa + 1, Math.floor(from.x + (x + 1) * sx));
      let sum = 0;
      let opacity = 0;
      let n = 0;
      for (let v = ya; v < yb && v < image.height; v++) {
        for (let u = xa; u < xb && u < image.width; u++) {
          const i = (v * image.width + u) * 4;
          const a = (image.data[i + 3] ?? 255) / 255;
          sum +=
            a *
            (0.299 * (image.data[i] ?? 0) +
              0.587 * (image.data[i + 1] ?? 0) +
              0.114 * (image.data[i + 2] ?? 0));
          opacity += a;
          n++;
        }
      }
      value[y * width + x] = opacity > 0 ? sum / opacity : 0;
      alpha[y * width + x] = n ? opacity / n : 0;
    }
  }
  return { width, height, value, alpha };
}

/** Null for an empty image or one with no pattern to match (a blank or single-colour logo). */
export function prepareLogo(logo: RgbaImage): PreparedLogo | null {
  if (logo.width < 1 || logo.height < 1) return null;
  const k = Math.min(1, 128 / Math.max(logo.width, logo.height));
  const w = Math.max(1, Math.round(logo.width * k));
  const h = Math.max(1, Math.round(logo.height * k));
  const grey = greyOf(logo, { x: 0, y: 0, width: logo.width, height: logo.height }, w, h);
  return templateAt(grey, Math.min(w, 32), Math.round((Math.min(w, 32) * h) / w)) ? { grey } : null;
}

interface Template {
  width: number;
  height: number;
  /** Where its opaque pixels are, and their values less the template's mean. */
  xs: Int32Array;
  ys: Int32Array;
  t: Float32Array;
  norm: number;
}

/** The logo at a size, keeping only its opaque pixels; null when it is too flat to match. */
function templateAt(logo: Grey, width: number, height: number): Template | null {
  if (width < MIN_TEMPLATE || height < MIN_TEMPLATE) return null;
  const small = greyOf(
    { width: logo.width, height: logo.height, data: rgbaOf(logo) },
    { x: 0, y: 0, width: logo.width, height: logo.height },
    width,
    height,
  );
  const keep: number[] = [];
  for (let i = 0; i < small.value.length; i++) if ((small.alpha[i] ?? 0) >= 0.5) keep.push(i);
  if (keep.length < MIN_TEMPLATE * MIN_TEMPLATE) return null;
  const mean = keep.reduce((s, i) => s + (small.value[i] ?? 0), 0) / keep.length;
  const t = Float32Array.from(keep, (i) => (small.value[i] ?? 0) - mean);
  const norm = Math.sqrt(t.reduce((s, v) => s + v * v, 0));
  if (norm / Math.sqrt(keep.length) < MIN_WINDOW_STD) return null;
  return {
    width,
    height,
    xs: Int32Array.from(keep, (i) => i % width),
    ys: Int32Array.from(keep, (i) => Math.floor(i / width)),
    t,
    norm,
  };
}

/** Back to RGBA so greyOf can resample a grey picture too (grey in R, G and B). */
function rgbaOf(grey: Grey): Uint8ClampedArray {
  const out = new Uint8ClampedArray(grey.value.length * 4);
  for (let i = 0; i < grey.value.length; i++) {
    const v = grey.value[i] ?? 0;
    out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = v;
    out[i * 4 + 3] = (grey.alpha[i] ?? 0) * 255;
  }
  return out;
}

/**
 * Every other pixel of the template in each direction (a quarter of the work), for the coarse pass
 * that only has to rank places; the full template then scores the best few.
 */
function sparseOf(tpl: Template): Template | null {
  const keep = [...tpl.t.keys()].filter((k) => (tpl.xs[k] ?? 0) % 2 === 0 && (tpl.ys[k] ?? 0) % 2 === 0);
  if (keep.length < 16) return null;
  const mean = keep.reduce((s, k) => s + (tpl.t[k] ?? 0), 0) / keep.length;
  const t = Float32Array.from(keep, (k) => (tpl.t[k] ?? 0) - mean);
  return {
    width: tpl.width,
    height: tpl.height,
    xs: Int32Array.from(keep, (k) => tpl.xs[k] ?? 0),
    ys: Int32Array.from(keep, (k) => tpl.ys[k] ?? 0),
    t,
    norm: Math.sqrt(t.reduce((sum, v) => sum + v * v, 0)),
  };
}

/** The template's opaque pixels as offsets into a region `width` wide. */
const offsetsIn = (tpl: Template, width: number) => tpl.xs.map((x, k) => (tpl.ys[k] ?? 0) * width + x);

/** |NCC| of the template with the region at (px, py); 0 where the region is flat. */
function nccAt(region: Grey, tpl: Template, offsets: Int32Array, px: number, py: number): number {
  let s = 0;
  let s2 = 0;
  let st = 0;
  const { value } = region;
  const { t } = tpl;
  const n = t.length;
  const at = py * region.width + px;
  for (let k = 0; k < n; k++) {
    const v = value[at + (offsets[k] as number)] as number;
    s += v;
    s2 += v * v;
    st += v * (t[k] as number);
  }
  const variance = s2 - (s * s) / n;
  if (variance / n < MIN_WINDOW_STD ** 2) return 0;
  return Math.abs(st) / (tpl.norm * Math.sqrt(variance));
}

/** The best place for the logo in the region, if it scores LOGO_MATCH or more. */
export function findLogo(image: RgbaImage, region: Box, logo: RgbaImage | PreparedLogo): LogoMatch | null {
  const prepared = 'grey' in logo ? logo : prepareLogo(logo);
  if (!prepared || region.width < MIN_TEMPLATE || region.height < MIN_TEMPLATE) return null;
  const k = Math.min(1, WORK_SIDE / Math.max(region.width, region.height));
  const rw = Math.max(1, Math.round(region.width * k));
  const rh = Math.max(1, Math.round(region.height * k));
  const work = greyOf(image, region, rw, rh);
  const aspect = prepared.grey.height / prepared.grey.width;
  let best: { score: number; x: number; y: number; w: number; h: number } | null = null;
  for (const scale of LOGO_SCALES) {
    const w = Math.round(rw * scale);
    const h = Math.round(w * aspect);
    if (w > rw || h > rh) continue;
    const tpl = templateAt(prepared.grey, w, h);
    if (!tpl) continue;
    const coarse = sparseOf(tpl) ?? tpl;
    const coarseOffsets = offsetsIn(coarse, rw);
    let ranked: { score: number; x: number; y: number }[] = [];
    for (let y = 0; y <= rh - h; y += COARSE_STEP)
      for (let x = 0; x <= rw - w; x += COARSE_STEP) {
        const score = nccAt(work, coarse, coarseOffsets, x, y);
        if (ranked.length < CANDIDATES || score > (ranked[ranked.length - 1]?.score ?? 0)) {
          ranked = [...ranked, { score, x, y }].sort((a, b) => b.score - a.score).slice(0, CANDIDATES);
        }
      }
    const offsets = offsetsIn(tpl, rw);
    let top = { score: 0, x: 0, y: 0 };
    for (const { x: cx, y: cy } of ranked)
      for (let y = Math.max(0, cy - 1); y <= Math.min(rh - h, cy + 1); y++)
        for (let x = Math.max(0, cx - 1); x <= Math.min(rw - w, cx + 1); x++) {
          const score = nccAt(work, tpl, offsets, x, y);
          if (score > top.score) top = { score, x, y };
        }
    if (!best || top.score > best.score) best = { ...top, w, h };
  }
  if (!best || best.score < LOGO_MATCH) return null;
  return {
    score: best.score,
    box: {
      x: Math.round(region.x + best.x / k),
      y: Math.round(region.y + best.y / k),
      width: Math.round(best.w / k),
      height: Math.round(best.h / k),
    },
  };
}
