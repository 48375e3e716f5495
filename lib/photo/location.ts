import exifr from 'exifr';
import type { RulePack } from '../pack/schema.ts';
import type { PhotoFinding } from './report.ts';

// The location check (issue 6): what a photo file records about where it was taken. Coordinates
// come from EXIF GPS or XMP (exif:GPSLatitude); place names from IPTC and XMP. Staff rarely know a
// phone writes these, and a photo taken at work carries the setting's position to anyone who saves
// it, so the guard says so, and how far from the setting that is when the pack knows where it is.

/**
 * Where a photo says it was taken. `latitude`/`longitude` are absent when the file names a place
 * (a city, a sublocation) but holds no usable coordinates; `fields` lists every location field
 * found, for the message and for the command line; `places` holds the place names as written.
 */
export interface PhotoLocation {
  latitude?: number;
  longitude?: number;
  fields: string[];
  places?: string[];
}

type Tags = Record<string, unknown>;

/** Place-name fields: [label for staff, block of exifr's unmerged output, key]. */
const PLACE_FIELDS: readonly [string, string, string][] = [
  ['IPTC city', 'iptc', 'City'],
  ['IPTC sublocation', 'iptc', 'Sublocation'],
  ['XMP city', 'photoshop', 'City'],
  ['XMP sublocation', 'Iptc4xmpCore', 'Location'],
];

/**
 * Reads the location fields of a photo file (JPEG, PNG, HEIC, TIFF — whatever exifr can open).
 * Never throws: a file that is not an image, is damaged, or records no location gives null.
 */
export async function readPhotoLocation(bytes: Uint8Array): Promise<PhotoLocation | null> {
  let out: Tags | undefined;
  try {
    // Unmerged output keeps EXIF GPS (`gps`) apart from XMP's exif namespace (`exif`), so each
    // source can be named; the EXIF block is skipped because nothing in it is a location.
    out = (await exifr.parse(bytes, {
      tiff: true,
      exif: false,
      gps: true,
      xmp: true,
      iptc: true,
      mergeOutput: false,
    })) as Tags | undefined;
  } catch {
    return null;
  }
  if (!out) return null;
  const fields: string[] = [];
  let point: { latitude: number; longitude: number } | undefined;

  const gps = block(out, 'gps');
  const exifGps = usable(num(gps.latitude), num(gps.longitude));
  if (exifGps) {
    fields.push('GPS');
    point = exifGps;
  }
  const xmp = block(out, 'exif');
  const xmpGps = usable(xmpCoordinate(xmp.GPSLatitude), xmpCoordinate(xmp.GPSLongitude));
  if (xmpGps) {
    fields.push('XMP GPS');
    point ??= xmpGps;
  }
  const places: string[] = [];
  for (const [label, from, key] of PLACE_FIELDS) {
    const value = block(out, from)[key];
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) continue;
    fields.push(label);
    if (!places.includes(text)) places.push(text);
  }
  if (fields.length === 0) return null;
  return { ...point, fields, ...(places.length ? { places } : {}) };
}

function block(out: Tags, key: string): Tags {
  const value = out[key];
  return value && typeof value === 'object' ? (value as Tags) : {};
}

const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * A coordinate pair worth reporting. 0,0 ("Null Island") is what some apps write when they had no
 * fix, so it is treated as no coordinates rather than a point in the Gulf of Guinea.
 */
function usable(latitude?: number, longitude?: number) {
  if (latitude === undefined || longitude === undefined) return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  if (latitude === 0 && longitude === 0) return undefined;
  return { latitude, longitude };
}

/**
 * XMP's GPSCoordinate text: "DDD,MM,SSk" or "DDD,MM.mmk" with k one of N/S/E/W (XMP spec part 2).
 * Some apps write plain decimal degrees instead, which is accepted too.
 */
export function xmpCoordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  const m = /^(\d+),(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?\s*([NSEW])$/i.exec(text);
  if (!m) return undefined;
  const degrees = Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600;
  return /[SW]/i.test(m[4] ?? '') ? -degrees : degrees;
}

const EARTH_RADIUS_METRES = 6_371_008.8; // the mean radius (IUGG), as haversine assumes a sphere

/** Great-circle distance in metres (haversine); well within a metre of WGS84 at these ranges. */
export function distanceMetres(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How much further than `nearMetres` a point must be before it counts as clearly away from the
 * setting. Phone GPS indoors is often 50–150 m out, so a point just past the line may still have
 * been taken inside; only beyond twice the distance does the guard lower its voice to a notice.
 */
export const CLEARLY_AWAY_FACTOR = 2;

const REMOVE_LOCATION =
  "Remove the location before posting (most phones offer this when sharing), or turn off location in the camera's settings.";

/** A distance as staff would say it: "about 40 m", "about 1.2 km", "about 35 km". */
export function describeDistance(metres: number): string {
  if (metres < 10) return 'within about 10 m';
  if (metres < 1000) return `about ${Math.round(metres / 10) * 10} m`;
  if (metres < 10_000) return `about ${(Math.round(metres / 100) / 10).toFixed(1)} km`;
  return `about ${Math.round(metres / 1000)} km`;
}

/**
 * What the location check says (kind 'location', category 'setting-name', no box). Severity is the
 * setting-name rule's when the photo was taken at or near the setting, or when the pack does not
 * say where the setting is (the guard cannot rule it out). It drops to 'notice' when the recorded
 * point is clearly away from the setting (beyond CLEARLY_AWAY_FACTOR × nearMetres), and for place
 * names without coordinates: those do not identify the setting, but staff should still know the
 * photo carries them (a home address, a day out).
 */
export function locationFindings(pack: RulePack, location: PhotoLocation | null): PhotoFinding[] {
  const rule = pack.rules['setting-name'];
  if (rule.severity === 'off' || !location || location.fields.length === 0) return [];
  const base = {
    kind: 'location',
    category: 'setting-name',
    clause: rule.clause,
    suggestion: REMOVE_LOCATION,
  } as const;
  const { latitude, longitude } = location;
  if (latitude === undefined || longitude === undefined) {
    const named = location.places?.length ? ` (${location.places.join(', ')})` : '';
    return [
      {
        ...base,
        severity: 'notice',
        message: `This photo records a place name${named} in its details. Anyone who saves the photo can read it.`,
      },
    ];
  }
  const home = pack.setting.coordinates;
  if (!home) {
    return [
      {
        ...base,
        severity: rule.severity,
        message:
          'This photo records where it was taken (its GPS location). Anyone who saves the photo can see the place, which could be the setting or your home.',
      },
    ];
  }
  const metres = distanceMetres(home, { latitude, longitude });
  const near = pack.photos.nearMetres;
  const distance = describeDistance(metres);
  if (metres <= near) {
    return [
      {
        ...base,
        severity: rule.severity,
        message: `This photo records where it was taken: ${distance} from the setting. That places it at the setting, so it shows where you work.`,
      },
    ];
  }
  if (metres <= near * CLEARLY_AWAY_FACTOR) {
    return [
      {
        ...base,
        severity: rule.severity,
        message: `This photo records where it was taken: ${distance} from the setting, close enough to point to where you work.`,
      },
    ];
  }
  return [
    {
      ...base,
      severity: 'notice',
      message: `This photo records where it was taken: ${distance} from the setting, so not at work, but anyone who saves the photo can see the place.`,
    },
  ];
}
