import { backdrop, box, cameraFinish, SCENES } from './backdrops.ts';
import { expecting, slug, type SetImage } from './item.ts';
import type { Renderer } from './renderer.ts';
import { seededRng, hashSeed, type Rng } from './rng.ts';
import { CHILDREN } from './setting.ts';

// Words in the picture: signs, plaques and labels drawn on photo-like scenes. Positives name the
// setting (its name, other names, handles, phone, website, hashtag, address); negatives are the
// signs a nursery worker walks past every day, another nursery's name, names that share a word with
// the setting's, and scenes with no words at all. Positives and negatives share one style generator,
// so the wording is the only thing that differs between them.

const SETTING_SIGNS = [
  'Little Acorns Day Nursery',
  'LITTLE ACORNS\nDay Nursery',
  'Welcome to\nLittle Acorns',
  'Little Acorns Nursery\nOpen 7.30am - 6pm',
  'Follow us\n@littleacorns.holtby',
  '@AcornsHoltby',
  'Call us: 01632 960418',
  'littleacorns-holtby.org.uk',
  '#AcornsFamily',
  '14 Sorrel Lane',
  'Little Acorns Day Nursery\nParent parking only',
  'Find us on Facebook\nLittleAcornsHoltby',
];

const OTHER_SIGNS = [
  'Open',
  'Car park',
  'Pay and display',
  'FIRE EXIT\nKeep clear',
  'Mind the step',
  'Harbour Lane Bakery',
  'Holtby Green Pharmacy',
  'Little Oaks Nursery',
  'Sunbeam Day Nursery',
  'Oak & Acorn\nGarden Centre',
  'Acorn Street',
  'Wash your hands',
  'Welcome',
  'Coats and bags',
  'Quiet please',
  'Story time 10am',
];

const FONTS = [
  "'DejaVu Sans'",
  "'DejaVu Serif'",
  "'Liberation Sans'",
  "'Liberation Serif'",
  "'Liberation Sans Narrow'",
  "'DejaVu Sans Condensed'",
  "'Liberation Mono'",
];
/** [ink, board] pairs as signwriters use them; all readable, some lower-contrast than others. */
const COLOURS: [string, string][] = [
  ['#ffffff', '#1f4d2b'],
  ['#1b1b1b', '#f4efe3'],
  ['#f7e9c2', '#6b3b22'],
  ['#ffffff', '#2a4a8a'],
  ['#222222', '#ffd84a'],
  ['#3a2a1a', '#d9c7a0'],
  ['#ffffff', '#b3322b'],
  ['#2b2b2b', '#c9d6d2'],
];

const W = 800;
const H = 600;

const luma = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 0xff) + 0.114 * (n & 0xff);
};

/**
 * A sign with `text` on a random scene; `small` draws it as if further away. Also says how it was
 * drawn, for the label's note, so that a miss can be traced to the style it was drawn in.
 */
function signScene(rng: Rng, text: string, small: boolean): { html: string; drawn: string } {
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  const wanted = Math.round(W * (small ? rng.range(0.24, 0.36) : rng.range(0.45, 0.8)));
  const font = rng.pick(FONTS);
  // Far-off signs are small but never below about 13 px a letter, which OCR cannot be asked to read.
  const size = Math.max(13, Math.min(Math.round(wanted / (longest * 0.62)), small ? 26 : 72));
  const boardW = Math.max(wanted, Math.round(longest * size * 0.66));
  const boardH = Math.round(lines.length * size * 1.35 + size * 0.9);
  const [ink, board] = rng.pick(COLOURS);
  const x = rng.range(0.05 * W, W - boardW - 0.05 * W);
  const y = rng.range(0.08 * H, Math.max(0.1 * H, H * 0.7 - boardH));
  const turn = rng.range(-6, 6).toFixed(1);
  const tilt = rng.next() < 0.3 ? ` perspective(700px) rotateY(${rng.range(-22, 22).toFixed(0)}deg)` : '';
  const weight = rng.next() < 0.5 ? 'bold' : 'normal';
  const blur = rng.next() < 0.25 ? 'filter:blur(0.7px);' : '';
  const inner = `<div style="display:flex;flex-direction:column;justify-content:center;height:100%;text-align:center;color:${ink};font:${weight} ${size}px/${1.3} ${font}">${lines.map(esc).join('<br>')}</div>`;
  const style = `background:linear-gradient(160deg,rgba(255,255,255,.12),rgba(0,0,0,.12)),${board};border-radius:${rng.int(0, 14)}px;box-shadow:0 6px 14px rgba(0,0,0,.35);transform:rotate(${turn}deg)${tilt};${blur}`;
  const contrast = luma(ink) > luma(board) ? 'light on dark' : 'dark on light';
  const drawn = `${size}px ${weight} ${font.replace(/'/g, '')}, ${contrast} (${ink} on ${board}), turned ${turn}°${tilt ? ', in perspective' : ''}${blur ? ', slightly blurred' : ''}`;
  return {
    html:
      backdrop(rng, rng.pick(SCENES), W, H) +
      box(x, y, boardW, boardH, style, inner) +
      cameraFinish(rng, W, H),
    drawn,
  };
}

/** A child's painting on the wall with the child's name written on it, as nurseries display them. */
function painting(rng: Rng, caption: string): string {
  const blobs = Array.from({ length: 7 }, () =>
    box(
      rng.int(20, 300),
      rng.int(20, 180),
      rng.int(40, 120),
      rng.int(30, 90),
      `background:${rng.pick(['#e23b3b', '#f2c12e', '#3b7be2', '#3bbf5a', '#9b3be2'])};border-radius:50%;opacity:.8`,
    ),
  ).join('');
  const label = `<div class="abs" style="left:20px;right:20px;bottom:14px;text-align:center;font:bold 30px 'DejaVu Sans';color:#222">${esc(caption)}</div>`;
  return (
    backdrop(rng, 'room', W, H) +
    box(
      rng.int(120, 300),
      rng.int(60, 140),
      420,
      300,
      `background:#fbfaf4;box-shadow:0 4px 10px rgba(0,0,0,.3);transform:rotate(${rng.range(-4, 4).toFixed(1)}deg)`,
      blobs + label,
    ) +
    cameraFinish(rng, W, H)
  );
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export async function wordImages(r: Renderer, seed: number): Promise<SetImage[]> {
  const out: SetImage[] = [];
  const shot = (html: string) => r.render(html, { width: W, height: H, type: 'jpeg', quality: 88 });
  const signs: [string, boolean][] = [
    ...SETTING_SIGNS.map((t): [string, boolean] => [t, true]),
    ...OTHER_SIGNS.map((t): [string, boolean] => [t, false]),
  ];
  for (const [k, [text, names]] of signs.entries()) {
    for (const small of [false, true]) {
      const rng = seededRng(seed ^ hashSeed(`sign:${text}:${small}`));
      const words = text.replace(/\n/g, ' ');
      const sign = signScene(rng, text, small);
      out.push({
        file: `words-${names ? 'setting' : 'other'}-${String(k).padStart(2, '0')}-${slug(words)}${small ? '-far' : ''}.jpg`,
        group: 'words',
        source: `sign:${words}`,
        expect: expecting({ text: names }),
        words,
        note: `rendered ${small ? 'small, far-off ' : ''}sign "${words}" (${names ? 'names the setting' : 'does not name the setting'}): ${sign.drawn}`,
        bytes: await shot(sign.html),
      });
    }
  }
  // A full name of a child in the pack, as nurseries write it on paintings and coat pegs.
  for (const [i, child] of CHILDREN.entries()) {
    const rng = seededRng(seed ^ hashSeed(`child:${child}`));
    const caption = i % 2 === 0 ? `${child}, age ${rng.int(2, 4)}` : `by ${child}`;
    out.push({
      file: `words-child-${slug(child)}.jpg`,
      group: 'words',
      source: `child:${child}`,
      expect: expecting({ text: true }),
      words: caption,
      note: `child's painting on a wall captioned "${caption}" (a child named in the pack)`,
      bytes: await shot(painting(rng, caption)),
    });
  }
  for (let i = 0; i < 10; i++) {
    const rng = seededRng(seed ^ hashSeed(`plain:${i}`));
    const scene = SCENES[i % SCENES.length]!;
    out.push({
      file: `words-none-${scene}-${i}.jpg`,
      group: 'words',
      source: `plain:${scene}`,
      expect: expecting({}),
      note: `rendered ${scene} scene with no words, people or uniform`,
      bytes: await shot(backdrop(rng, scene, W, H) + cameraFinish(rng, W, H)),
    });
  }
  return out;
}
