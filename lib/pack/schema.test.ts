import { describe, expect, it } from 'vitest';
import { defaultPack } from './default-pack.ts';
import { PackError } from './errors.ts';
import { parsePack } from './load-pack.ts';
import {
  CATEGORY_IDS,
  SEVERITIES,
  familyMemberSchema,
  metaSchema,
  peopleSchema,
  rulePackSchema,
  ruleSchema,
  settingSchema,
} from './schema.ts';

type Doc = Record<string, unknown>;

/**
 * A deep copy of the default pack with fields set by dotted path (`rules.reputation.severity`);
 * `undefined` removes the field.
 */
function edit(changes: Record<string, unknown>): Doc {
  const doc = structuredClone(defaultPack) as unknown as Doc;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    const at = keys.reduce<Doc>((obj, key) => obj[key] as Doc, doc);
    if (value === undefined) delete at[last];
    else at[last] = value;
  }
  return doc;
}

/** The refusal message for a document, or a failure when it is accepted. */
function refusal(doc: unknown): string {
  try {
    parsePack(doc);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as Error).message;
  }
  throw new Error('the pack was accepted');
}

describe('rule pack v1 shape', () => {
  it('setting has exactly the fields any setting’s profile can be loaded with', () => {
    expect(Object.keys(settingSchema.shape).sort()).toEqual(
      [
        'name',
        'otherNames',
        'address',
        'postcode',
        'phones',
        'emails',
        'websites',
        'handles',
        'hashtags',
        'relatedPlaces',
        // Optional, for the photo guard's distance from the setting (issue 6).
        'coordinates',
      ].sort(),
    );
    expect(Object.keys(defaultPack.setting.handles).sort()).toEqual(['facebook', 'instagram', 'x']);
  });

  it('has setting, people, uniform, rules, reports, photos and meta, and versions itself with format 1', () => {
    expect(Object.keys(rulePackSchema.shape).sort()).toEqual(
      ['format', 'meta', 'people', 'photos', 'reports', 'rules', 'setting', 'uniform'].sort(),
    );
    expect(Object.keys(peopleSchema.shape).sort()).toEqual(
      ['children', 'family', 'manager', 'safeguardingLead', 'staff'].sort(),
    );
    expect(Object.keys(familyMemberSchema.shape).sort()).toEqual(['child', 'name', 'relation']);
    expect(Object.keys(metaSchema.shape).sort()).toEqual(['id', 'issued', 'issuer', 'version']);
    expect(
      rulePackSchema.shape.reports.safeParse({ webhookUrl: 'http://reports.example.org/' }).success,
    ).toBe(false);
    expect(rulePackSchema.shape.reports.safeParse({ webhookUrl: 'http://localhost:8080/hook' }).success).toBe(
      true,
    );
  });

  it('rules carry a severity, message, quoted clause, extra terms and allowed terms', () => {
    expect(Object.keys(ruleSchema.shape)).toEqual(
      expect.arrayContaining(['severity', 'message', 'clause', 'extraTerms', 'allowedTerms']),
    );
    expect([...SEVERITIES]).toEqual(['off', 'notice', 'warn', 'confirm', 'block']);
    expect(CATEGORY_IDS).toHaveLength(6);
  });

  it.each(SEVERITIES)('accepts severity %s', (severity) => {
    const pack = edit({ 'rules.reputation.severity': severity });
    expect(parsePack(pack).rules.reputation.severity).toBe(severity);
  });
});

describe('unknown fields are refused, naming them', () => {
  it.each([
    ['setting.twitter', 'setting'],
    ['setting.handles.tiktok', 'setting.handles'],
    ['people.deputy', 'people'],
    ['rules.reputation.colour', 'rules.reputation'],
    ['rules.gossip', 'rules'],
    ['meta.signedBy', 'meta'],
  ])('%s', (path, parent) => {
    const field = path.split('.').pop() ?? '';
    expect(refusal(edit({ [path]: [] }))).toContain(`${parent}: unknown field(s) ${field}`);
  });

  it('at the top level', () => {
    expect(refusal(edit({ extra: true }))).toBe('The rule pack was refused: unknown field(s) extra');
  });
});

describe('validation errors name the field path and say what is wrong', () => {
  it('a family member without a child: people.family[1].child is missing', () => {
    const pack = edit({
      'people.family': [
        { name: 'Ada Quill', relation: 'mother', child: 'Rory Quill' },
        { name: 'Ben Quill', relation: 'father' },
      ],
    });
    expect(refusal(pack)).toMatch(/people\.family\[1\]\.child: is missing/);
  });

  it('a family member without a relation says what to write', () => {
    const pack = edit({ 'people.family': [{ name: 'Ada Quill', relation: ' ', child: 'Rory Quill' }] });
    expect(refusal(pack)).toContain('people.family[0].relation: must say how they are related');
  });

  it('an unknown severity lists the allowed ones', () => {
    const pack = edit({ 'rules.reputation.severity': 'loud' });
    const message = refusal(pack);
    expect(message).toContain('rules.reputation.severity:');
    for (const s of SEVERITIES) expect(message).toContain(`"${s}"`);
  });

  it('a missing rule: rules.<id> is missing', () => {
    const pack = edit({ 'rules.foul-language': undefined });
    expect(refusal(pack)).toContain('rules.foul-language: is missing');
  });

  it('an empty setting name, a bad email and a bad date, all at once', () => {
    const pack = edit({
      'setting.name': '  ',
      'setting.emails': ['office@example.org', 'not-an-email'],
      'meta.issued': '25/11/2026',
    });
    const message = refusal(pack);
    expect(message).toContain('setting.name: must not be empty');
    expect(message).toContain('setting.emails[1]: must be an email address');
    expect(message).toContain('meta.issued: must be a date like');
  });

  it('a list given as a string', () => {
    const pack = edit({ 'people.children': 'Rory Quill' });
    expect(refusal(pack)).toMatch(/people\.children: .*expected array/);
  });

  it('a clause without its quote', () => {
    const pack = edit({ 'rules.setting-name.clause.text': '' });
    expect(refusal(pack)).toContain('rules.setting-name.clause.text: must quote the policy clause');
  });

  it('exposes each problem with its path for tools', () => {
    const pack = edit({ 'rules.reputation.severity': 'loud', 'setting.name': '' });
    try {
      parsePack(pack);
      expect.unreachable();
    } catch (error) {
      expect((error as PackError).problems.map((p) => p.path).sort()).toEqual([
        'rules.reputation.severity',
        'setting.name',
      ]);
    }
  });
});

describe('format', () => {
  it.each([2, 0, '1', null])('refuses format %j, saying which format this version reads', (format) => {
    const pack = edit({ format });
    const message = refusal(pack);
    expect(message).toContain('format');
    expect(message).toContain(`${JSON.stringify(format)} is unknown`);
    expect(message).toContain('reads format 1');
  });

  it('refuses a document without a format', () => {
    const pack = edit({ format: undefined });
    expect(refusal(pack)).toMatch(/format: .*expected 1/);
  });

  it.each([null, [], 'pack', 42])('refuses %j as not a pack', (doc) => {
    expect(refusal(doc)).toMatch(/^The rule pack was refused: /);
  });
});
