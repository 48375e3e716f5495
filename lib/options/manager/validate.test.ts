import { describe, expect, it } from 'vitest';
import { defaultForm } from './form.ts';
import { fieldOfPath, localDate, validateForm } from './validate.ts';

const ISSUED = '2026-12-01';
const filled: Record<string, string> = {
  ...defaultForm().values,
  'meta.id': 'acorns',
  'meta.issuer': 'Jo Bloggs',
};
const check = (changes: Record<string, string>) => validateForm({ ...filled, ...changes }, ISSUED);

describe('fieldOfPath', () => {
  it.each([
    [['setting', 'name'], { field: 'setting.name' }],
    [['setting', 'emails', 1], { field: 'setting.emails', index: 1 }],
    [['setting', 'handles', 'x', 0], { field: 'setting.handles.x', index: 0 }],
    [['people', 'family', 2, 'child'], { field: 'people.family', index: 2, part: 'child' }],
    [['rules', 'setting-name', 'clause', 'text'], { field: 'rules.setting-name.clause.text' }],
    [['rules', 'reputation', 'patterns', 0], { field: 'rules.reputation.patterns', index: 0 }],
    [['meta', 'version'], { field: 'meta.version' }],
    [['setting', 'coordinates', 'latitude'], { field: 'setting.coordinates.latitude' }],
    [['photos', 'uniformColours', 1], { field: 'photos.uniformColours', index: 1 }],
    [['photos', 'consentClause', 'text'], { field: 'photos.consentClause.text' }],
    [['meta', 'issued'], { field: '' }],
    [[], { field: '' }],
  ])('%j', (path, expected) => {
    expect(fieldOfPath(path)).toEqual(expected);
  });
});

describe('validateForm', () => {
  it('accepts the built-in policy once the pack has a name and an issuer', () => {
    const result = check({});
    expect(result.problems).toEqual([]);
    expect(result.pack?.meta).toEqual({ id: 'acorns', version: 1, issued: ISSUED, issuer: 'Jo Bloggs' });
    expect(result.benchPack).toBe(result.pack);
  });

  it.each([
    [{ 'setting.name': '  ' }, 'setting.name', 'Must not be empty'],
    [
      { 'setting.emails': 'office@acorns.example\n\noffice@' },
      'setting.emails',
      'Line 3: must be an email address like office@example.org',
    ],
    [
      { 'people.family': 'Sarah Jones, mother, Amelia Jones\nTom Jones, father' },
      'people.family',
      'Line 2, child: must not be empty',
    ],
    [{ 'meta.version': 'two' }, 'meta.version', 'Must be a whole number, e.g. 2'],
    [{ 'meta.id': '' }, 'meta.id', 'Must not be empty'],
    [{ 'meta.id': 'x'.repeat(101) }, 'meta.id', 'Must be at most 100 characters long'],
    [{ 'rules.reputation.message': '' }, 'rules.reputation.message', 'Must say what staff should know'],
    [{ 'rules.child-info.severity': 'loud' }, 'rules.child-info.severity', /^Must be one of off, notice/],
    [
      { 'reports.webhookUrl': 'http://example.org/hook' },
      'reports.webhookUrl',
      'Must start with https:// (plain http only for localhost)',
    ],
    [{ 'reports.email': 'dsl' }, 'reports.email', 'Must be an email address like dsl@example.org'],
    [
      { 'setting.coordinates.latitude': '95', 'setting.coordinates.longitude': '0' },
      'setting.coordinates.latitude',
      'Must be between -90 and 90',
    ],
    [
      { 'setting.coordinates.latitude': '51.5' },
      'setting.coordinates.longitude',
      'Give the longitude too, or leave both empty',
    ],
    [{ 'photos.nearMetres': '5' }, 'photos.nearMetres', 'Must be 10 or more'],
    [{ 'photos.nearMetres': '30000' }, 'photos.nearMetres', 'Must be 20000 or less'],
    [{ 'photos.nearMetres': 'near' }, 'photos.nearMetres', 'Must be a whole number of metres, e.g. 250'],
    [
      { 'photos.uniformColours': '#1f6f3a\ngreen\n' },
      'photos.uniformColours',
      'Colour 2: must be a colour like #1f6f3a',
    ],
    [{ 'photos.uniformColours': '#000000\n'.repeat(7) }, 'photos.uniformColours', 'May hold at most 6 items'],
    [
      { 'photos.uniformLogo': 'data:image/gif;base64,R0lGODlh' },
      'photos.uniformLogo',
      'Must be a PNG, JPEG or WebP image',
    ],
    [{ 'photos.consentClause.text': ' ' }, 'photos.consentClause.text', 'Must quote the policy clause'],
    [
      { 'rules.reputation.patterns': 'fine\n(a\\1)' },
      'rules.reputation.patterns',
      /^Line 2: is not a valid pattern \(/,
    ],
  ])('puts a problem with %j beside its field', (changes, field, message) => {
    const result = check(changes);
    expect(result.pack).toBeNull();
    expect(result.byField[field]).toEqual([
      typeof message === 'string' ? message : expect.stringMatching(message),
    ]);
    expect(Object.keys(result.byField)).toEqual([field]);
  });

  it('keeps the test bench going while only the name, version or reports are wrong', () => {
    const result = check({ 'meta.id': '', 'meta.version': '', 'reports.email': 'x' });
    expect(result.pack).toBeNull();
    expect(result.benchPack?.setting.name).toBe(filled['setting.name']);
  });

  it('keeps the test bench going while a photo setting is wrong, and exports the photo settings', () => {
    const wrong = check({ 'setting.coordinates.latitude': 'north', 'photos.uniformColours': 'green\n' });
    expect(wrong.pack).toBeNull();
    expect(wrong.benchPack?.setting.name).toBe(filled['setting.name']);
    const right = check({
      'setting.coordinates.latitude': '51.5072',
      'setting.coordinates.longitude': '-0.1276',
      'photos.uniformColours': '#1f6f3a\n',
      'photos.nearMetres': '500',
    });
    expect(right.problems).toEqual([]);
    expect(right.pack?.setting.coordinates).toEqual({ latitude: 51.5072, longitude: -0.1276 });
    expect(right.pack?.photos).toMatchObject({ uniformColours: ['#1f6f3a'], nearMetres: 500 });
  });

  it('stops the test bench when the setting or the rules are wrong', () => {
    expect(check({ 'setting.name': '' }).benchPack).toBeNull();
    expect(check({ 'rules.reputation.patterns': '(' }).benchPack).toBeNull();
  });
});

describe('localDate', () => {
  it('writes the local date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
