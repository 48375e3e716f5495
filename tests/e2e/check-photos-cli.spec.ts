import { chromium, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPackFromProfile } from '../../lib/pack/build-pack';
import { jpegWithGps, plainJpeg } from '../support/exif-gps';
import { CHROMIUM } from './launch';

// The manager's photo test bench, run exactly as the README says: `npm run --silent check-photos`.
// It runs the built extension's own photo host in headless Chromium, so it lives with the e2e tests.
const SETTING = { latitude: 52.2053, longitude: 0.1218 };
const PACK = buildPackFromProfile({
  setting: { name: 'Hazelwood Hollow Nursery', phones: ['01632 960123'], coordinates: SETTING },
  photos: { uniformColours: ['#1f6f3a'] },
});

let dir: string;
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ssg-photos-'));
  writeFileSync(path.join(dir, 'pack.json'), JSON.stringify(PACK));
  writeFileSync(path.join(dir, 'at-work.jpg'), jpegWithGps({ latitude: 52.2054, longitude: 0.1219 }));
  writeFileSync(path.join(dir, 'plain.jpg'), plainJpeg({ width: 320, height: 240 }));
  writeFileSync(path.join(dir, 'notes.jpg'), 'not a photo at all');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
  await page.setContent(
    '<body style="margin:0;background:#d8e4d0"><h1 style="margin:160px 100px;font:bold 96px sans-serif;color:#123">Hazelwood Hollow Nursery</h1></body>',
  );
  writeFileSync(path.join(dir, 'sign.png'), await page.screenshot());
  await browser.close();
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkPhotos(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'check-photos', '--', ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
    timeout: 90_000,
  });
  return {
    status: r.status,
    stderr: r.stderr,
    lines: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

test('prints one JSON line per file: findings with kind, category, message and box, or an error', () => {
  test.setTimeout(120_000);
  const files = ['at-work.jpg', 'sign.png', 'plain.jpg', 'notes.jpg', 'missing.jpg'].map((f) =>
    path.join(dir, f),
  );
  const run = checkPhotos('--pack', path.join(dir, 'pack.json'), ...files);
  expect(run.status, run.stderr).toBe(0);
  expect(run.lines.map((l) => l.file)).toEqual(files);
  const [atWork, sign, plain, notes, missing] = run.lines;

  expect(atWork).toEqual({
    file: files[0],
    findings: [
      {
        kind: 'location',
        category: 'setting-name',
        message: expect.stringMatching(/\d+ m from the setting/),
      },
    ],
  });
  expect(sign?.findings).toEqual([
    {
      kind: 'text',
      category: 'setting-name',
      message: expect.stringContaining('Hazelwood Hollow') as unknown,
      box: {
        x: expect.any(Number),
        y: expect.any(Number),
        width: expect.any(Number),
        height: expect.any(Number),
      },
    },
  ]);
  // The sign's words sit in the top third of the picture, where they were drawn.
  const box = (sign?.findings as { box: { x: number; y: number; width: number } }[])[0]?.box;
  expect(box?.y).toBeGreaterThan(120);
  expect(box?.y).toBeLessThan(330);
  expect(box?.width).toBeGreaterThan(600);
  expect(plain).toEqual({ file: files[2], findings: [] });
  expect(notes).toEqual({ file: files[3], error: expect.stringContaining('not an image') });
  expect(missing).toEqual({ file: files[4], error: expect.stringContaining('does not exist') });
});

test('refuses a bad pack with exit 2 and says what is wrong', () => {
  writeFileSync(
    path.join(dir, 'bad.json'),
    JSON.stringify({ ...PACK, photos: { uniformColours: ['green'] } }),
  );
  const run = checkPhotos('--pack', path.join(dir, 'bad.json'), path.join(dir, 'plain.jpg'));
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('photos.uniformColours');
  expect(checkPhotos('--pack', path.join(dir, 'pack.json')).status).toBe(2);
});
