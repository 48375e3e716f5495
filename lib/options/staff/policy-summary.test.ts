import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../pack/default-rules.ts';
import { policySummary, SEVERITY_WORDS } from './policy-summary.ts';

const clausesOf = (rules: typeof defaultRules) =>
  Object.values(rules).map((rule) => ({ ...rule.clause, severity: rule.severity }));

describe('policySummary', () => {
  it("lists the built-in pack's clauses once each, in the pack's order, with what the guard does", () => {
    const summary = policySummary(clausesOf(defaultRules));
    expect(summary.map((point) => point.id)).toEqual(['staff-1', 'staff-2', 'staff-8', 'staff-3', 'staff-5']);
    expect(summary[0]?.line).toBe(
      'Not to name the setting they work at — what the guard does: warns you before you post; you can edit or post anyway',
    );
    // staff-8 is quoted by child-info (confirm) and reputation (warn): the stronger one is told.
    const staff8 = summary.find((point) => point.id === 'staff-8');
    expect(staff8?.severity).toBe('confirm');
    expect(staff8?.action).toBe('asks you to give a reason before you can post anyway');
  });

  it('says what every severity means, in words', () => {
    const summary = policySummary(
      (['off', 'notice', 'warn', 'confirm', 'block'] as const).map((severity, i) => ({
        id: `c${i}`,
        text: `Clause ${i}`,
        severity,
      })),
    );
    expect(summary.map((point) => point.action)).toEqual(Object.values(SEVERITY_WORDS));
    expect(summary[0]?.line).toBe('Clause 0 — what the guard does: nothing; this check is turned off');
    expect(summary[4]?.line).toBe(
      'Clause 4 — what the guard does: stops you posting, and tells you who to ask',
    );
  });

  it('keeps the strongest severity whatever the order, and one id with other words apart', () => {
    const summary = policySummary([
      { id: 'a', text: 'Be kind', severity: 'block' },
      { id: 'a', text: 'Be kind', severity: 'notice' },
      { id: 'a', text: 'Something else', severity: 'warn' },
    ]);
    expect(summary.map((point) => [point.text, point.severity])).toEqual([
      ['Be kind', 'block'],
      ['Something else', 'warn'],
    ]);
  });

  it('never understates a severity it does not know', () => {
    const [point] = policySummary([
      { id: 'a', text: 'New rule', severity: 'warn' },
      { id: 'a', text: 'New rule', severity: 'quarantine' },
    ]);
    expect(point?.severity).toBe('quarantine');
    expect(point?.action).toMatch(/cannot describe how/);
  });

  it('gives an empty summary for no clauses', () => {
    expect(policySummary([])).toEqual([]);
  });
});
