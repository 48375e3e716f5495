import { backdrop, box, cameraFinish } from './backdrops.ts';
import { expecting, type SetImage } from './item.ts';
import type { Renderer } from './renderer.ts';
import { hashSeed, seededRng } from './rng.ts';
import { CROPS, EMPTY_CROPS, SAMPLES, cropHtml } from './samples.ts';

// People: the face-api demo photos whole, at other sizes and in other light, and cut down to one,
// two or three people; negatives are parts of the same photos with nobody in them and drawn faces
// (a smiley, a child's stick-figure painting) that are not people. Everyone in these photos is an
// adult, so `child` is false; no licensable photo of a child exists here, so no image says true.

/** Ways a phone photo of the same people can differ; each full photo gets two of them in turn. */
const VARIANTS = [
  { name: 'small', width: 640, style: '', quality: 85, what: 'scaled to 640 px wide' },
  {
    name: 'dim',
    width: 1024,
    style: 'filter:brightness(.55) contrast(.9)',
    quality: 85,
    what: 'darkened, as indoors',
  },
  { name: 'mirror', width: 1024, style: 'transform:scaleX(-1)', quality: 85, what: 'mirrored' },
  { name: 'grey', width: 1024, style: 'filter:grayscale(1)', quality: 85, what: 'black and white' },
  {
    name: 'tilt',
    width: 1024,
    style: 'transform:rotate(7deg) scale(1.15)',
    quality: 85,
    what: 'tilted 7° and cropped',
  },
  { name: 'lowq', width: 1024, style: '', quality: 35, what: 'heavily JPEG-compressed (quality 35)' },
] as const;

export async function peopleImages(r: Renderer, seed: number): Promise<SetImage[]> {
  const out: SetImage[] = [];
  for (const s of SAMPLES) {
    const full = { sample: s.id, x: 0, y: 0, w: s.width, h: s.height };
    const runs = [
      { name: 'full', width: 1280, style: '', quality: 90, what: 'whole, 1280 px wide' },
      VARIANTS[(s.id * 2) % VARIANTS.length]!,
      VARIANTS[(s.id * 2 + 1) % VARIANTS.length]!,
    ];
    for (const v of runs) {
      const height = Math.round((v.width * s.height) / s.width);
      out.push({
        file: `people-sample${s.id}-${v.name}.jpg`,
        group: 'people',
        source: `sample${s.id}`,
        expect: expecting({ people: s.people }),
        note: `face-api demo sample${s.id}.jpg (${s.people} adults) re-rendered ${v.what}; metadata dropped`,
        bytes: await r.render(cropHtml(full, v.width, height, v.style), {
          width: v.width,
          height,
          type: 'jpeg',
          quality: v.quality,
        }),
      });
    }
  }
  for (const [i, c] of [...CROPS, ...EMPTY_CROPS].entries()) {
    const width = 640;
    const height = Math.round((width * c.h) / c.w);
    out.push({
      file: `people-crop${i}-sample${c.sample}-${c.people}.jpg`,
      group: 'people',
      source: `sample${c.sample}`,
      expect: expecting({ people: c.people }),
      note: `crop of face-api demo sample${c.sample}.jpg: ${c.what} (${c.people} counted by eye), 640 px wide`,
      bytes: await r.render(cropHtml(c, width, height), { width, height, type: 'jpeg', quality: 88 }),
    });
  }
  const drawn = [
    ['smiley', 'a big drawn smiley face on a wall', smiley()],
    [
      'smiley-small',
      'three small drawn smiley faces on a wall',
      [0, 1, 2].map((k) => smiley(150 + k * 220, 220, 70)).join(''),
    ],
    ['stick-figures', "a child's painting of stick figures", sticks()],
  ] as const;
  for (const [name, what, art] of drawn) {
    const rng = seededRng(seed ^ hashSeed(`drawn:${name}`));
    out.push({
      file: `people-none-${name}.jpg`,
      group: 'people',
      source: `drawn:${name}`,
      expect: expecting({}),
      note: `rendered ${what}: looks like a face, is not a person`,
      bytes: await r.render(backdrop(rng, 'room', 800, 600) + art + cameraFinish(rng, 800, 600), {
        width: 800,
        height: 600,
        type: 'jpeg',
        quality: 88,
      }),
    });
  }
  return out;
}

function smiley(cx = 400, cy = 260, r = 150): string {
  const eye = (dx: number) =>
    box(cx + dx * r - r * 0.1, cy - r * 0.35, r * 0.2, r * 0.3, 'background:#2a1c0c;border-radius:50%');
  const mouth = box(
    cx - r * 0.5,
    cy - r * 0.1,
    r,
    r * 0.6,
    'border-bottom:' + Math.max(4, Math.round(r * 0.1)) + 'px solid #2a1c0c;border-radius:50%',
  );
  return (
    box(
      cx - r,
      cy - r,
      r * 2,
      r * 2,
      'background:radial-gradient(circle at 35% 30%,#ffe680,#f5b800);border-radius:50%;box-shadow:0 4px 10px rgba(0,0,0,.3)',
    ) +
    eye(-0.35) +
    eye(0.35) +
    mouth
  );
}

function sticks(): string {
  const figure = (x: number, colour: string) =>
    `<g stroke="${colour}" stroke-width="8" fill="none" stroke-linecap="round"><circle cx="${x}" cy="110" r="34"/><line x1="${x}" y1="144" x2="${x}" y2="230"/><line x1="${x - 50}" y1="175" x2="${x + 50}" y2="175"/><line x1="${x}" y1="230" x2="${x - 40}" y2="290"/><line x1="${x}" y1="230" x2="${x + 40}" y2="290"/></g>`;
  const svg = `<svg width="460" height="320" xmlns="http://www.w3.org/2000/svg"><rect width="460" height="320" fill="#fbfaf4"/>${figure(110, '#d23')}${figure(230, '#23b')}${figure(350, '#2a4')}<circle cx="420" cy="40" r="26" fill="#fc0"/></svg>`;
  return box(170, 110, 460, 320, 'box-shadow:0 4px 10px rgba(0,0,0,.3);transform:rotate(-2deg)', svg);
}
