import { lettersOf } from '../text/skeleton.ts';
import { nameForms } from '../text/nicknames.ts';
import type { RulePack } from '../pack/schema.ts';

export type Role = 'child' | 'family' | 'staff' | 'manager';

export interface Person {
  full: string;
  role: Role;
  /** Letters of each part of the name: ["millie", "obrien"]. */
  parts: string[];
  first: string;
  last: string;
  /** The first name and its widely used short forms. */
  firstForms: Set<string>;
  /** For family members: the child they belong to, and how. */
  child?: string;
  relation?: string;
}

export interface PeopleIndex {
  all: Person[];
  /** Every first-name form, to the people who carry it. */
  byFirst: Map<string, Person[]>;
  children: Person[];
  family: Person[];
  /** Lower-case letters of staff first names, to tell a colleague from a child. */
  staffFirst: Set<string>;
}

export function makePerson(full: string, role: Role, extra: Partial<Person> = {}): Person | undefined {
  const parts = full.split(/[\s]+/).map(lettersOf).filter(Boolean);
  if (parts.length === 0) return undefined;
  const first = parts[0]!;
  const last = parts.length > 1 ? parts[parts.length - 1]! : '';
  return { full, role, parts, first, last, firstForms: nameForms(first), ...extra };
}

export function indexPeople(people: RulePack['people']): PeopleIndex {
  const all: Person[] = [];
  const add = (p: Person | undefined) => p && all.push(p);
  for (const c of people.children) add(makePerson(c, 'child'));
  for (const f of people.family) add(makePerson(f.name, 'family', { child: f.child, relation: f.relation }));
  for (const s of people.staff) add(makePerson(s, 'staff'));
  for (const m of [people.manager, people.safeguardingLead]) if (m) add(makePerson(m, 'manager'));
  const byFirst = new Map<string, Person[]>();
  for (const p of all) {
    for (const form of p.role === 'child' ? p.firstForms : [p.first]) {
      const list = byFirst.get(form) ?? [];
      list.push(p);
      byFirst.set(form, list);
    }
  }
  return {
    all,
    byFirst,
    children: all.filter((p) => p.role === 'child'),
    family: all.filter((p) => p.role === 'family'),
    // Colleagues go by short forms too: "Debs" for Deborah.
    staffFirst: new Set(
      all.filter((p) => p.role === 'staff' || p.role === 'manager').flatMap((p) => [...p.firstForms]),
    ),
  };
}
