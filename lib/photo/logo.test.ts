import { describe, expect, it } from 'vitest';
import { LOGO_MATCH, findLogo, prepareLogo } from './logo.ts';
import type { Box } from './report.ts';
import type { RgbaImage } from './uniform.ts';
import { rng } from '../../tests/support/photo-scenes.ts';

// Synthetic cloth with shading and seeded noise, and logos drawn pixel by pixel and printed onto it
// at another size than they were drawn.

/** A size×size logo from a painter of its unit square (null = transparent). */
function logo(size: number, paint: (u: number, v: number) => [number, number, number] | null): RgbaImage {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const c = paint((x + 0.5) / size, (y + 0.5) / size);
      if (c) data.set([...c, 255], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

const NAVY: [number, number, number] = [27, 42, 74];
const WHITE: [number, number, number] = [250, 250, 250];
const inDisc = (u: number, v: number) => (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.47 ** 2;

/** A house in a disc: roof, walls and a door. */
const house = (fg = WHITE, bg = NAVY) =>
  logo(64, (u, v) => {
    if (!inDisc(u, v)) return null;
    const roof = v >= 0.19 && v < 0.47 && Math.abs(u - 0.5) <= (v - 0.19) * 1.1;
    const walls = v >= 0.47 && v < 0.81 && u >= 0.25 && u < 0.75;
    const door = v >= 0.6 && v < 0.81 && u >= 0.44 && u < 0.56;
    return (roof || walls) && !door ? fg : bg;
  });

/** Another badge of the same colours: a five-pointed star in a disc. */
const star = () =>
  logo(64, (u, v) => {
    if (!inDisc(u, v)) return null;
    const a = Math.atan2(v - 0.5, u - 0.5);
    const r = Math.hypot(u - 0.5, v - 0.5);
    const edge = 0.18 + 0.17 * Math.abs(Math.cos((5 * a) / 2));
    return r < edge ? WHITE : NAVY;
  });

/** Capital letters in a box, like a word printed on a T-shirt. */
const lettering = () =>
  logo(64, (u, v) => {
    const band = v > 0.35 && v < 0.65;
    const stroke = Math.floor(u * 12) % 3 === 0 || v < 0.4 || (v > 0.48 && v < 0.52);
    return band && stroke ? NAVY : WHITE;
  });

interface ClothOptions {
  colour: [number, number, number];
  seed?: number;
  print?: { image: RgbaImage; at: Box };
  /** Horizontal stripes of this colour. */
  stripes?: [number, number, number];
  noise?: number;
}

/** A width×height patch of cloth, lit from the left, with a logo printed where asked. */
function cloth(width: number, height: number, o: ClothOptions): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  const random = rng(o.seed ?? 11);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let c: number[] = o.stripes && Math.floor(y / 6) % 2 ? o.stripes : o.colour;
      const p = o.print;
      if (p && x >= p.at.x && x < p.at.x + p.at.width && y >= p.at.y && y < p.at.y + p.at.height) {
        const u = Math.floor(((x - p.at.x) / p.at.width) * p.image.width);
        const v = Math.floor(((y - p.at.y) / p.at.height) * p.image.height);
        const i = (v * p.image.width + u) * 4;
        const a = (p.image.data[i + 3] ?? 0) / 255;
        c = c.map((base, n) => base * (1 - a) + (p.image.data[i + n] ?? 0) * a);
      }
      const light = 0.7 + 0.35 * Math.sin((Math.PI * x) / width);
      const i = (y * width + x) * 4;
      for (let n = 0; n < 3; n++) data[i + n] = (c[n] ?? 0) * light + (random() * 2 - 1) * (o.noise ?? 10);
      data[i + 3] = 255;
    }
  return { width, height, data };
}

const TEAL: [number, number, number] = [31, 138, 138];
const GREY: [number, number, number] = [128, 128, 128];
const whole = (img: RgbaImage): Box => ({ x: 0, y: 0, width: img.width, height: img.height });

describe('findLogo', () => {
  it('finds the logo printed at other sizes and places, on any colour, and says where', () => {
    for (const [colour, at] of [
      [TEAL, { x: 90, y: 40, width: 36, height: 36 }],
      [GREY, { x: 20, y: 100, width: 50, height: 50 }],
      [TEAL, { x: 60, y: 60, width: 80, height: 80 }],
      [GREY, { x: 120, y: 30, width: 26, height: 26 }],
    ] as const) {
      const image = cloth(200, 240, { colour: [...colour], print: { image: house(), at } });
      const match = findLogo(image, whole(image), house());
      expect(match?.score).toBeGreaterThanOrEqual(LOGO_MATCH);
      // The box lands on the print: centres within a fifth of its size, sizes within a third.
      const box = match?.box ?? { x: 0, y: 0, width: 0, height: 0 };
      expect(Math.abs(box.x + box.width / 2 - (at.x + at.width / 2))).toBeLessThan(at.width / 5);
      expect(Math.abs(box.y + box.height / 2 - (at.y + at.height / 2))).toBeLessThan(at.width / 5);
      expect(box.width / at.width).toBeGreaterThan(0.67);
      expect(box.width / at.width).toBeLessThan(1.5);
    }
  });

  it('finds an inverse print (navy on white where the artwork is white on navy)', () => {
    const image = cloth(200, 240, {
      colour: [240, 240, 240],
      print: { image: house(NAVY, WHITE), at: { x: 70, y: 70, width: 48, height: 48 } },
    });
    expect(findLogo(image, whole(image), house())).not.toBeNull();
  });

  it('searches only the region it is given, and reports image coordinates', () => {
    const image = cloth(400, 300, {
      colour: GREY,
      print: { image: house(), at: { x: 300, y: 200, width: 40, height: 40 } },
    });
    expect(findLogo(image, { x: 0, y: 0, width: 250, height: 300 }, house())).toBeNull();
    const match = findLogo(image, { x: 250, y: 150, width: 150, height: 150 }, house());
    expect(match?.box.x).toBeGreaterThan(285);
    expect(match?.box.y).toBeGreaterThan(185);
  });

  it('does not find it on plain or striped cloth, or under another badge or lettering', () => {
    const cases: ClothOptions[] = [
      { colour: TEAL },
      { colour: GREY, noise: 30 },
      { colour: [240, 240, 240], stripes: NAVY },
      { colour: TEAL, print: { image: star(), at: { x: 60, y: 60, width: 48, height: 48 } } },
      { colour: GREY, print: { image: lettering(), at: { x: 20, y: 40, width: 120, height: 120 } } },
    ];
    for (const o of cases) {
      const image = cloth(200, 240, o);
      expect(findLogo(image, whole(image), house())).toBeNull();
    }
  });

  it('refuses a logo with nothing to match: blank, fully transparent or one flat colour', () => {
    expect(prepareLogo(logo(32, () => null))).toBeNull();
    expect(prepareLogo(logo(32, () => NAVY))).toBeNull();
    expect(prepareLogo({ width: 0, height: 0, data: new Uint8Array() })).toBeNull();
    expect(prepareLogo(house())).not.toBeNull();
  });

  it('searches a clothing region of a 1024-px photo in well under 200 ms', () => {
    const image = cloth(1024, 768, { colour: TEAL });
    const prepared = prepareLogo(house());
    if (!prepared) throw new Error('the house logo has a pattern');
    const region = { x: 300, y: 250, width: 460, height: 510 };
    findLogo(image, region, prepared); // warm up the JIT
    const start = performance.now();
    findLogo(image, region, prepared);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
