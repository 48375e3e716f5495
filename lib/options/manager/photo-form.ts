import {
  colourItems,
  joinColours,
  normaliseColour,
} from '../../../components/options/manager/photo-values.ts';
import type { RulePack } from '../../pack/schema.ts';

// The photo settings (issue 6) in the manager's form: the setting's coordinates and the pack's
// `photos`, as text to edit and back. Pure.

type Problem = { field: string; message: string };

const LATITUDE = 'setting.coordinates.latitude';
const LONGITUDE = 'setting.coordinates.longitude';

/** The form's values for a pack's photo settings. */
export function photoValues(pack: RulePack): Record<string, string> {
  const { coordinates } = pack.setting;
  const { photos } = pack;
  return {
    [LATITUDE]: coordinates ? String(coordinates.latitude) : '',
    [LONGITUDE]: coordinates ? String(coordinates.longitude) : '',
    'photos.nearMetres': String(photos.nearMetres),
    'photos.uniformColours': joinColours(photos.uniformColours),
    'photos.uniformLogo': photos.uniformLogo ?? '',
    'photos.consentClause.id': photos.consentClause.id,
    'photos.consentClause.text': photos.consentClause.text,
  };
}

/** A coordinate as typed: decimal degrees, a "+" or a trailing "°" allowed. */
const readDegrees = (typed: string): number | null =>
  /^[+-]?(\d+(\.\d*)?|\.\d+)°?$/.test(typed) ? Number(typed.replace('°', '')) : null;

/**
 * The setting's coordinates: both or neither. Problems the schema would word badly (a coordinate that
 * is not a number, or only one of the two) are found here; the schema judges the ranges.
 */
function coordinatesOf(text: (id: string) => string, problems: Problem[]) {
  const latitude = text(LATITUDE).trim();
  const longitude = text(LONGITUDE).trim();
  if (!latitude && !longitude) return undefined;
  const read = (field: string, typed: string, name: string, example: string) => {
    const degrees = readDegrees(typed);
    if (!typed) problems.push({ field, message: `Give the ${name} too, or leave both empty` });
    else if (degrees === null) {
      problems.push({ field, message: `Must be a number in decimal degrees, e.g. ${example}` });
    }
    return degrees;
  };
  const lat = read(LATITUDE, latitude, 'latitude', '51.5072');
  const long = read(LONGITUDE, longitude, 'longitude', '-0.1276');
  return lat === null || long === null ? undefined : { latitude: lat, longitude: long };
}

/** How near counts as at the setting; left to the schema's default while it is not a whole number. */
function nearMetresOf(typed: string, problems: Problem[]): number | undefined {
  const metres = typed.trim().replace(/\s*(m|metres|meters)$/i, '');
  if (/^\d{1,9}$/.test(metres)) return Number(metres);
  problems.push({ field: 'photos.nearMetres', message: 'Must be a whole number of metres, e.g. 250' });
  return undefined;
}

/**
 * The setting's coordinates and the pack's `photos`, for the pack document. `lines` gets each
 * colour's place in the list, so its problems say "Colour 2".
 */
export function photoDoc(text: (id: string) => string, lines: Record<string, number[]>, problems: Problem[]) {
  const colours = colourItems(text('photos.uniformColours')).map(normaliseColour);
  lines['photos.uniformColours'] = colours.map((_, i) => i + 1);
  return {
    coordinates: coordinatesOf(text, problems),
    photos: {
      uniformColours: colours,
      uniformLogo: text('photos.uniformLogo').trim() || undefined,
      nearMetres: nearMetresOf(text('photos.nearMetres'), problems),
      consentClause: { id: text('photos.consentClause.id'), text: text('photos.consentClause.text') },
    },
  };
}
