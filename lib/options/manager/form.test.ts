import { describe, expect, it } from 'vitest';
import { defaultPack, makePack } from '../../pack/default-pack.ts';
import { parsePack } from '../../pack/load-pack.ts';
import { DEFAULT_CONSENT_CLAUSE } from '../../pack/schema.ts';
import { FIELD_IDS } from './fields.ts';
import { defaultForm, formToDoc, packValues } from './form.ts';

describe('form and pack', () => {
  it('has a value for every field, and only those', () => {
    expect(new Set(Object.keys(defaultForm().values))).toEqual(FIELD_IDS);
  });

  it('round-trips a full pack', () => {
    const pack = makePack(
      {
        setting: {
          ...defaultPack.setting,
          name: 'Little Acorns',
          otherNames: ['Acorns'],
          emails: ['office@acorns.example'],
          handles: { facebook: ['LittleAcornsNursery'], instagram: [], x: ['acorns'] },
          coordinates: { latitude: 51.5072, longitude: -0.1276 },
        },
        people: {
          manager: 'Jo Bloggs',
          safeguardingLead: 'Sam Lee',
          staff: ['Kim Ray'],
          children: ['Amelia Jones', 'Oliver Smith'],
          family: [{ name: 'Smith, Tom', relation: 'father', child: 'Oliver Smith' }],
        },
        uniform: 'Green polo',
        photos: {
          uniformColours: ['#1f6f3a', '#ffffff'],
          uniformLogo: 'data:image/png;base64,iVBORw0KGgo=',
          nearMetres: 400,
          consentClause: { id: 'photos-2', text: 'We ask parents before any photo of a child is shared' },
        },
      },
      { id: 'acorns', version: 3, issued: '2026-12-01', issuer: 'Jo Bloggs' },
    );
    const withReports = { ...pack, reports: { email: 'dsl@acorns.example' } };
    const { doc, problems } = formToDoc(packValues(withReports), '2026-12-01');
    expect(problems).toEqual([]);
    expect(parsePack(doc)).toEqual(parsePack(withReports));
    expect(parsePack(doc).photos.uniformColours).toEqual(['#1f6f3a', '#ffffff']);
    expect(parsePack(doc).setting.coordinates).toEqual({ latitude: 51.5072, longitude: -0.1276 });
  });

  it('starts the photo settings from the built-in pack: no location, colours or logo, 250 m, its consent clause', () => {
    expect(defaultForm().values).toMatchObject({
      'setting.coordinates.latitude': '',
      'setting.coordinates.longitude': '',
      'photos.nearMetres': '250',
      'photos.uniformColours': '',
      'photos.uniformLogo': '',
      'photos.consentClause.id': DEFAULT_CONSENT_CLAUSE.id,
      'photos.consentClause.text': DEFAULT_CONSENT_CLAUSE.text,
    });
    const { doc, problems } = formToDoc(defaultForm().values, '2026-12-01');
    expect(problems).toEqual([]);
    expect((doc.setting as { coordinates?: unknown }).coordinates).toBeUndefined();
    expect(doc.photos).toEqual({
      uniformColours: [],
      uniformLogo: undefined,
      nearMetres: 250,
      consentClause: DEFAULT_CONSENT_CLAUSE,
    });
  });

  it('reads coordinates, colour codes and metres as managers type them', () => {
    const { doc, problems, lines } = formToDoc(
      {
        ...defaultForm().values,
        'setting.coordinates.latitude': ' 51.5072° ',
        'setting.coordinates.longitude': '-.1276',
        'photos.uniformColours': '#1F6F3A\nfff\n\n',
        'photos.nearMetres': '300 m',
      },
      '2026-12-01',
    );
    expect(problems).toEqual([]);
    expect(doc).toMatchObject({
      setting: { coordinates: { latitude: 51.5072, longitude: -0.1276 } },
      // A cleared code stays in the list, for the schema to say which colour is wrong.
      photos: { uniformColours: ['#1f6f3a', '#ffffff', ''], nearMetres: 300 },
    });
    expect(lines['photos.uniformColours']).toEqual([1, 2, 3]);
  });

  it.each([
    [
      { lat: '51.5', long: '' },
      [['setting.coordinates.longitude', 'Give the longitude too, or leave both empty']],
    ],
    [
      { lat: '', long: '-0.1' },
      [['setting.coordinates.latitude', 'Give the latitude too, or leave both empty']],
    ],
    [
      { lat: '51°30′N', long: 'west' },
      [
        ['setting.coordinates.latitude', 'Must be a number in decimal degrees, e.g. 51.5072'],
        ['setting.coordinates.longitude', 'Must be a number in decimal degrees, e.g. -0.1276'],
      ],
    ],
  ])('asks for both coordinates as numbers: %j', ({ lat, long }, expected) => {
    const values = {
      ...defaultForm().values,
      'setting.coordinates.latitude': lat,
      'setting.coordinates.longitude': long,
    };
    const { doc, problems } = formToDoc(values, '2026-12-01');
    expect(problems.map((p) => [p.field, p.message])).toEqual(expected);
    expect((doc.setting as { coordinates?: unknown }).coordinates).toBeUndefined();
  });

  it.each(['', 'far', '2.5', '-30'])('asks for the distance %j as a whole number of metres', (typed) => {
    const { problems } = formToDoc({ ...defaultForm().values, 'photos.nearMetres': typed }, '2026-12-01');
    expect(problems).toEqual([
      { field: 'photos.nearMetres', message: 'Must be a whole number of metres, e.g. 250' },
    ]);
  });

  it('records the line of each list item and leaves empty optional fields out', () => {
    const values = {
      ...defaultForm().values,
      'setting.emails': '\n a@b.org \n\nc@d.org',
      'meta.version': '7',
    };
    const { doc, lines } = formToDoc(values, '2026-12-01');
    expect(lines['setting.emails']).toEqual([2, 4]);
    expect(doc).toMatchObject({
      setting: { emails: ['a@b.org', 'c@d.org'] },
      meta: { version: 7 },
      reports: { webhookUrl: undefined, email: undefined },
    });
  });

  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['two', 'two'],
    ['1.5', '1.5'],
    ['', ''],
  ])('reads the version %j as %j', (version, expected) => {
    const { doc } = formToDoc({ ...defaultForm().values, 'meta.version': version }, '2026-12-01');
    expect((doc.meta as { version: unknown }).version).toBe(expected);
  });

  it('reports a family line with more than three parts', () => {
    const values = { ...defaultForm().values, 'people.family': 'A B, mother, C D\n\nE, F, G, H' };
    expect(formToDoc(values, '2026-12-01').problems).toEqual([
      { field: 'people.family', message: 'Line 3: has more than three parts; write name, relation, child' },
    ]);
  });
});
