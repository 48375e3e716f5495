import { describe, expect, it } from 'vitest';
import { makePack } from '../../tests/builders.ts';
import { jpegWithGps, jpegWithIptcCity, jpegWithXmpGps, plainJpeg } from '../../tests/support/exif-gps.ts';
import { photoFindingSchema } from './report.ts';
import {
  describeDistance,
  distanceMetres,
  locationFindings,
  readPhotoLocation,
  xmpCoordinate,
  type PhotoLocation,
} from './location.ts';

// An invented spot in Leeds for the setting; the offsets below move ~1.11 m per 0.00001° of latitude.
const SETTING = { latitude: 53.8, longitude: -1.55 };
const north = (metres: number) => ({
  latitude: SETTING.latitude + metres / 111_195,
  longitude: SETTING.longitude,
});

describe('readPhotoLocation', () => {
  it('reads EXIF GPS coordinates written into a real JPEG, in every quadrant', async () => {
    for (const [latitude, longitude] of [
      [53.80123, -1.54987],
      [-33.8568, 151.2153],
      [40.4168, -3.7038],
      [-22.9519, -43.2105],
    ] as const) {
      const found = await readPhotoLocation(jpegWithGps({ latitude, longitude }));
      expect(found?.fields).toEqual(['GPS']);
      expect(found?.latitude).toBeCloseTo(latitude, 5);
      expect(found?.longitude).toBeCloseTo(longitude, 5);
    }
  });

  it('reads XMP GPS and the place names XMP carries', async () => {
    const bytes = jpegWithXmpGps({ ...SETTING, city: 'Leeds', sublocation: 'Brambling Road' });
    const found = await readPhotoLocation(bytes);
    expect(found?.fields).toEqual(['XMP GPS', 'XMP city', 'XMP sublocation']);
    expect(found?.latitude).toBeCloseTo(SETTING.latitude, 5);
    expect(found?.longitude).toBeCloseTo(SETTING.longitude, 5);
    expect(found?.places).toEqual(['Leeds', 'Brambling Road']);
  });

  it('notes an IPTC city even when the file has no coordinates', async () => {
    const found = await readPhotoLocation(jpegWithIptcCity({ city: 'Dunmere' }));
    expect(found).toEqual({ fields: ['IPTC city'], places: ['Dunmere'] });
  });

  it('gives null for a photo without location, a non-image and a damaged file, never throwing', async () => {
    expect(await readPhotoLocation(plainJpeg())).toBeNull();
    expect(await readPhotoLocation(new TextEncoder().encode('not a photo at all'))).toBeNull();
    expect(await readPhotoLocation(new Uint8Array())).toBeNull();
    const cut = jpegWithGps({ latitude: 51.5, longitude: -0.12 }).slice(0, 40);
    await expect(readPhotoLocation(cut)).resolves.toBeNull();
    const scrambled = jpegWithGps({ latitude: 51.5, longitude: -0.12 });
    for (let i = 12; i < 80; i += 3) scrambled[i] = 0xff;
    const result = await readPhotoLocation(scrambled);
    expect(result === null || Array.isArray(result.fields)).toBe(true);
  });

  it('reads a larger photo well within the 50 ms budget (it reads only the metadata)', async () => {
    const bytes = jpegWithGps({ latitude: 53.8, longitude: -1.55, width: 1600, height: 1200 });
    await readPhotoLocation(bytes); // load exifr's parsers once
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      expect((await readPhotoLocation(bytes))?.fields).toEqual(['GPS']);
      times.push(performance.now() - start);
    }
    expect(Math.min(...times)).toBeLessThan(50);
  });

  it('treats 0,0 (written by apps without a fix) as no coordinates', async () => {
    expect(await readPhotoLocation(jpegWithGps({ latitude: 0, longitude: 0 }))).toBeNull();
  });
});

describe('xmpCoordinate and distanceMetres', () => {
  it('parses the XMP GPSCoordinate forms and decimals', () => {
    expect(xmpCoordinate('53,48.000000N')).toBeCloseTo(53.8, 6);
    expect(xmpCoordinate('1,33,0W')).toBeCloseTo(-1.55, 6);
    expect(xmpCoordinate('-1.55')).toBe(-1.55);
    expect(xmpCoordinate('somewhere')).toBeUndefined();
  });

  it('measures known distances', () => {
    // London (Charing Cross) to Edinburgh (Waverley): about 534 km.
    const km =
      distanceMetres({ latitude: 51.5073, longitude: -0.1276 }, { latitude: 55.9521, longitude: -3.1893 }) /
      1000;
    expect(km).toBeGreaterThan(530);
    expect(km).toBeLessThan(538);
    expect(distanceMetres(SETTING, north(40))).toBeCloseTo(40, 0);
    expect(distanceMetres(SETTING, SETTING)).toBe(0);
  });

  it('describes distances as staff would say them', () => {
    expect(describeDistance(3)).toBe('within about 10 m');
    expect(describeDistance(41)).toBe('about 40 m');
    expect(describeDistance(1234)).toBe('about 1.2 km');
    expect(describeDistance(35_400)).toBe('about 35 km');
  });
});

describe('locationFindings', () => {
  const at = (metres: number): PhotoLocation => ({ ...north(metres), fields: ['GPS'] });
  const placed = makePack({ setting: { coordinates: SETTING } });

  it('without the setting’s coordinates, says the photo records where it was taken, at the rule’s severity', () => {
    const pack = makePack();
    const [finding, ...rest] = locationFindings(pack, at(5000));
    expect(rest).toEqual([]);
    expect(photoFindingSchema.parse(finding)).toEqual(finding);
    expect(finding).toMatchObject({ kind: 'location', category: 'setting-name', severity: 'warn' });
    expect(finding?.message).toMatch(/records where it was taken/);
    expect(finding?.suggestion).toMatch(/Remove the location/);
    expect(finding?.clause).toEqual(pack.rules['setting-name'].clause);
    expect(finding?.box).toBeUndefined();
  });

  it('near the setting, gives the distance and says it shows where you work', () => {
    const [finding] = locationFindings(placed, at(40));
    expect(finding?.severity).toBe('warn');
    expect(finding?.message).toContain('about 40 m from the setting');
    expect(finding?.message).toMatch(/at the setting/);
  });

  it('just past nearMetres still counts; clearly away is a notice', () => {
    expect(locationFindings(placed, at(400))[0]?.severity).toBe('warn');
    const far = locationFindings(placed, at(12_000))[0];
    expect(far?.severity).toBe('notice');
    expect(far?.message).toContain('about 12 km from the setting');
    expect(far?.message).toMatch(/not at work/);
  });

  it('follows the pack’s nearMetres and the rule’s severity', () => {
    const wide = makePack({ setting: { coordinates: SETTING }, photos: { nearMetres: 2000 } });
    expect(locationFindings(wide, at(1500))[0]?.message).toMatch(/at the setting/);
    const strict = makePack({
      setting: { coordinates: SETTING },
      rules: { 'setting-name': { severity: 'block' } },
    });
    expect(locationFindings(strict, at(10))[0]?.severity).toBe('block');
  });

  it('a place name without coordinates is a notice that quotes it', () => {
    const [finding] = locationFindings(placed, { fields: ['IPTC city'], places: ['Dunmere'] });
    expect(finding?.severity).toBe('notice');
    expect(finding?.message).toContain('(Dunmere)');
  });

  it('says nothing with no location or when the setting-name rule is off', () => {
    expect(locationFindings(placed, null)).toEqual([]);
    const off = makePack({ rules: { 'setting-name': { severity: 'off' } } });
    expect(locationFindings(off, at(10))).toEqual([]);
  });

  it('works end to end from real file bytes', async () => {
    const bytes = jpegWithGps(north(60));
    const [finding] = locationFindings(placed, await readPhotoLocation(bytes));
    expect(finding?.message).toContain('about 60 m from the setting');
  });
});
