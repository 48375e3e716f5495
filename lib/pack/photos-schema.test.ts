import { describe, expect, it } from 'vitest';
import { defaultPack } from './default-pack.ts';
import { PackError } from './errors.ts';
import { parsePack } from './load-pack.ts';
import { DEFAULT_CONSENT_CLAUSE, MAX_LOGO_CHARS, profileSchema, rulePackSchema } from './schema.ts';

// The parts of the pack the photo guard adds (issue 6): the setting's coordinates and `photos`.

type Doc = Record<string, unknown>;

/** A deep copy of the default pack with fields set by dotted path; `undefined` removes the field. */
function edit(changes: Record<string, unknown>): Doc {
  const doc = structuredClone(defaultPack) as unknown as Doc;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    const at = keys.reduce<Doc>((obj, key) => {
      obj[key] ??= {};
      return obj[key] as Doc;
    }, doc);
    if (value === undefined) delete at[last];
    else at[last] = value;
  }
  return doc;
}

function refusal(doc: unknown): string {
  try {
    parsePack(doc);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as Error).message;
  }
  throw new Error('the pack was accepted');
}

/** A base64 data URL of about `chars` characters. */
const dataUrl = (type: string, chars: number) => `data:${type};base64,${'A'.repeat(chars)}`;

describe('packs without photo settings stay valid', () => {
  it('a pack with no photos part and no coordinates gets the defaults', () => {
    const old = edit({ photos: undefined, 'setting.coordinates': undefined });
    const pack = parsePack(old);
    expect(pack.setting.coordinates).toBeUndefined();
    expect(pack.photos).toEqual({
      uniformColours: [],
      nearMetres: 250,
      consentClause: DEFAULT_CONSENT_CLAUSE,
    });
  });

  it('a partial photos part fills in the rest', () => {
    const pack = parsePack(edit({ photos: { uniformColours: ['#1F8A8A'] } }));
    expect(pack.photos.uniformColours).toEqual(['#1F8A8A']);
    expect(pack.photos.nearMetres).toBe(250);
    expect(pack.photos.consentClause).toEqual(DEFAULT_CONSENT_CLAUSE);
    expect(pack.photos.uniformLogo).toBeUndefined();
  });

  it('profiles get the same defaults', () => {
    const profile = profileSchema.parse({ setting: { name: 'Little Acorns' } });
    expect(profile.photos.nearMetres).toBe(250);
    expect(profile.photos.uniformColours).toEqual([]);
  });

  it('the consent clause quoted by default is the policy’s', () => {
    expect(DEFAULT_CONSENT_CLAUSE.text).toMatch(
      /prior written permission .* before posting any images of children/,
    );
  });
});

describe('setting.coordinates', () => {
  it('accepts a point, including the extremes', () => {
    for (const coordinates of [
      { latitude: 53.8, longitude: -1.55 },
      { latitude: -90, longitude: 180 },
      { latitude: 90, longitude: -180 },
    ]) {
      expect(parsePack(edit({ 'setting.coordinates': coordinates })).setting.coordinates).toEqual(
        coordinates,
      );
    }
  });

  it.each([
    [{ latitude: 91, longitude: 0 }, 'setting.coordinates.latitude: must be between -90 and 90'],
    [{ latitude: -90.5, longitude: 0 }, 'setting.coordinates.latitude: must be between -90 and 90'],
    [{ latitude: 0, longitude: 180.1 }, 'setting.coordinates.longitude: must be between -180 and 180'],
    [{ latitude: 0, longitude: -200 }, 'setting.coordinates.longitude: must be between -180 and 180'],
  ])('refuses %j, naming the field', (coordinates, message) => {
    expect(refusal(edit({ 'setting.coordinates': coordinates }))).toContain(message);
  });

  it('refuses a half point, text for a number, and unknown fields', () => {
    expect(refusal(edit({ 'setting.coordinates': { latitude: 53.8 } }))).toContain(
      'setting.coordinates.longitude',
    );
    expect(refusal(edit({ 'setting.coordinates': { latitude: '53.8', longitude: -1.55 } }))).toContain(
      'setting.coordinates.latitude',
    );
    expect(refusal(edit({ 'setting.coordinates': { latitude: 1, longitude: 1, altitude: 30 } }))).toContain(
      'unknown field(s) altitude',
    );
  });
});

describe('photos.uniformColours', () => {
  it('accepts #rrggbb in either case', () => {
    const colours = ['#1f8a8a', '#FFFFFF', '#1B2a4A'];
    expect(parsePack(edit({ 'photos.uniformColours': colours })).photos.uniformColours).toEqual(colours);
  });

  it.each(['1f8a8a', '#fff', '#1f8a8g', 'teal', 'rgb(31, 138, 138)', '#1f8a8a80'])(
    'refuses %j, saying what a colour looks like',
    (colour) => {
      expect(refusal(edit({ 'photos.uniformColours': ['#1f8a8a', colour] }))).toContain(
        'photos.uniformColours[1]: must be a colour like #1f6f3a',
      );
    },
  );

  it('refuses more than six colours', () => {
    expect(refusal(edit({ 'photos.uniformColours': Array(7).fill('#000000') }))).toContain(
      'photos.uniformColours',
    );
  });
});

describe('photos.uniformLogo', () => {
  it.each(['image/png', 'image/jpeg', 'image/webp'])('accepts a %s data URL', (type) => {
    const logo = dataUrl(type, 400);
    expect(parsePack(edit({ 'photos.uniformLogo': logo })).photos.uniformLogo).toBe(logo);
  });

  it.each([
    ['an SVG (it could carry script)', dataUrl('image/svg+xml', 400)],
    ['a GIF', dataUrl('image/gif', 400)],
    ['a web address (the guard never fetches)', 'https://example.org/logo.png'],
    ['a data URL that is not base64', 'data:image/png,rawbytes'],
    ['base64 with stray characters', 'data:image/png;base64,AAAA<script>'],
  ])('refuses %s', (_what, logo) => {
    expect(refusal(edit({ 'photos.uniformLogo': logo }))).toContain(
      'photos.uniformLogo: must be a PNG, JPEG or WebP image',
    );
  });

  it('refuses a logo over the size limit, saying it must be smaller', () => {
    const header = 'data:image/png;base64,'.length;
    const largest = dataUrl('image/png', MAX_LOGO_CHARS - header);
    expect(parsePack(edit({ 'photos.uniformLogo': largest })).photos.uniformLogo).toBe(largest);
    expect(refusal(edit({ 'photos.uniformLogo': dataUrl('image/png', MAX_LOGO_CHARS) }))).toContain(
      'photos.uniformLogo: must be a smaller image',
    );
  });
});

describe('photos.nearMetres and photos.consentClause', () => {
  it('accepts whole metres from 10 to 20 km', () => {
    expect(parsePack(edit({ 'photos.nearMetres': 10 })).photos.nearMetres).toBe(10);
    expect(parsePack(edit({ 'photos.nearMetres': 20_000 })).photos.nearMetres).toBe(20_000);
  });

  it.each([5, 20_001, 12.5, -250, '250'])('refuses nearMetres %j', (nearMetres) => {
    expect(refusal(edit({ 'photos.nearMetres': nearMetres }))).toContain('photos.nearMetres');
  });

  it('a consent clause must quote the policy', () => {
    const clause = { id: 'photos-1', text: 'No images of children on personal accounts' };
    expect(parsePack(edit({ 'photos.consentClause': clause })).photos.consentClause).toEqual(clause);
    expect(refusal(edit({ 'photos.consentClause': { id: 'photos-1', text: ' ' } }))).toContain(
      'photos.consentClause.text: must quote the policy clause',
    );
  });

  it('refuses unknown photo settings', () => {
    expect(refusal(edit({ 'photos.faceBlur': true }))).toContain('photos: unknown field(s) faceBlur');
    expect(Object.keys(rulePackSchema.shape)).toContain('photos');
  });
});
