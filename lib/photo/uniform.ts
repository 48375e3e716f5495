import type { RulePack } from '../pack/schema.ts';
import { findLogo, prepareLogo } from './logo.ts';
import type { DetectedFace } from './people.ts';
import type { Box, PhotoFinding } from './report.ts';

// The uniform check (issue 6): "not to post pictures in work uniform". For each face, look at the
// clothing below it: is most of it the uniform's colours, or does the uniform's logo appear there?
// Colours are compared in CIELAB with CIE94's textile weights, which were made for judging fabric,
// against each uniform colour as it looks from deep shadow to bright sun, so folds and shade count.

/** Pixels, 4 bytes each (RGBA), row by row: what a canvas or a JPEG decoder gives. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** The clothing region is this many face-widths wide, centred under the face (a torso's width). */
export const REGION_WIDTH_FACES = 1.8;
/** It starts this many face-heights below the face box, skipping the neck and collar's shadow. */
export const REGION_GAP_FACES = 0.3;
/** And runs this many face-heights down: the chest, where a uniform top and its logo are. */
export const REGION_HEIGHT_FACES = 2;

/**
 * The light a garment may be in, as factors on its colour in linear light: deep shadow to bright
 * sun. Each uniform colour is compared at each of these, so a fold or shadow is not a new colour.
 */
export const LIGHTING = [0.3, 0.45, 0.65, 1, 1.4];
/**
 * Largest ΔE94 (textile weights) between a pixel and a uniform colour under any LIGHTING for the
 * pixel to count. Measured on the colours of uniform.test.ts: a shirt lit from 50 % to 120 % with
 * ±12 noise stays within 6.3 (white in deep shadow; 4.6 for the coloured ones), while the nearest
 * other garments tried are 8.4 or more away (grey for teal 10.2, black for navy 8.5, navy for royal
 * blue 8.4, black for bottle green 10.6); 7 sits between them. Near-identical colours (olive for
 * bottle green, light grey for white) do count: a photo cannot tell them apart either.
 */
export const UNIFORM_TOLERANCE = 7;
/**
 * Share of the clothing region that must be uniform-coloured for a finding. In the synthetic scenes
 * of uniform.test.ts (the torso fills 86 % of the region's width) a uniform top scores 0.56 (harsh
 * light, heavy noise) to 0.85; other clothes score at most 0.14, even with a uniform-coloured wall
 * behind or a uniform-coloured scarf down the middle. 0.35 still catches a uniform top half covered
 * by an open cardigan (0.41). Known limit: a white uniform also matches light grey clothes (grey is
 * white in shade; a mid-grey top scores 0.35 against a white uniform), so white is a weak colour
 * to configure.
 */
export const UNIFORM_SHARE = 0.35;
/**
 * The logo is looked for under this many faces at most, the largest first (the nearest people, and
 * the ones a print would be readable on): each search takes under 10 ms on an idle machine, several
 * times that on a busy one, and the whole photo must stay well under 200 ms.
 */
export const LOGO_FACES = 6;
/** About this many pixels are sampled per region, whatever its size: plenty for a share. */
const SAMPLES = 4096;

/** Where the clothing below a face is, clipped to the image (width/height 0 when off the image). */
export function clothingRegion(face: Box, image: { width: number; height: number }): Box {
  const width = face.width * REGION_WIDTH_FACES;
  const left = face.x + face.width / 2 - width / 2;
  const top = face.y + face.height * (1 + REGION_GAP_FACES);
  const x0 = Math.max(0, Math.round(left));
  const y0 = Math.max(0, Math.round(top));
  const x1 = Math.min(image.width, Math.round(left + width));
  const y1 = Math.min(image.height, Math.round(top + face.height * REGION_HEIGHT_FACES));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

type Lab = [number, number, number];

/** sRGB byte → linear light, tabulated once. */
const LINEAR = Float64Array.from({ length: 256 }, (_, i) => {
  const c = i / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});

/** sRGB (D65) → CIELAB. */
export function toLab(r: number, g: number, b: number): Lab {
  return linearToLab(LINEAR[r] ?? 0, LINEAR[g] ?? 0, LINEAR[b] ?? 0);
}

/** Linear-light RGB (0–1, clipped) → CIELAB. */
function linearToLab(r: number, g: number, b: number): Lab {
  const R = Math.min(1, r);
  const G = Math.min(1, g);
  const B = Math.min(1, b);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const x = f((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
  const y = f(0.2126 * R + 0.7152 * G + 0.0722 * B);
  const z = f((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** '#rrggbb' → Lab under each of LIGHTING; [] for anything else. */
export function uniformLabs(hex: string): Lab[] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return [];
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => LINEAR[parseInt(h ?? '', 16)] ?? 0) as [
    number,
    number,
    number,
  ];
  return LIGHTING.map((k) => linearToLab(r * k, g * k, b * k));
}

/** How far a pixel's colour is from a uniform colour in its best-fitting light (ΔE94). */
export function uniformDistance(hex: string, r: number, g: number, b: number): number {
  const lab = toLab(r, g, b);
  return Math.min(...uniformLabs(hex).map((ref) => deltaE94(ref, lab)));
}

/** CIE94 colour difference with the textile weights (kL 2, K1 0.048, K2 0.014); `ref` is the uniform. */
export function deltaE94(ref: Lab, sample: Lab): number {
  const [L1, a1, b1] = ref;
  const [L2, a2, b2] = sample;
  const C1 = Math.sqrt(a1 * a1 + b1 * b1);
  const dC = C1 - Math.sqrt(a2 * a2 + b2 * b2);
  const dH2 = Math.max(0, (a1 - a2) ** 2 + (b1 - b2) ** 2 - dC ** 2);
  const dL = (L1 - L2) / 2;
  const sC = 1 + 0.048 * C1;
  const sH = 1 + 0.014 * C1;
  return Math.sqrt(dL ** 2 + (dC / sC) ** 2 + dH2 / sH ** 2);
}

/** Share (0–1) of the region's sampled pixels within UNIFORM_TOLERANCE of any colour, in any light. */
export function uniformShare(image: RgbaImage, region: Box, colours: string[]): number {
  const refs = colours.flatMap(uniformLabs);
  const x0 = Math.max(0, Math.floor(region.x));
  const y0 = Math.max(0, Math.floor(region.y));
  const x1 = Math.min(image.width, Math.floor(region.x + region.width));
  const y1 = Math.min(image.height, Math.floor(region.y + region.height));
  if (refs.length === 0 || x1 <= x0 || y1 <= y0) return 0;
  const step = Math.max(1, Math.ceil(Math.sqrt(((x1 - x0) * (y1 - y0)) / SAMPLES)));
  let seen = 0;
  let matched = 0;
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const i = (y * image.width + x) * 4;
      const lab = toLab(image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0);
      seen++;
      if (refs.some((ref) => deltaE94(ref, lab) <= UNIFORM_TOLERANCE)) matched++;
    }
  }
  return seen ? matched / seen : 0;
}

const ADVICE = 'Choose a photo without the uniform, or crop it out before posting.';

/**
 * One finding per person whose clothing region is mostly the uniform's colours, or shows its logo.
 * Boxes are in `image`'s pixels (the host passes a copy at most 1024 px long and scales them back).
 * Nothing when the work-comment rule is off, or the pack gives neither colours nor a logo.
 */
export function uniformFindings(
  pack: RulePack,
  image: RgbaImage,
  faces: DetectedFace[],
  logo?: RgbaImage,
): PhotoFinding[] {
  const rule = pack.rules['work-comment'];
  const colours = pack.photos.uniformColours;
  const prepared = logo ? prepareLogo(logo) : null;
  if (rule.severity === 'off' || (colours.length === 0 && !prepared)) return [];
  const area = (f: DetectedFace) => f.box.width * f.box.height;
  const searched = new Set([...faces].sort((a, b) => area(b) - area(a)).slice(0, LOGO_FACES));
  const findings: PhotoFinding[] = [];
  for (const face of faces) {
    const region = clothingRegion(face.box, image);
    if (region.width < 2 || region.height < 2) continue;
    const coloured = colours.length > 0 && uniformShare(image, region, colours) >= UNIFORM_SHARE;
    const logoFound = prepared !== null && searched.has(face) && findLogo(image, region, prepared) !== null;
    if (!coloured && !logoFound) continue;
    const why =
      coloured && logoFound
        ? "the clothing is the uniform's colours and shows its logo"
        : coloured
          ? "the clothing is mostly the uniform's colours"
          : "the uniform's logo appears on the clothing";
    findings.push({
      kind: 'uniform',
      category: 'work-comment',
      severity: rule.severity,
      message: `This may show the work uniform: ${why}.`,
      clause: rule.clause,
      suggestion: ADVICE,
      box: region,
    });
  }
  return findings;
}
