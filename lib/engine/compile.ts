import { RE2JS } from 're2js';
import { CATEGORY_IDS, type Category, type RulePack } from '../pack/schema.ts';
import { lettersOf, termLetters } from '../text/skeleton.ts';
import { indexPeople, type PeopleIndex } from './people.ts';
import { GENERIC, compileSettingTerms, type SettingTerms } from './setting-terms.ts';
import { indexTerms, type TermIndex } from './term-index.ts';

export interface CategoryExtras {
  /** Manager's extra terms: flagged wherever they appear, for this category. */
  terms: TermIndex;
  /** Collapsed letters of allowed terms: findings lying wholly inside one are dropped. */
  allowed: string[];
  patterns: { source: string; re: RE2JS }[];
}

export interface CompiledPack {
  pack: RulePack;
  setting: SettingTerms;
  people: PeopleIndex;
  extras: Record<Category, CategoryExtras>;
  /** Children's full names as letters, to find them run together ("#ZainabHussain", "LeoDickinson"). */
  childNames: TermIndex;
  /** Name words replaced by their role for the reputation model: "<child>", "<colleague>", "<family>", "<setting>". */
  roles: Map<string, string>;
  /** Every word of every name in the pack: "Shittu" or "Cockburn" on the roster is never a swear word. */
  nameWords: Set<string>;
}

function rolesOf(pack: RulePack): Map<string, string> {
  const roles = new Map<string, string>();
  const add = (names: string[], role: string) => {
    for (const w of names.flatMap((n) => n.split(/[\s-]+/)).map(lettersOf)) {
      if (w.length >= 2 && !GENERIC.has(w) && !roles.has(w)) roles.set(w, role);
    }
  };
  const { people, setting } = pack;
  add(people.children, '<child>');
  add([...people.staff, people.manager, people.safeguardingLead].filter(Boolean), '<colleague>');
  add(
    people.family.map((f) => f.name),
    '<family>',
  );
  add([setting.name, ...setting.otherNames], '<setting>');
  return roles;
}

function nameWordsOf(pack: RulePack): Set<string> {
  const { setting, people } = pack;
  const names = [
    setting.name,
    ...setting.otherNames,
    setting.address,
    ...setting.relatedPlaces,
    people.manager,
    people.safeguardingLead,
    ...people.staff,
    ...people.children,
    ...people.family.flatMap((f) => [f.name, f.child]),
  ];
  return new Set(
    names
      .flatMap((n) => n.split(/[\s,-]+/))
      .map(lettersOf)
      .filter((w) => w.length >= 3),
  );
}

const cache = new WeakMap<RulePack, CompiledPack>();

function compileExtras(pack: RulePack, id: Category): CategoryExtras {
  const rule = pack.rules[id];
  return {
    // Setting-name terms join the setting's own identifiers instead (see setting-terms.ts).
    terms: indexTerms(
      id === 'setting-name' ? [] : rule.extraTerms.map((t) => ({ label: t, letters: termLetters(t) })),
    ),
    allowed: rule.allowedTerms.map((t) => termLetters(t)).filter(Boolean),
    patterns: rule.patterns.map((source) => ({ source, re: RE2JS.compile(source, RE2JS.CASE_INSENSITIVE) })),
  };
}

/**
 * Prepares a validated pack for checking: every list turned into the lookup it needs. Pure, and
 * cached per pack object, so checks on each keystroke reuse it.
 */
export function compilePack(pack: RulePack): CompiledPack {
  const hit = cache.get(pack);
  if (hit) return hit;
  const compiled: CompiledPack = {
    pack,
    setting: compileSettingTerms(pack.setting, pack.rules['setting-name'].extraTerms),
    people: indexPeople(pack.people),
    nameWords: new Set(),
    roles: rolesOf(pack),
    childNames: indexTerms(
      pack.people.children
        .map((c) => ({ label: c, letters: termLetters(c) }))
        .filter((t) => t.letters.length >= 8),
    ),
    extras: Object.fromEntries(CATEGORY_IDS.map((id) => [id, compileExtras(pack, id)])) as Record<
      Category,
      CategoryExtras
    >,
  };
  compiled.nameWords = nameWordsOf(pack);
  cache.set(pack, compiled);
  return compiled;
}
