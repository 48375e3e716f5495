import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { acornLogo, logoSvg } from './garments.ts';
import type { SetImage } from './item.ts';
import { labelSetSchema, SET_VERSION, type LabelSet } from './labels.ts';
import { openRenderer } from './renderer.ts';
import { metadataImages, sceneLocationImages } from './set-location.ts';
import { peopleImages } from './set-people.ts';
import { uniformImages } from './set-uniform.ts';
import { wordImages } from './set-words.ts';
import { settingPack } from './setting.ts';

// Builds the labelled photo set for `npm run eval:photos` (issue 6, "Evidence: Quality") into
// .cache/photo-set/: the images, labels.json and the pack they are meant for. Seeded, so two builds
// on one machine give the same files.
//
//   npx tsx scripts/photos/build-photo-set.ts [--out DIR] [--seed N]

export const DEFAULT_SET_DIR = join(import.meta.dirname, '..', '..', '.cache', 'photo-set');
export const DEFAULT_SEED = 20261120;

const ABOUT = [
  'Images rendered with headless Chromium from HTML (signs, scenes, drawn clothing) and from the six',
  'demo photos shipped in @vladmandic/face-api (MIT), plus JPEGs written byte by byte with GPS,',
  'XMP and IPTC location data. Nothing is fetched. Everyone photographed is an adult: no licensable',
  "photo of a child exists here, so `child` is never true and child-likeness recall can't be measured;",
  'child=false on adult photos only measures false alarms. People counts and face crops were',
  'measured by eye. "split" divides sources in two: tune thresholds on "tune", report "check".',
].join(' ');

/** The tune/check split, alternating over each group's sources in name order (so both halves get some). */
export function assignSplits(images: readonly SetImage[]): Map<string, 'tune' | 'check'> {
  const split = new Map<string, 'tune' | 'check'>();
  for (const group of new Set(images.map((i) => i.group))) {
    const sources = [...new Set(images.filter((i) => i.group === group).map((i) => i.source))].sort();
    sources.forEach((s, i) => split.set(`${group}\0${s}`, i % 2 === 0 ? 'tune' : 'check'));
  }
  return split;
}

export function labelSetOf(images: readonly SetImage[], seed: number): LabelSet {
  const split = assignSplits(images);
  return labelSetSchema.parse({
    version: SET_VERSION,
    seed,
    about: ABOUT,
    pack: 'pack.json',
    images: images.map((i) => ({
      file: i.file,
      group: i.group,
      split: split.get(`${i.group}\0${i.source}`),
      expect: i.expect,
      ...(i.words ? { words: i.words } : {}),
      note: i.note,
    })),
  });
}

export async function buildPhotoSet(dir = DEFAULT_SET_DIR, seed = DEFAULT_SEED): Promise<LabelSet> {
  const renderer = await openRenderer();
  try {
    const logo = await renderer.render(logoSvg(acornLogo()), { width: 160, height: 160, type: 'png' });
    const pack = settingPack(`data:image/png;base64,${Buffer.from(logo).toString('base64')}`);
    const images = [
      ...metadataImages(),
      ...(await sceneLocationImages(renderer, seed)),
      ...(await wordImages(renderer, seed)),
      ...(await peopleImages(renderer, seed)),
      ...(await uniformImages(renderer, seed)),
    ];
    const labels = labelSetOf(images, seed);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const image of images) writeFileSync(join(dir, image.file), image.bytes);
    writeFileSync(join(dir, 'logo.png'), logo);
    writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack, null, 2) + '\n');
    writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');
    return labels;
  } finally {
    await renderer.close();
  }
}

/** One line per group: how many images, and how many are positive for that group's own check. */
export function describeSet(labels: LabelSet): string {
  const lines = [`${labels.images.length} images`];
  for (const [kind, positive] of [
    ['location', (l: LabelSet['images'][number]) => l.expect.location],
    ['text', (l: LabelSet['images'][number]) => l.expect.text],
    ['people', (l: LabelSet['images'][number]) => (l.expect.people ?? 0) > 0],
    ['uniform', (l: LabelSet['images'][number]) => l.expect.uniform],
  ] as const) {
    const pos = labels.images.filter(positive).length;
    lines.push(`  ${kind.padEnd(8)} ${pos} positive, ${labels.images.length - pos} negative`);
  }
  return lines.join('\n');
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const dir = arg('--out') ?? DEFAULT_SET_DIR;
  const labels = await buildPhotoSet(dir, Number(arg('--seed') ?? DEFAULT_SEED));
  console.log(`photo set written to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(describeSet(labels));
}
