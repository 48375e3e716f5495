import { jpegWithGps, jpegWithIptcCity, jpegWithXmpGps, plainJpeg } from '../../tests/support/exif-gps.ts';
import { cameraExif, insertAfterSoi, withMetadataFrom } from './add-gps.ts';
import { backdrop, cameraFinish, SCENES } from './backdrops.ts';
import { expecting, type SetImage } from './item.ts';
import type { Renderer } from './renderer.ts';
import { hashSeed, seededRng } from './rng.ts';
import { sampleOf } from './samples.ts';
import { offsetBy, SETTING_COORDINATES } from './setting.ts';
import { readFileSync } from 'node:fs';
import { samplePath } from './samples.ts';

// Location: JPEGs that record where they were taken (EXIF GPS, XMP GPS, XMP or IPTC city) at, near
// and far from the setting, and the same pictures without it. Hard negatives carry EXIF that names
// the camera and the time but no place. Two demo photos go in exactly as shipped: they hold a real
// camera's EXIF with GPS, the way a phone photo arrives.

/** Where each GPS photo was taken: metres from the setting and a compass bearing. */
const PLACES = [
  { metres: 4, bearing: 30, what: 'at the setting' },
  { metres: 120, bearing: 200, what: 'near the setting (120 m)' },
  { metres: 240, bearing: 95, what: 'near the setting (240 m)' },
  { metres: 1_600, bearing: 310, what: '1.6 km away' },
  { metres: 38_000, bearing: 150, what: '38 km away' },
  { metres: 9_000_000, bearing: 80, what: '9,000 km away (other hemisphere)' },
];

const CAMERAS: [string, string, string][] = [
  ['Apple', 'iPhone 13', '2026:10:04 10:21:07'],
  ['samsung', 'SM-S911B', '2026:09:17 15:02:44'],
  ['Google', 'Pixel 7a', '2026:11:02 09:12:30'],
];

const at = (i: number) => {
  const p = PLACES[i % PLACES.length]!;
  return { ...p, ...offsetBy(SETTING_COORDINATES, p.metres, p.bearing) };
};

/** Small JPEGs written byte by byte by tests/support/exif-gps.ts: no browser needed. */
export function metadataImages(): SetImage[] {
  const size = { width: 320, height: 240 };
  const image = (file: string, bytes: Uint8Array, location: boolean, note: string): SetImage => ({
    file,
    group: 'location',
    source: `metadata:${file}`,
    expect: expecting({ location }),
    note,
    bytes,
  });
  const out: SetImage[] = PLACES.map((_, i) => {
    const p = at(i);
    return image(
      `location-exif-${i}.jpg`,
      jpegWithGps({ ...size, ...p }),
      true,
      `gradient JPEG with EXIF GPS ${p.what}`,
    );
  });
  for (const i of [0, 2, 4]) {
    const p = at(i);
    out.push(
      image(
        `location-xmp-${i}.jpg`,
        jpegWithXmpGps({ ...size, ...p }),
        true,
        `gradient JPEG with XMP GPS only, ${p.what}`,
      ),
    );
  }
  out.push(
    image(
      'location-xmp-city.jpg',
      jpegWithXmpGps({ ...size, city: 'Holtby Green', sublocation: 'Sorrel Lane' }),
      true,
      'gradient JPEG with XMP city and sublocation, no coordinates',
    ),
  );
  out.push(
    image(
      'location-iptc-city.jpg',
      jpegWithIptcCity({ ...size, city: 'Holtby Green' }),
      true,
      'gradient JPEG with an IPTC City, no coordinates',
    ),
  );
  out.push(image('location-none-plain.jpg', plainJpeg(size), false, 'gradient JPEG with no metadata'));
  for (const [i, [make, model, time]] of CAMERAS.entries()) {
    out.push(
      image(
        `location-none-camera-${i}.jpg`,
        insertAfterSoi(plainJpeg(size), [cameraExif(make, model, time)]),
        false,
        `gradient JPEG with EXIF naming the camera (${make} ${model}) and time, but no GPS`,
      ),
    );
  }
  return out;
}

/** Rendered scenes, each with GPS (EXIF, or XMP for some) and again without. */
export async function sceneLocationImages(r: Renderer, seed: number): Promise<SetImage[]> {
  const out: SetImage[] = [];
  for (let i = 0; i < 8; i++) {
    const rng = seededRng(seed ^ hashSeed(`location-scene:${i}`));
    const scene = SCENES[i % SCENES.length]!;
    const bytes = await r.render(backdrop(rng, scene, 1024, 768) + cameraFinish(rng, 1024, 768), {
      width: 1024,
      height: 768,
      type: 'jpeg',
      quality: 90,
    });
    const p = at(i);
    const xmp = i % 3 === 2;
    const source = `location-scene:${i}`;
    const gps = xmp ? jpegWithXmpGps(p) : jpegWithGps(p);
    const base = { group: 'location' as const, source };
    out.push({
      ...base,
      file: `location-scene${i}-${xmp ? 'xmp' : 'exif'}.jpg`,
      expect: expecting({ location: true }),
      note: `rendered ${scene} scene with ${xmp ? 'XMP' : 'EXIF'} GPS ${p.what}`,
      bytes: withMetadataFrom(bytes, gps),
    });
    out.push({
      ...base,
      file: `location-scene${i}-none.jpg`,
      expect: expecting({}),
      note: `the same rendered ${scene} scene with no metadata`,
      bytes,
    });
    if (i % 2 === 0) {
      const [make, model, time] = CAMERAS[(i / 2) % CAMERAS.length]!;
      out.push({
        ...base,
        file: `location-scene${i}-camera.jpg`,
        expect: expecting({}),
        note: `the same scene with EXIF naming the camera (${make} ${model}) but no GPS`,
        bytes: insertAfterSoi(bytes, [cameraExif(make, model, time)]),
      });
    }
  }
  for (const id of [1, 6]) {
    out.push({
      file: `location-sample${id}-as-shipped.jpg`,
      group: 'location',
      source: `sample${id}`,
      expect: expecting({ location: true, people: sampleOf(id).people }),
      note: `face-api demo sample${id}.jpg byte for byte: a real camera's EXIF with GPS (California), ${sampleOf(id).people} adults`,
      bytes: new Uint8Array(readFileSync(samplePath(id))),
    });
  }
  return out;
}
