import type { z } from 'zod';
import type { FieldErrors, FormValues } from '../../../components/options/manager/types.ts';
import { formatPath } from '../../pack/errors.ts';
import { checkPattern } from '../../pack/load-pack.ts';
import { CATEGORY_IDS, rulePackSchema, type RulePack } from '../../pack/schema.ts';
import { ALL_FIELDS, FIELD_IDS } from './fields.ts';
import { formToDoc } from './form.ts';

// Judges the form as the manager types: the pack document it stands for runs through the same
// schema and pattern checks as a pack staff import, and each problem is put beside its field. Pure.

export interface FieldProblem {
  /** The field id (see fields.ts), or '' for a problem with the pack as a whole. */
  field: string;
  message: string;
}

export interface Validation {
  /** The pack ready to sign, or null while there are problems. */
  pack: RulePack | null;
  /** A pack for the test bench: the setting, people and rules, whatever the pack's name and version. */
  benchPack: RulePack | null;
  problems: FieldProblem[];
  byField: FieldErrors;
}

/** Where a schema issue belongs: its field id, and for a list its item index and the item's part. */
export function fieldOfPath(path: readonly PropertyKey[]): { field: string; index?: number; part?: string } {
  const formatted = formatPath(path);
  const cut = formatted.indexOf('[');
  let field = cut >= 0 ? formatted.slice(0, cut) : formatted;
  while (field && !FIELD_IDS.has(field)) field = field.includes('.') ? field.replace(/\.[^.]*$/, '') : '';
  if (cut < 0 || !field) return { field };
  const at = path.findIndex((key) => typeof key === 'number');
  const index = path[at] as number;
  const part = path[at + 1];
  return typeof part === 'string' ? { field, index, part } : { field, index };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An issue in words that follow the field's label. Our schema's own messages are kept as they are. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (/^[a-z]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? 'must be a whole number, e.g. 2'
        : 'is missing';
    case 'too_big':
      if (issue.origin === 'number') return `must be ${String(issue.maximum)} or less`;
      return issue.origin === 'array'
        ? `may hold at most ${String(issue.maximum)} items`
        : `must be at most ${String(issue.maximum)} characters long`;
    case 'too_small':
      if (issue.origin === 'number') return `must be ${String(issue.minimum)} or more`;
      return issue.minimum === 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} long`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

const ITEM_NOUNS = new Map(ALL_FIELDS.flatMap((spec) => (spec.itemNoun ? [[spec.id, spec.itemNoun]] : [])));

/** The message shown beside the field: list items name their line (or colour), family items their part too. */
function placed(where: ReturnType<typeof fieldOfPath>, lines: Record<string, number[]>, message: string) {
  if (where.index === undefined) return capitalise(message);
  const line = `${ITEM_NOUNS.get(where.field) ?? 'Line'} ${lines[where.field]?.[where.index] ?? where.index + 1}`;
  return where.part ? `${line}, ${where.part}: ${message}` : `${line}: ${message}`;
}

/**
 * Whether a problem with this field stops the test bench. The bench checks text, so the pack's name,
 * version and reports, and the settings only the photo guard reads, do not stop it.
 */
export const blocksBench = (field: string): boolean =>
  !/^(meta|reports|photos|setting\.coordinates)\./.test(field);

const BENCH_META = { id: 'test-bench', version: 1, issued: '2000-01-01', issuer: 'test bench' };

export function validateForm(values: FormValues, issued: string): Validation {
  const { doc, lines, problems: formProblems } = formToDoc(values, issued);
  const problems: FieldProblem[] = [...formProblems];
  const parsed = rulePackSchema.safeParse(doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = fieldOfPath(issue.path);
      problems.push({ field: where.field, message: placed(where, lines, describeIssue(issue)) });
    }
  }
  for (const id of CATEGORY_IDS) {
    const field = `rules.${id}.patterns`;
    const patterns = (doc.rules as Record<string, { patterns: string[] }>)[id]?.patterns ?? [];
    patterns.forEach((pattern, index) => {
      const message = checkPattern(pattern);
      if (message) problems.push({ field, message: placed({ field, index }, lines, message) });
    });
  }
  const byField: Record<string, string[]> = {};
  for (const { field, message } of problems) (byField[field] ??= []).push(message);

  const ok = problems.length === 0 && parsed.success;
  // The bench needs only what the text engine reads, so a half-filled name, version or photo setting
  // does not stop it: those parts are set aside (photo settings to their defaults) for the bench.
  const blocking = problems.some((p) => blocksBench(p.field));
  let benchPack: RulePack | null = null;
  if (ok) benchPack = parsed.data;
  else if (!blocking) {
    const setting = { ...(doc.setting as object), coordinates: undefined };
    const bench = rulePackSchema.safeParse({ ...doc, setting, meta: BENCH_META, reports: {}, photos: {} });
    benchPack = bench.success ? bench.data : null;
  }
  return { pack: ok ? parsed.data : null, benchPack, problems, byField };
}

/** Today's date where the manager is, as YYYY-MM-DD (the pack's `meta.issued`). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
