import type { FormValues } from '../../../components/options/manager/types.ts';
import { defaultPack } from '../../pack/default-pack.ts';
import { CATEGORY_IDS, type RulePack } from '../../pack/schema.ts';
import { formatFamilyLine, parseFamilyLine, splitLines } from './lines.ts';
import { photoDoc, photoValues } from './photo-form.ts';

// The manager's form state and the pack document it stands for. Every field is text as typed
// (lists one item per line), so nothing the manager types is lost to a conversion. Pure.

export interface ManagerForm {
  values: FormValues;
  /** The version of the last pack signed and downloaded; the form then offers the next one. */
  lastExportedVersion: number | null;
}

/** A pack document built from the form, and where each list item came from. */
export interface FormDoc {
  doc: Record<string, unknown>;
  /** For each list field, the textarea line number (from 1) of each item, in order. */
  lines: Record<string, number[]>;
  /** Problems found before the schema runs (a family line with too many parts). */
  problems: { field: string; message: string }[];
}

const joinLines = (items: readonly string[]) => items.join('\n');

/**
 * The fields that describe the setting (its photo settings too) and its rules; "Start from the
 * built-in policy" resets these.
 */
export function policyValues(pack: RulePack): Record<string, string> {
  const { setting, people } = pack;
  const values: Record<string, string> = {
    'setting.name': setting.name,
    'setting.otherNames': joinLines(setting.otherNames),
    'setting.address': setting.address,
    'setting.postcode': setting.postcode,
    'setting.phones': joinLines(setting.phones),
    'setting.emails': joinLines(setting.emails),
    'setting.websites': joinLines(setting.websites),
    'setting.handles.facebook': joinLines(setting.handles.facebook),
    'setting.handles.instagram': joinLines(setting.handles.instagram),
    'setting.handles.x': joinLines(setting.handles.x),
    'setting.hashtags': joinLines(setting.hashtags),
    'setting.relatedPlaces': joinLines(setting.relatedPlaces),
    uniform: pack.uniform,
    'people.manager': people.manager,
    'people.safeguardingLead': people.safeguardingLead,
    'people.staff': joinLines(people.staff),
    'people.children': joinLines(people.children),
    'people.family': joinLines(people.family.map(formatFamilyLine)),
    ...photoValues(pack),
  };
  for (const id of CATEGORY_IDS) {
    const rule = pack.rules[id];
    const at = (field: string) => `rules.${id}.${field}`;
    values[at('severity')] = rule.severity;
    values[at('message')] = rule.message;
    values[at('clause.id')] = rule.clause.id;
    values[at('clause.text')] = rule.clause.text;
    values[at('suggestion')] = rule.suggestion ?? '';
    values[at('extraTerms')] = joinLines(rule.extraTerms);
    values[at('allowedTerms')] = joinLines(rule.allowedTerms);
    values[at('patterns')] = joinLines(rule.patterns);
  }
  return values;
}

/** Every field of a pack, for a form that starts from it. */
export function packValues(pack: RulePack): Record<string, string> {
  return {
    ...policyValues(pack),
    'reports.webhookUrl': pack.reports.webhookUrl ?? '',
    'reports.email': pack.reports.email ?? '',
    'meta.id': pack.meta.id,
    'meta.version': String(pack.meta.version),
    'meta.issuer': pack.meta.issuer,
  };
}

/** A new manager's form: the built-in policy and profile, with the pack's name and issuer to fill. */
export function defaultForm(): ManagerForm {
  return {
    values: { ...packValues(defaultPack), 'meta.id': '', 'meta.version': '1', 'meta.issuer': '' },
    lastExportedVersion: null,
  };
}

/** The pack document the form stands for, for the schema to judge. `issued` is a YYYY-MM-DD date. */
export function formToDoc(values: FormValues, issued: string): FormDoc {
  const lines: Record<string, number[]> = {};
  const problems: FormDoc['problems'] = [];
  const text = (id: string) => values[id] ?? '';
  const optional = (id: string) => text(id).trim() || undefined;
  const list = (id: string) => {
    const split = splitLines(text(id));
    lines[id] = split.lines;
    return split.items;
  };
  const family = list('people.family').map((line, i) => {
    const [name = '', relation = '', child = '', ...extra] = parseFamilyLine(line);
    if (extra.some(Boolean)) {
      problems.push({
        field: 'people.family',
        message: `Line ${lines['people.family']?.[i]}: has more than three parts; write name, relation, child`,
      });
    }
    return { name, relation, child };
  });
  const { coordinates, photos } = photoDoc(text, lines, problems);
  const version = text('meta.version').trim();
  const rule = (id: string) => ({
    severity: text(`rules.${id}.severity`),
    message: text(`rules.${id}.message`),
    clause: { id: text(`rules.${id}.clause.id`), text: text(`rules.${id}.clause.text`) },
    suggestion: optional(`rules.${id}.suggestion`),
    extraTerms: list(`rules.${id}.extraTerms`),
    allowedTerms: list(`rules.${id}.allowedTerms`),
    patterns: list(`rules.${id}.patterns`),
  });
  const doc = {
    format: 1,
    meta: {
      id: text('meta.id'),
      version: /^\d{1,9}$/.test(version) ? Number(version) : version,
      issued,
      issuer: text('meta.issuer'),
    },
    setting: {
      name: text('setting.name'),
      otherNames: list('setting.otherNames'),
      address: text('setting.address'),
      postcode: text('setting.postcode'),
      phones: list('setting.phones'),
      emails: list('setting.emails'),
      websites: list('setting.websites'),
      handles: {
        facebook: list('setting.handles.facebook'),
        instagram: list('setting.handles.instagram'),
        x: list('setting.handles.x'),
      },
      hashtags: list('setting.hashtags'),
      relatedPlaces: list('setting.relatedPlaces'),
      coordinates,
    },
    people: {
      manager: text('people.manager'),
      safeguardingLead: text('people.safeguardingLead'),
      staff: list('people.staff'),
      children: list('people.children'),
      family,
    },
    uniform: text('uniform'),
    rules: Object.fromEntries(CATEGORY_IDS.map((id) => [id, rule(id)])),
    reports: { webhookUrl: optional('reports.webhookUrl'), email: optional('reports.email') },
    photos,
  };
  return { doc, lines, problems };
}
