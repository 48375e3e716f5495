import { describe, expect, it } from 'vitest';
import { defaultPack, makePack } from '../../pack/default-pack.ts';
import { parsePack } from '../../pack/load-pack.ts';
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
        },
        people: {
          manager: 'Jo Bloggs',
          safeguardingLead: 'Sam Lee',
          staff: ['Kim Ray'],
          children: ['Amelia Jones', 'Oliver Smith'],
          family: [{ name: 'Smith, Tom', relation: 'father', child: 'Oliver Smith' }],
        },
        uniform: 'Green polo',
      },
      { id: 'acorns', version: 3, issued: '2026-12-01', issuer: 'Jo Bloggs' },
    );
    const withReports = { ...pack, reports: { email: 'dsl@acorns.example' } };
    const { doc, problems } = formToDoc(packValues(withReports), '2026-12-01');
    expect(problems).toEqual([]);
    expect(parsePack(doc)).toEqual(parsePack(withReports));
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
