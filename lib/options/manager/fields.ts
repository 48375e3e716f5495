import type { FieldSpec } from '../../../components/options/manager/types.ts';
import { CATEGORY_IDS, type Category } from '../../pack/ids.ts';
import { PHOTO_FIELDS } from './photo-fields.ts';

// Every field of the manager's form, by its path in the pack, with the words the manager reads.

const ONE_PER_LINE = 'One per line.';

export const SETTING_FIELDS: readonly FieldSpec[] = [
  {
    id: 'setting.name',
    label: 'Name of the setting',
    hint: 'As staff and parents write it, e.g. Little Acorns Nursery.',
    kind: 'text',
  },
  {
    id: 'setting.otherNames',
    label: 'Other names and nicknames',
    hint: `${ONE_PER_LINE} e.g. Acorns, LAN.`,
    kind: 'list',
  },
  { id: 'setting.address', label: 'Address', kind: 'long' },
  { id: 'setting.postcode', label: 'Postcode', kind: 'text' },
  { id: 'setting.phones', label: 'Phone numbers', hint: ONE_PER_LINE, kind: 'list' },
  {
    id: 'setting.emails',
    label: 'Email addresses',
    hint: `${ONE_PER_LINE} e.g. office@example.org.`,
    kind: 'list',
  },
  { id: 'setting.websites', label: 'Websites', hint: ONE_PER_LINE, kind: 'list' },
  { id: 'setting.handles.facebook', label: 'Facebook pages', hint: ONE_PER_LINE, kind: 'list' },
  { id: 'setting.handles.instagram', label: 'Instagram accounts', hint: ONE_PER_LINE, kind: 'list' },
  { id: 'setting.handles.x', label: 'X accounts', hint: ONE_PER_LINE, kind: 'list' },
  { id: 'setting.hashtags', label: 'Hashtags', hint: `${ONE_PER_LINE} e.g. #LittleAcorns.`, kind: 'list' },
  {
    id: 'setting.relatedPlaces',
    label: 'Related places',
    hint: `${ONE_PER_LINE} Places that point to the setting, e.g. the church hall it meets in.`,
    kind: 'list',
  },
  {
    id: 'uniform',
    label: 'Work uniform',
    hint: 'What staff wear at work, e.g. green polo shirt with the acorn logo.',
    kind: 'long',
  },
  // Last, as the page shows them after the setting's other fields (see PackForm).
  ...PHOTO_FIELDS,
];

export const PEOPLE_FIELDS: readonly FieldSpec[] = [
  { id: 'people.manager', label: "Manager's name", hint: 'Staff are told to ask them.', kind: 'text' },
  { id: 'people.safeguardingLead', label: 'Designated safeguarding lead', kind: 'text' },
  { id: 'people.staff', label: 'Staff', hint: 'Full names, one per line.', kind: 'list', csv: 'names' },
  {
    id: 'people.children',
    label: 'Children',
    hint: 'Full names, one per line.',
    kind: 'list',
    csv: 'names',
  },
  {
    id: 'people.family',
    label: 'Parents and family members',
    hint: 'One per line: name, relation, child. For example: Sarah Jones, mother, Amelia Jones',
    kind: 'family',
    csv: 'family',
  },
];

export const REPORT_FIELDS: readonly FieldSpec[] = [
  {
    id: 'reports.webhookUrl',
    label: 'Web address for reports (webhook)',
    hint: 'Optional. Must start with https://.',
    kind: 'url',
  },
  { id: 'reports.email', label: 'Email address for reports', hint: 'Optional.', kind: 'email' },
];

export const IDENTITY_FIELDS: readonly FieldSpec[] = [
  {
    id: 'meta.id',
    label: 'Pack name',
    hint: 'A short name that stays the same for every version, e.g. little-acorns-policy.',
    kind: 'text',
  },
  {
    id: 'meta.version',
    label: 'Version',
    hint: 'A whole number. Staff accept only a newer version than the one they have.',
    kind: 'number',
  },
  {
    id: 'meta.issuer',
    label: 'Issued by',
    hint: 'Your name and role, e.g. Jo Bloggs, Manager.',
    kind: 'text',
  },
];

const OPTIONAL_LIST = 'Optional. One per line.';

/** The fields of one category's rule. */
export function ruleFields(category: Category): FieldSpec[] {
  const id = (field: string) => `rules.${category}.${field}`;
  return [
    { id: id('severity'), label: 'What staff see', kind: 'severity' },
    { id: id('message'), label: 'Message to staff', kind: 'long' },
    { id: id('clause.id'), label: 'Clause number', hint: 'e.g. staff-1', kind: 'text' },
    { id: id('clause.text'), label: 'Policy clause, quoted', kind: 'long' },
    { id: id('suggestion'), label: 'What to do instead', hint: 'Optional.', kind: 'long' },
    { id: id('extraTerms'), label: 'Extra words to flag', hint: OPTIONAL_LIST, kind: 'list' },
    { id: id('allowedTerms'), label: 'Words never to flag', hint: OPTIONAL_LIST, kind: 'list' },
    {
      id: id('patterns'),
      label: 'Patterns (advanced)',
      hint: 'Optional. One RE2 regular expression per line, matched ignoring case.',
      kind: 'list',
    },
  ];
}

export const RULE_FIELDS: Readonly<Record<Category, readonly FieldSpec[]>> = Object.fromEntries(
  CATEGORY_IDS.map((category) => [category, ruleFields(category)]),
) as Record<Category, FieldSpec[]>;

export const ALL_FIELDS: readonly FieldSpec[] = [
  ...SETTING_FIELDS,
  ...PEOPLE_FIELDS,
  ...CATEGORY_IDS.flatMap((category) => RULE_FIELDS[category]),
  ...REPORT_FIELDS,
  ...IDENTITY_FIELDS,
];

export const FIELD_IDS: ReadonlySet<string> = new Set(ALL_FIELDS.map((f) => f.id));
