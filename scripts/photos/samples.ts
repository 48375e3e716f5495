import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The face photos of the set: the six demo pictures that ship in @vladmandic/face-api (MIT licence,
// node_modules/@vladmandic/face-api/LICENSE), all of adult women. They are only ever re-rendered
// (screenshots carry no metadata), so their own EXIF GPS never leaks into a "no location" label.
//
// Face boxes and crops below were measured BY EYE on a grid over each picture, in its own pixels,
// before any detector ran: they are the labels, not a detector's output. A crop's `people` counts
// the faces wholly or mostly inside it; a sliver of someone's hair or arm is not counted.

const DEMO = join(import.meta.dirname, '..', '..', 'node_modules', '@vladmandic', 'face-api', 'demo');

export interface Sample {
  id: number;
  width: number;
  height: number;
  /** Faces counted by eye. */
  people: number;
  /** What the people wear, for the uniform group's notes. */
  clothing: string;
}

export const SAMPLES: Sample[] = [
  {
    id: 1,
    width: 1920,
    height: 1280,
    people: 3,
    clothing: 'black costume tops, dark navy shirt with a badge',
  },
  { id: 2, width: 1920, height: 1367, people: 3, clothing: 'black and grey dresses' },
  { id: 3, width: 1920, height: 1350, people: 3, clothing: 'pale pink shirt, black top, purple dress' },
  { id: 4, width: 1920, height: 1448, people: 4, clothing: 'black tops, patterned dress' },
  { id: 5, width: 1920, height: 1398, people: 5, clothing: 'red, black and navy tops' },
  {
    id: 6,
    width: 1920,
    height: 1537,
    people: 4,
    clothing: 'olive dress, burgundy top, striped dress, green top',
  },
];

export interface Crop {
  sample: number;
  x: number;
  y: number;
  w: number;
  h: number;
  people: number;
  what: string;
}

export const CROPS: Crop[] = [
  { sample: 1, x: 1300, y: 80, w: 620, h: 820, people: 1, what: 'one woman, right' },
  { sample: 1, x: 250, y: 150, w: 850, h: 850, people: 2, what: 'two women, left' },
  { sample: 2, x: 1300, y: 0, w: 620, h: 900, people: 1, what: 'one woman looking down, right' },
  { sample: 3, x: 380, y: 150, w: 580, h: 850, people: 1, what: 'one woman, left' },
  { sample: 3, x: 1000, y: 100, w: 420, h: 700, people: 1, what: 'one woman, middle' },
  { sample: 3, x: 1420, y: 150, w: 500, h: 750, people: 1, what: 'one woman, right' },
  { sample: 4, x: 150, y: 0, w: 750, h: 900, people: 2, what: 'two women, left' },
  { sample: 5, x: 250, y: 780, w: 470, h: 618, people: 1, what: 'one woman sitting low, left' },
  { sample: 5, x: 560, y: 40, w: 760, h: 660, people: 3, what: 'three women on the stairs' },
  { sample: 6, x: 0, y: 150, w: 960, h: 950, people: 2, what: 'two women, left' },
  { sample: 6, x: 150, y: 380, w: 490, h: 920, people: 1, what: 'one woman in an olive dress' },
  { sample: 6, x: 1420, y: 150, w: 500, h: 1050, people: 1, what: 'one woman in a green top' },
];

/** Parts of the pictures with nobody in them: walls, a doorway, window blinds. */
export const EMPTY_CROPS: Crop[] = [
  { sample: 1, x: 0, y: 0, w: 380, h: 500, people: 0, what: 'wall with paintings' },
  { sample: 3, x: 0, y: 0, w: 480, h: 280, people: 0, what: 'doorway and bar' },
  { sample: 4, x: 1640, y: 0, w: 280, h: 850, people: 0, what: 'wall and dark panel' },
  { sample: 6, x: 0, y: 0, w: 260, h: 360, people: 0, what: 'window blinds' },
];

/** Head-and-neck boxes (hair to chin) for the uniform composites: one face each, measured by eye. */
export const HEADS: Crop[] = [
  { sample: 3, x: 1040, y: 130, w: 320, h: 440, people: 1, what: 'blonde, smiling' },
  { sample: 3, x: 1480, y: 210, w: 260, h: 440, people: 1, what: 'dark hair, smiling' },
  { sample: 6, x: 640, y: 260, w: 280, h: 420, people: 1, what: 'long dark hair' },
  { sample: 6, x: 250, y: 420, w: 290, h: 410, people: 1, what: 'dark hair, smiling' },
  { sample: 1, x: 1420, y: 160, w: 300, h: 360, people: 1, what: 'red hair, laughing' },
  { sample: 3, x: 560, y: 240, w: 280, h: 420, people: 1, what: 'blonde curls' },
];

const cache = new Map<number, string>();

/** The sample as a data: URL for an <img> (read once). */
export function sampleDataUrl(id: number): string {
  let url = cache.get(id);
  if (!url) {
    url = `data:image/jpeg;base64,${readFileSync(join(DEMO, `sample${id}.jpg`)).toString('base64')}`;
    cache.set(id, url);
  }
  return url;
}

export const samplePath = (id: number) => join(DEMO, `sample${id}.jpg`);

export function sampleOf(id: number): Sample {
  const s = SAMPLES.find((x) => x.id === id);
  if (!s) throw new Error(`no sample ${id}`);
  return s;
}

/**
 * HTML showing part of a sample scaled to fill `width`×`height` (crop given in the sample's pixels),
 * with an optional CSS filter and transform.
 */
export function cropHtml(
  crop: Pick<Crop, 'sample' | 'x' | 'y' | 'w' | 'h'>,
  width: number,
  height: number,
  style = '',
): string {
  const s = sampleOf(crop.sample);
  const scale = Math.max(width / crop.w, height / crop.h);
  return `<div class="abs" style="left:0;top:0;width:${width}px;height:${height}px;overflow:hidden;${style}">
    <img src="${sampleDataUrl(crop.sample)}" class="abs" style="left:${Math.round(-crop.x * scale)}px;top:${Math.round(-crop.y * scale)}px;width:${Math.round(s.width * scale)}px;height:${Math.round(s.height * scale)}px"></div>`;
}
