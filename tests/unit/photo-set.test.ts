import exifr from 'exifr';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PhotoFinding, PhotoReport } from '../../lib/photo/report.ts';
import { cameraExif, insertAfterSoi, withMetadataFrom } from '../../scripts/photos/add-gps.ts';
import { assignSplits, DEFAULT_SET_DIR, labelSetOf } from '../../scripts/photos/build-photo-set.ts';
import { expecting } from '../../scripts/photos/item.ts';
import { labelSetSchema, readLabelSet } from '../../scripts/photos/labels.ts';
import { addImage, emptyTally, peopleCount, score } from '../../scripts/photos/metrics.ts';
import { metadataImages } from '../../scripts/photos/set-location.ts';
import { offsetBy, SETTING_COORDINATES } from '../../scripts/photos/setting.ts';
import { jpegWithGps, plainJpeg } from '../support/exif-gps.ts';

// The pure parts of the labelled photo set (scripts/photos): the labels' shape, the metadata images
// (built without a browser, so their determinism and GPS can be checked here), and the arithmetic
// of the scores `npm run eval:photos` prints. Rendering needs Chromium and is left to the eval.

function metresBetween(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) *
      Math.cos(b.latitude * rad) *
      Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

// Built once: jpeg-js encodes each picture, which takes a moment.
const images = metadataImages();

describe('labels', () => {
  const set = labelSetOf(images, 7);

  it('accepts the set the builder makes and rejects malformed entries', () => {
    expect(labelSetSchema.safeParse(set).success).toBe(true);
    const image = set.images[0]!;
    const bad = (change: object) =>
      labelSetSchema.safeParse({ ...set, images: [{ ...image, ...change }] }).success;
    expect(bad({ file: '../escape.jpg' })).toBe(false);
    expect(bad({ note: '' })).toBe(false);
    expect(bad({ expect: { ...image.expect, people: -1 } })).toBe(false);
    expect(bad({ expect: { ...image.expect, extra: true } })).toBe(false);
    expect(labelSetSchema.safeParse({ ...set, images: [image, image] }).success).toBe(false);
  });

  it('splits each group by source, alternating, so variants of one picture stay together', () => {
    const img = (file: string, source: string) => ({ ...images[0]!, file, source });
    const split = assignSplits([img('a.jpg', 's1'), img('b.jpg', 's2'), img('c.jpg', 's1')]);
    expect(split.get('location\0s1')).toBe('tune');
    expect(split.get('location\0s2')).toBe('check');
  });

  it('validates the built set in .cache/photo-set when there is one', (ctx) => {
    if (!existsSync(join(DEFAULT_SET_DIR, 'labels.json')))
      ctx.skip('no built set: run npm run eval:photos first');
    const built = readLabelSet(DEFAULT_SET_DIR);
    expect(built.images.length).toBeGreaterThan(100);
    for (const kind of ['location', 'text', 'uniform'] as const) {
      expect(built.images.some((l) => l.expect[kind])).toBe(true);
      expect(built.images.some((l) => !l.expect[kind])).toBe(true);
    }
  });
});

describe('metadata images', () => {
  it('are the same bytes on every build', () => {
    const a = images;
    const b = metadataImages();
    expect(a.map((i) => i.file)).toEqual(b.map((i) => i.file));
    a.forEach((image, i) => expect(Buffer.from(image.bytes).equals(Buffer.from(b[i]!.bytes))).toBe(true));
  });

  it('record the intended place for EXIF GPS, and none for camera-only EXIF', async () => {
    const atSetting = images.find((i) => i.file === 'location-exif-0.jpg')!;
    const gps = await exifr.gps(Buffer.from(atSetting.bytes));
    expect(metresBetween(gps, SETTING_COORDINATES)).toBeLessThan(10);
    const far = images.find((i) => i.file === 'location-exif-4.jpg')!;
    expect(metresBetween(await exifr.gps(Buffer.from(far.bytes)), SETTING_COORDINATES)).toBeGreaterThan(
      30_000,
    );
    const camera = images.find((i) => i.file === 'location-none-camera-0.jpg')!;
    expect(camera.expect.location).toBe(false);
    expect(await exifr.gps(Buffer.from(camera.bytes))).toBeUndefined();
    expect(await exifr.parse(Buffer.from(camera.bytes))).toMatchObject({ Make: 'Apple', Model: 'iPhone 13' });
  });

  it('splices GPS from the helper into another JPEG and reads it back', async () => {
    const place = offsetBy(SETTING_COORDINATES, 240, 95);
    const spliced = withMetadataFrom(plainJpeg({ width: 40, height: 30 }), jpegWithGps(place));
    expect(metresBetween(await exifr.gps(Buffer.from(spliced)), place)).toBeLessThan(1);
    expect(metresBetween(place, SETTING_COORDINATES)).toBeCloseTo(240, 0);
    const both = insertAfterSoi(spliced, [cameraExif('Google', 'Pixel 7a', '2026:11:02 09:12:30')]);
    expect(await exifr.parse(Buffer.from(both))).toMatchObject({ Make: 'Google' });
  });
});

describe('metrics', () => {
  const finding = (kind: PhotoFinding['kind'], message: string): PhotoFinding => ({
    kind,
    category: kind === 'people' ? 'child-info' : 'setting-name',
    severity: 'warn',
    message,
    clause: { id: 'c', text: 'clause' },
  });
  const report = (...findings: PhotoFinding[]): { report: PhotoReport } => ({
    report: { width: 10, height: 10, findings, checks: [] },
  });

  it('counts TP, FP, FN and TN per kind and scores them', () => {
    const t = emptyTally();
    addImage(t, { file: 'a.jpg', expect: expecting({ location: true }) }, report(finding('location', 'GPS')));
    addImage(t, { file: 'b.jpg', expect: expecting({ location: true }) }, report());
    addImage(t, { file: 'c.jpg', expect: expecting({}) }, report(finding('location', 'GPS')));
    addImage(t, { file: 'd.jpg', expect: expecting({}) }, report());
    expect(t.kinds.location).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(score(t.kinds.location)).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(score(t.kinds.uniform)).toMatchObject({ tn: 4, precision: null, recall: null, f1: null });
    expect(t.misses.map((m) => `${m.file}:${m.kind}`)).toEqual(['b.jpg:location', 'c.jpg:location']);
  });

  it('scores people as presence, checks the count, and counts child false alarms', () => {
    const t = emptyTally();
    const three = expecting({ people: 3 });
    addImage(t, { file: 'a.jpg', expect: three }, report(finding('people', 'This photo shows 3 people.')));
    addImage(
      t,
      { file: 'b.jpg', expect: three },
      report(finding('people', 'This photo shows 2 people, and 1 of them may be a child.')),
    );
    addImage(t, { file: 'c.jpg', expect: { ...three, child: null } }, report());
    expect(t.kinds.people).toEqual({ tp: 2, fp: 0, fn: 1, tn: 0 });
    expect(t.count).toEqual({ right: 1, total: 2, absError: 1 });
    expect(t.child).toEqual({ falseAlarms: 1, negatives: 2, hits: 0, positives: 0 });
    expect(peopleCount(report(finding('people', 'This photo shows 1 person.')).report)).toBe(1);
  });

  it('keeps images the checker could not run out of the scores, but lists them', () => {
    const t = emptyTally();
    addImage(t, { file: 'x.jpg', expect: expecting({ text: true }) }, { error: 'not an image' });
    expect(t.kinds.text).toEqual({ tp: 0, fp: 0, fn: 0, tn: 0 });
    expect(t.errors).toEqual([{ file: 'x.jpg', error: 'not an image' }]);
  });
});
