import { CATEGORY_TITLES } from '../../../components/finding-list.tsx';
import type { SummaryProblem } from '../../../components/options/manager/error-summary.tsx';
import { CATEGORY_IDS, type Category } from '../../pack/ids.ts';
import { ALL_FIELDS } from './fields.ts';
import type { ManagerForm } from './form.ts';
import { blocksBench, type FieldProblem, type Validation } from './validate.ts';

// What the manager reads about the form as a whole: the error summary's labels and the version hint.

const LABELS = new Map(ALL_FIELDS.map((spec) => [spec.id, spec.label]));

/** A field's label as the error summary says it; a rule's fields name their rule. */
export function summaryLabel(field: string): string {
  const label = LABELS.get(field) ?? field;
  const category = /^rules\.([^.]+)\./.exec(field)?.[1];
  return category && (CATEGORY_IDS as readonly string[]).includes(category)
    ? `${CATEGORY_TITLES[category as Category]} rule, ${label.charAt(0).toLowerCase()}${label.slice(1)}`
    : label;
}

const ORDER = new Map(ALL_FIELDS.map((spec, i) => [spec.id, i]));
const orderOf = (field: string) => ORDER.get(field) ?? ORDER.size;

/** The problems in the order of the page, each with its field's label. */
export function summaryProblems(problems: readonly FieldProblem[]): SummaryProblem[] {
  return [...problems]
    .sort((a, b) => orderOf(a.field) - orderOf(b.field))
    .map(({ field, message }) => ({ field, label: summaryLabel(field), message }));
}

/** Beside the version: the one last exported, and a warning when this one is not newer. */
export function versionHint(form: ManagerForm): Record<string, string> {
  const last = form.lastExportedVersion;
  if (last === null) return {};
  const typed = Number(form.values['meta.version']?.trim() || NaN);
  const stale = Number.isInteger(typed) && typed <= last;
  return {
    'meta.version': `You last exported version ${last}.${
      stale ? ` Staff who have version ${last} will refuse this one: use ${last + 1} or more.` : ''
    }`,
  };
}

/** What stops the test bench: the problems outside the pack's name, version, reports and photo settings. */
export function benchBlockers({ benchPack, problems }: Validation): string[] {
  if (benchPack) return [];
  return problems
    .filter((p) => blocksBench(p.field))
    .map((p) => (p.field ? `${summaryLabel(p.field)}: ${p.message}` : p.message));
}
