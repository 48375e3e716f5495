// npm run bench:photos — how long each photo check takes on a 12-megapixel photo, in the built
// extension's own photo host (headless Chromium), and how much the photo guard adds to the
// extension. Prints figures; it is not a test and has no pass mark.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { CHROMIUM } from '../tests/e2e/launch.ts';
import { EXT_PATH } from '../tests/e2e/extension-path.ts';
import { addGps } from '../tests/support/exif-gps.ts';
import { buildPackFromProfile } from '../lib/pack/build-pack.ts';
import type { PhotoKind } from '../lib/photo/report.ts';
import { openPhotoChecker } from './photos/photo-checker.ts';
import { photoGuardSize } from './photos/photo-size.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WIDTH = 4000;
const HEIGHT = 3000;

/** A 4000 × 3000 scene: a real photo of people (face-api's MIT sample) and a sign, as a JPEG. */
async function twelveMegapixelPhoto(): Promise<Uint8Array> {
  const sample = readFileSync('node_modules/@vladmandic/face-api/demo/sample1.jpg').toString('base64');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
    await page.setContent(`<body style="margin:0;background:#8a9">
      <img src="data:image/jpeg;base64,${sample}" style="width:${WIDTH}px;height:${HEIGHT * 0.75}px;object-fit:cover">
      <div style="font:bold 180px sans-serif;background:#fff;color:#153;padding:40px">Little Acorns Day Nursery</div>
      <canvas id="grain" width="${WIDTH}" height="${HEIGHT}" style="position:fixed;inset:0;opacity:.06"></canvas>
    </body>`);
    // Film grain over the whole scene (seeded), so the JPEG is as large and busy as a camera's.
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      const context = canvas.getContext('2d')!;
      const grain = context.createImageData(canvas.width, canvas.height);
      let seed = 42;
      for (let i = 0; i < grain.data.length; i += 4) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        grain.data[i] = grain.data[i + 1] = grain.data[i + 2] = (seed >>> 16) & 255;
        grain.data[i + 3] = 255;
      }
      context.putImageData(grain, 0, 0);
    });
    const jpeg = await page.screenshot({ type: 'jpeg', quality: 92 });
    return addGps(new Uint8Array(jpeg), { latitude: 51.5072, longitude: -0.1276 });
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const pack = buildPackFromProfile({
  setting: { name: 'Little Acorns Day Nursery', coordinates: { latitude: 51.5074, longitude: -0.1278 } },
  photos: { uniformColours: ['#1f6f3a'] },
});
const photo = await twelveMegapixelPhoto();
const checker = await openPhotoChecker();
const times: Record<PhotoKind | 'total', number[]> = {
  location: [],
  people: [],
  uniform: [],
  text: [],
  total: [],
};
let first = NaN;
let found = '';
try {
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    const report = await checker.check(JSON.stringify(pack), { name: 'bench.jpg', bytes: photo });
    const total = performance.now() - started;
    found = report.findings.map((finding) => finding.kind).join(', ');
    if (run === 0) {
      first = total; // models load on the first photo; reported on its own
      continue;
    }
    times.total.push(total);
    for (const check of report.checks) {
      if (check.state !== 'done') throw new Error(`the ${check.kind} check did not finish: ${check.problem}`);
      times[check.kind].push(check.ms);
    }
  }
} finally {
  await checker.close();
}
const size = photoGuardSize(EXT_PATH);
const ms = (n: number) => `${Math.round(n)} ms`;
console.log(
  `Photo checks on a ${WIDTH} × ${HEIGHT} JPEG (${(photo.length / 1e6).toFixed(1)} MB), ${os.cpus().length} cores, median of ${RUNS} runs after one warm-up:`,
);
console.log(`  location (EXIF/XMP)   ${ms(median(times.location))}   target < 50 ms`);
console.log(`  faces (people)        ${ms(median(times.people))}   target < 1 s`);
console.log(`  uniform               ${ms(median(times.uniform))}`);
console.log(`  OCR (words)           ${ms(median(times.text))}   target < 3 s (runs alongside faces)`);
console.log(
  `  whole photo           ${ms(median(times.total))}   (first photo, loading the models: ${ms(first)})`,
);
console.log(`  found: ${found}`);
console.log(
  `Added to the extension: ${(size.unpacked / 1e6).toFixed(2)} MB unpacked (${size.files} files: models, OCR core and data, photo host code)`,
);
