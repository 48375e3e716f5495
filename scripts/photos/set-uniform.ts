import { backdrop, box, cameraFinish, SCENES } from './backdrops.ts';
import { acornLogo, garmentSvg, starLogo, type Garment } from './garments.ts';
import { expecting, type SetImage } from './item.ts';
import type { Renderer } from './renderer.ts';
import { hashSeed, seededRng, type Rng } from './rng.ts';
import { cropHtml, HEADS, type Crop } from './samples.ts';
import { thing } from './things.ts';
import { OTHER_COLOURS, UNIFORM_COLOURS } from './setting.ts';

// The uniform: a face from the demo photos set on a drawn torso, in the uniform's colours (with or
// without the acorn logo), in other colours including near misses, and in a neutral fleece that only
// the logo marks. Uniform-coloured things with nobody in them are negatives: the rule is about a
// person shown in the uniform. All composites are one adult, so people is 1 and child is false.

const W = 720;
const H = 900;

interface Outfit {
  name: string;
  garment: Garment;
  colour: string;
  logo: 'acorn' | 'star' | null;
  uniform: boolean;
  /** Exposure of the whole person: below 1 is a dim room, above 1 bright daylight. */
  light?: number;
}

const outfits = (): Outfit[] => {
  const list: Outfit[] = [];
  const { green, mustard } = UNIFORM_COLOURS;
  for (let i = 0; i < 6; i++) {
    list.push({
      name: `green-polo`,
      garment: 'polo',
      colour: green,
      logo: i % 2 ? 'acorn' : null,
      uniform: true,
    });
    list.push({
      name: `mustard-fleece`,
      garment: 'fleece',
      colour: mustard,
      logo: i % 2 ? null : 'acorn',
      uniform: true,
    });
  }
  list.push({
    name: 'green-polo-dim',
    garment: 'polo',
    colour: green,
    logo: null,
    uniform: true,
    light: 0.72,
  });
  list.push({
    name: 'green-tshirt-bright',
    garment: 'tshirt',
    colour: green,
    logo: 'acorn',
    uniform: true,
    light: 1.2,
  });
  list.push({
    name: 'mustard-fleece-dim',
    garment: 'fleece',
    colour: mustard,
    logo: null,
    uniform: true,
    light: 0.75,
  });
  list.push({
    name: 'mustard-fleece-bright',
    garment: 'fleece',
    colour: mustard,
    logo: 'acorn',
    uniform: true,
    light: 1.15,
  });
  list.push({
    name: 'grey-fleece-logo',
    garment: 'fleece',
    colour: OTHER_COLOURS.grey,
    logo: 'acorn',
    uniform: true,
  });
  list.push({
    name: 'white-polo-logo',
    garment: 'polo',
    colour: OTHER_COLOURS.white,
    logo: 'acorn',
    uniform: true,
  });
  for (const [name, colour] of Object.entries(OTHER_COLOURS)) {
    list.push({ name: `${name}-polo`, garment: 'polo', colour, logo: null, uniform: false });
  }
  // Near misses a second time, as fleeces: the hues a colour check is most likely to confuse.
  for (const name of ['teal', 'olive', 'orange', 'lemon', 'lime', 'tan'] as const) {
    list.push({
      name: `${name}-fleece`,
      garment: 'fleece',
      colour: OTHER_COLOURS[name],
      logo: null,
      uniform: false,
    });
  }
  list.push({
    name: 'navy-polo-star',
    garment: 'polo',
    colour: OTHER_COLOURS.navy,
    logo: 'star',
    uniform: false,
  });
  list.push({
    name: 'white-tshirt-star',
    garment: 'tshirt',
    colour: OTHER_COLOURS.white,
    logo: 'star',
    uniform: false,
  });
  return list;
};

function person(rng: Rng, head: Crop, outfit: Outfit): string {
  const hw = rng.range(190, 250);
  const hh = (hw * head.h) / head.w;
  const cx = W / 2 + rng.range(-60, 60);
  const top = rng.range(60, 130);
  const torsoW = hw * rng.range(2.5, 2.9);
  const torsoTop = top + hh * 0.8;
  const logo = outfit.logo === 'acorn' ? acornLogo() : outfit.logo === 'star' ? starLogo() : '';
  const fade = 'mask-image:radial-gradient(ellipse 56% 54% at 50% 46%,#000 80%,transparent 100%)';
  const headHtml = `<div class="abs" style="left:${Math.round(cx - hw / 2)}px;top:${Math.round(top)}px;width:${Math.round(hw)}px;height:${Math.round(hh)}px;${fade}">${cropHtml(head, Math.round(hw), Math.round(hh))}</div>`;
  const torso = box(
    cx - torsoW / 2,
    torsoTop,
    torsoW,
    H - torsoTop + 40,
    '',
    garmentSvg(outfit.garment, outfit.colour, logo),
  );
  const light = outfit.light ?? rng.range(0.9, 1.05);
  return `<div class="abs" style="inset:0;filter:brightness(${light.toFixed(2)})">${torso}${headHtml}</div>`;
}

export async function uniformImages(r: Renderer, seed: number): Promise<SetImage[]> {
  const out: SetImage[] = [];
  const shot = (html: string) => r.render(html, { width: W, height: H, type: 'jpeg', quality: 88 });
  for (const [i, outfit] of outfits().entries()) {
    const rng = seededRng(seed ^ hashSeed(`uniform:${outfit.name}:${i}`));
    const head = HEADS[i % HEADS.length]!;
    const scene = rng.pick(SCENES);
    const logo = outfit.logo
      ? ` with the ${outfit.logo === 'acorn' ? "setting's acorn" : "another organisation's star"} logo`
      : '';
    out.push({
      file: `uniform-${outfit.uniform ? 'yes' : 'no'}-${String(i).padStart(2, '0')}-${outfit.name}.jpg`,
      group: 'uniform',
      source: `head:${head.sample}:${head.x}`,
      expect: expecting({ people: 1, uniform: outfit.uniform }),
      note: `composite: face from demo sample${head.sample}.jpg (${head.what}) above a drawn ${outfit.colour} ${outfit.garment}${logo}, ${scene} scene${outfit.light ? `, exposure ${outfit.light}` : ''}`,
      bytes: await shot(backdrop(rng, scene, W, H) + person(rng, head, outfit) + cameraFinish(rng, W, H)),
    });
  }
  for (let i = 0; i < 6; i++) {
    const rng = seededRng(seed ^ hashSeed(`thing:${i}`));
    const t = thing(rng, i);
    out.push({
      file: `uniform-no-thing-${i}.jpg`,
      group: 'uniform',
      source: `thing:${t.what}`,
      expect: expecting({}),
      note: `rendered ${t.what} in a uniform colour, with nobody in the picture`,
      bytes: await shot(backdrop(rng, 'room', W, H) + t.html + cameraFinish(rng, W, H)),
    });
  }
  return out;
}

/**
 * One person in the setting's green polo with its acorn logo, on a room backdrop: the browser tests'
 * photo of someone in uniform (tests/e2e/photo-guard.spec.ts), drawn as the labelled set draws them.
 */
export function uniformPortrait(r: Renderer): Promise<Uint8Array> {
  const outfit = outfits().find((o) => o.colour === UNIFORM_COLOURS.green && o.logo === 'acorn')!;
  const rng = seededRng(hashSeed('uniform:portrait'));
  const html =
    backdrop(rng, 'room', W, H) + person(rng, HEADS[1 % HEADS.length]!, outfit) + cameraFinish(rng, W, H);
  return r.render(html, { width: W, height: H, type: 'jpeg', quality: 88 });
}
