import { describe, expect, it } from 'vitest';
import { PACK, makePack } from '../../tests/builders.ts';
import { DEFAULT_CONSENT_CLAUSE } from '../pack/schema.ts';
import { CHILD_AGE_UNDER, peopleFindings, type DetectedFace } from './people.ts';
import { photoFindingSchema } from './report.ts';

const face = (x: number, age?: number): DetectedFace => ({
  box: { x, y: 50, width: 80, height: 90 },
  score: 0.9,
  ...(age === undefined ? {} : { age }),
});

describe('peopleFindings', () => {
  it('says nothing when there are no faces', () => {
    expect(peopleFindings(PACK, [])).toEqual([]);
  });

  it('adults only: one notice with the count and no box', () => {
    const findings = peopleFindings(PACK, [face(0, 34), face(100, 41)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'people',
      category: 'child-info',
      severity: 'notice',
      message: 'This photo shows 2 people.',
      clause: DEFAULT_CONSENT_CLAUSE,
    });
    expect(findings[0]?.box).toBeUndefined();
  });

  it('a child-like face: a summary at the rule’s severity, then a boxed finding for that face', () => {
    const child = face(200, 5);
    const findings = peopleFindings(PACK, [face(0, 30), child, face(400, 28)]);
    expect(findings.map((f) => photoFindingSchema.parse(f))).toEqual(findings);
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message).toBe('This photo shows 3 people, and 1 of them may be a child.');
    expect(findings[0]?.severity).toBe(PACK.rules['child-info'].severity);
    expect(findings[0]?.box).toBeUndefined();
    expect(findings[1]).toMatchObject({ message: 'This person may be a child.', box: child.box });
    expect(findings[1]?.suggestion).toMatch(/written permission/);
  });

  it('counts and phrases several children without claiming certainty', () => {
    expect(peopleFindings(PACK, [face(0, 4)])[0]?.message).toBe(
      'This photo shows 1 person, and they may be a child.',
    );
    expect(peopleFindings(PACK, [face(0, 4), face(1, 6)])[0]?.message).toMatch(/both may be children/);
    expect(peopleFindings(PACK, [face(0, 4), face(1, 6), face(2, 7)])[0]?.message).toMatch(
      /all 3 may be children/,
    );
    const mixed = peopleFindings(PACK, [face(0, 4), face(1, 6), face(2, 37)]);
    expect(mixed[0]?.message).toMatch(/2 of them may be children/);
    expect(mixed.filter((f) => f.box)).toHaveLength(2);
    for (const f of mixed) expect(f.message).not.toMatch(/\bis a child\b/);
  });

  it('uses the age line exactly: under it may be a child, at it does not', () => {
    expect(peopleFindings(PACK, [face(0, CHILD_AGE_UNDER - 0.5)])[0]?.severity).toBe('confirm');
    expect(peopleFindings(PACK, [face(0, CHILD_AGE_UNDER)])[0]?.severity).toBe('notice');
  });

  it('without age estimates, says it could not tell', () => {
    const [finding] = peopleFindings(PACK, [face(0), face(100)]);
    expect(finding?.severity).toBe('notice');
    expect(finding?.message).toBe(
      'This photo shows 2 people. It could not tell whether any of them are children.',
    );
  });

  it('quotes the pack’s own consent clause and follows the child-info rule', () => {
    const consentClause = { id: 'photos-2', text: 'No images of children on personal accounts, ever' };
    const pack = makePack({ photos: { consentClause }, rules: { 'child-info': { severity: 'block' } } });
    const findings = peopleFindings(pack, [face(0, 3)]);
    expect(findings.map((f) => [f.clause, f.severity])).toEqual([
      [consentClause, 'block'],
      [consentClause, 'block'],
    ]);
    expect(peopleFindings(makePack({ rules: { 'child-info': { severity: 'off' } } }), [face(0, 3)])).toEqual(
      [],
    );
  });
});
