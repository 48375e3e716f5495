import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default-pack.ts';
import { runBench, type BenchInput } from './bench.ts';
import { packFileName } from './download.ts';
import { defaultForm } from './form.ts';
import { restoreDraft } from './use-manager-draft.ts';
import { validateForm } from './validate.ts';
import { benchBlockers, summaryLabel, summaryProblems, versionHint } from './words.ts';

describe('restoreDraft', () => {
  const base = defaultForm();
  it('lays a stored draft over the default form, dropping fields it does not know', () => {
    const restored = restoreDraft({
      format: 1,
      values: { 'setting.name': 'Little Acorns', 'setting.colour': 'green' },
      lastExportedVersion: 3,
    });
    expect(restored).toEqual({
      values: { ...base.values, 'setting.name': 'Little Acorns' },
      lastExportedVersion: 3,
    });
  });

  it.each([
    ['nothing', undefined],
    ['another format', { format: 2, values: {}, lastExportedVersion: null }],
    ['values that are not text', { format: 1, values: { 'setting.name': 3 }, lastExportedVersion: null }],
    ['a negative version', { format: 1, values: {}, lastExportedVersion: -1 }],
  ])('refuses %s', (_what, stored) => {
    expect(restoreDraft(stored)).toBeNull();
  });
});

describe('runBench', () => {
  const input = (over: Partial<BenchInput>): BenchInput => ({
    text: '',
    recipient: '',
    surface: 'post',
    ...over,
  });

  it.each([
    ['an empty post', defaultPack, input({ text: '  ' }), 'empty'],
    ['no pack', null, input({ text: 'hello' }), 'no-pack'],
    ['a harmless post', defaultPack, input({ text: 'Lovely walk on the beach' }), 'checked'],
  ])('says %s', (_what, pack, given, state) => {
    expect(runBench(pack, given).state).toBe(state);
  });

  it('finds the setting named in a post, with the spans staff see', () => {
    const result = runBench(defaultPack, input({ text: "Busy day at Ashley's House" }));
    expect(result.state).toBe('checked');
    if (result.state !== 'checked') return;
    expect(result.findings.map((f) => f.category)).toContain('setting-name');
  });

  it('reads the recipient only for a private message', () => {
    const pack = {
      ...defaultPack,
      people: {
        ...defaultPack.people,
        family: [{ name: 'Sarah Jones', relation: 'mother', child: 'Amelia Jones' }],
      },
    };
    const categories = (surface: BenchInput['surface']) => {
      const result = runBench(
        pack,
        input({ text: 'Hiya, hope you are well', recipient: 'Sarah Jones', surface }),
      );
      return result.state === 'checked' ? result.findings.map((f) => f.category) : [];
    };
    expect(categories('dm')).toContain('parent-contact');
    expect(categories('comment')).not.toContain('parent-contact');
  });
});

describe('packFileName', () => {
  it.each([
    ['little-acorns', 3, 'little-acorns-v3.ssgpack.json'],
    ['Little Acorns / 2026', 1, 'Little-Acorns-2026-v1.ssgpack.json'],
    ['../../etc', 2, 'etc-v2.ssgpack.json'],
    ['???', 1, 'rule-pack-v1.ssgpack.json'],
  ])('%j version %d', (id, version, name) => {
    expect(packFileName(id, version)).toBe(name);
  });
});

describe('words', () => {
  it.each([
    ['setting.name', 'Name of the setting'],
    ['rules.setting-name.message', 'Names the setting rule, message to staff'],
    ['rules.reputation.clause.text', "Could harm the setting's reputation rule, policy clause, quoted"],
    ['meta.issued', 'meta.issued'],
  ])('labels %s', (field, label) => {
    expect(summaryLabel(field)).toBe(label);
  });

  it.each([
    [null, '5', {}],
    [3, '4', { 'meta.version': 'You last exported version 3.' }],
    [
      3,
      '3',
      {
        'meta.version':
          'You last exported version 3. Staff who have version 3 will refuse this one: use 4 or more.',
      },
    ],
  ])('hints at the version after %j when %j is typed', (last, typed, hint) => {
    const form = { values: { ...defaultForm().values, 'meta.version': typed }, lastExportedVersion: last };
    expect(versionHint(form)).toEqual(hint);
  });

  it('lists what stops the bench, but not the pack name or reports', () => {
    const values = { ...defaultForm().values, 'setting.name': '', 'reports.email': 'x' };
    const validation = validateForm(values, '2026-12-01');
    expect(benchBlockers(validation)).toEqual(['Name of the setting: Must not be empty']);
    expect(summaryProblems(validation.problems).map((p) => p.label)).toEqual([
      'Name of the setting',
      'Email address for reports',
      'Pack name',
      'Issued by',
    ]);
  });
});
