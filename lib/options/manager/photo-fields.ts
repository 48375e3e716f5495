import type { FieldSpec } from '../../../components/options/manager/types.ts';

// The fields the photo guard reads (issue 6), with the words the manager reads. They are listed with
// the setting's fields, and shown in a "Photos" section of their own.

const DEGREES = 'In decimal degrees.';

export const PHOTO_FIELDS: readonly FieldSpec[] = [
  {
    id: 'setting.coordinates.latitude',
    label: 'Latitude of the setting',
    hint: `${DEGREES} Right-click the setting on a map (such as OpenStreetMap or Google Maps) and copy the coordinates: you can paste both numbers, such as 51.5072, -0.1276, into either box. Leave both empty to skip.`,
    kind: 'coordinate',
    group: 'photos',
  },
  {
    id: 'setting.coordinates.longitude',
    label: 'Longitude of the setting',
    hint: `${DEGREES} West of Greenwich is negative, e.g. -0.1276.`,
    kind: 'coordinate',
    group: 'photos',
  },
  {
    id: 'photos.nearMetres',
    label: 'Near the setting (metres)',
    hint: "How close to the setting a photo's recorded location counts as at the setting: a whole number from 10 to 20000. 250 covers the building and the streets around it.",
    kind: 'number',
    group: 'photos',
  },
  {
    id: 'photos.uniformColours',
    label: 'Uniform colours',
    hint: 'Up to 6 main colours of the work uniform. Clothing in these colours in a photo is flagged as possibly the uniform.',
    kind: 'colours',
    group: 'photos',
    itemNoun: 'Colour',
  },
  {
    id: 'photos.uniformLogo',
    label: 'Uniform logo',
    hint: 'Optional. A PNG, JPEG or WebP image of the logo on the uniform, under 200 kB: crop it close around the logo.',
    kind: 'logo',
    group: 'photos',
  },
  {
    id: 'photos.consentClause.id',
    label: 'Consent clause number',
    hint: 'e.g. safeguard-1',
    kind: 'text',
    group: 'photos',
  },
  {
    id: 'photos.consentClause.text',
    label: 'Consent clause, quoted',
    hint: 'Quoted to staff when a photo shows people.',
    kind: 'long',
    group: 'photos',
  },
];
