import { buildPackFromProfile } from '../../lib/pack/build-pack.ts';
import type { ProfileInput, RulePack } from '../../lib/pack/schema.ts';

// The invented setting the labelled photo set is made for. Every name, number and handle is made up
// (01632 is Ofcom's drama range); the coordinates are an arbitrary point, not a real nursery.

export const SETTING_COORDINATES = { latitude: 52.94127, longitude: -1.49173 };

/** The uniform: a bottle-green polo and a mustard fleece. */
export const UNIFORM_COLOURS = { green: '#1f6f3a', mustard: '#d4a017' } as const;

/**
 * Clothing colours a person could wear that are NOT the uniform, from near misses (hues a step
 * away from the uniform's) to plainly different ones. Chosen by eye to be colours a manager would
 * not call the uniform; which of them a colour check confuses is exactly what the eval shows.
 */
export const OTHER_COLOURS = {
  teal: '#1f6b70',
  olive: '#6b6a1f',
  lime: '#7cc242',
  navy: '#1d2b5c',
  orange: '#e0651a',
  lemon: '#f3e23b',
  tan: '#c9b48a',
  burgundy: '#7a1f33',
  grey: '#8a8d91',
  white: '#f2f2ee',
  black: '#1b1b1d',
  royal: '#2c4fc9',
} as const;

export const CHILDREN = [
  'Ruby Okafor',
  'Alfie Penhaligon',
  'Isla McTavish',
  'Noah Fairweather',
  'Zara Lindqvist',
];

export const PROFILE: ProfileInput = {
  setting: {
    name: 'Little Acorns Day Nursery',
    otherNames: ['Little Acorns', 'Little Acorns Nursery'],
    address: '14 Sorrel Lane, Holtby Green',
    postcode: 'HG3 7QP',
    phones: ['01632 960418'],
    emails: ['hello@littleacorns-holtby.org.uk'],
    websites: ['littleacorns-holtby.org.uk'],
    handles: { facebook: ['LittleAcornsHoltby'], instagram: ['littleacorns.holtby'], x: ['AcornsHoltby'] },
    hashtags: ['#AcornsFamily'],
    relatedPlaces: [],
    coordinates: SETTING_COORDINATES,
  },
  people: {
    manager: 'Rosalind Ashdown',
    safeguardingLead: 'Tomasz Wren',
    staff: ['Keeley Brannigan', 'Imran Qureshi', 'Beth Lowther'],
    children: [...CHILDREN, 'Freddie Oyelaran'],
    family: [{ name: 'Grace Okafor', relation: 'mother', child: 'Ruby Okafor' }],
  },
  uniform: 'Bottle-green polo shirt with the acorn logo, mustard fleece',
};

/** The pack the set is meant for; the logo is rendered by the set builder (a PNG data: URL). */
export function settingPack(logoDataUrl?: string): RulePack {
  return buildPackFromProfile(
    {
      ...PROFILE,
      photos: {
        uniformColours: [UNIFORM_COLOURS.green, UNIFORM_COLOURS.mustard],
        ...(logoDataUrl ? { uniformLogo: logoDataUrl } : {}),
      },
    },
    '2026-11-20',
  );
}

const EARTH_RADIUS_M = 6_371_000;

/** The point `metres` away from `from` on a compass bearing (degrees), on a spherical earth. */
export function offsetBy(
  from: { latitude: number; longitude: number },
  metres: number,
  bearingDeg: number,
): { latitude: number; longitude: number } {
  const rad = Math.PI / 180;
  const d = metres / EARTH_RADIUS_M;
  const b = bearingDeg * rad;
  const lat1 = from.latitude * rad;
  const lon1 = from.longitude * rad;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    lon1 +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { latitude: lat2 / rad, longitude: ((lon2 / rad + 540) % 360) - 180 };
}
