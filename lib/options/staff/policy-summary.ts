import { SEVERITIES, type Severity } from '../../pack/ids.ts';

/** One rule's clause as the background lists it for the pack in force (PackState `active.clauses`). */
export interface PackClause {
  id: string;
  text: string;
  /** One of SEVERITIES; a string on the wire. */
  severity: string;
}

/** One point of "What the policy asks": the clause in the setting's words and what the guard does. */
export interface PolicyPoint {
  id: string;
  text: string;
  severity: string;
  /** What the guard does about it, in words. */
  action: string;
  /** "<clause text> — what the guard does: <action>", as one line. */
  line: string;
}

const RANK: Record<Severity, number> = { off: 0, notice: 1, warn: 2, confirm: 3, block: 4 };

const isSeverity = (value: string): value is Severity => (SEVERITIES as readonly string[]).includes(value);

/** A severity this page does not know (from a newer pack format) ranks above all it knows. */
const rank = (severity: string): number => (isSeverity(severity) ? RANK[severity] : RANK.block + 1);

const UNKNOWN_WORDS = 'checks your post; this version of the extension cannot describe how';

/** What the guard does at each severity, in words staff know from the badge and the dialog. */
export const SEVERITY_WORDS: Record<Severity, string> = {
  off: 'nothing; this check is turned off',
  notice: 'points it out as you type, and never stops you posting',
  warn: 'warns you before you post; you can edit or post anyway',
  confirm: 'asks you to give a reason before you can post anyway',
  block: 'stops you posting, and tells you who to ask',
};

/**
 * The readable summary of a pack's clauses: one point per clause, in the pack's order. Several
 * rules may quote the same clause (in the built-in pack, staff-8 covers both children and the
 * setting's reputation); that clause is listed once, with the strongest thing the guard does.
 */
export function policySummary(clauses: readonly PackClause[]): PolicyPoint[] {
  const byId = new Map<string, PackClause>();
  for (const clause of clauses) {
    // The same clause quoted twice: same id and words (a pack could reuse an id for other words).
    const key = `${clause.id}\n${clause.text}`;
    const seen = byId.get(key);
    if (!seen) byId.set(key, { id: clause.id, text: clause.text, severity: clause.severity });
    else if (rank(clause.severity) > rank(seen.severity)) seen.severity = clause.severity;
  }
  return [...byId.values()].map(({ id, text, severity }) => {
    const action = isSeverity(severity) ? SEVERITY_WORDS[severity] : UNKNOWN_WORDS;
    return { id, text, severity, action, line: `${text} — what the guard does: ${action}` };
  });
}
