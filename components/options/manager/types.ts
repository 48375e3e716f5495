// Shapes shared by the manager's form components. Pure: no DOM, no React.

/**
 * How a field is edited. Lists are textareas, one item per line; a coordinate is one number in
 * decimal degrees; colours are a list of colour pickers; a logo is an image file kept as a data: URL.
 */
export type FieldKind =
  | 'text'
  | 'long'
  | 'list'
  | 'family'
  | 'severity'
  | 'number'
  | 'email'
  | 'url'
  | 'coordinate'
  | 'colours'
  | 'logo';

/** A file the manager chooses for a field: a CSV of names or of family members, or a logo image. */
export type FileKind = 'names' | 'family' | 'logo';

export interface FieldSpec {
  /** The field's path in the pack, e.g. `setting.emails` or `rules.reputation.clause.text`. */
  id: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  /** A list that can also be filled from a CSV file: one name per row, or name, relation, child. */
  csv?: 'names' | 'family';
  /** The form's section the field belongs to, when not the group it is listed in ('photos'). */
  group?: 'photos';
  /** What an item of a list is called in its problems, e.g. "Colour 2: …" (by default "Line 2: …"). */
  itemNoun?: string;
}

/** The form's values: every field's text, by field id. */
export type FormValues = Readonly<Record<string, string>>;

/** Messages to show beside each field, by field id; a field with none is not listed. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** The DOM id of a field's control, for labels, error links and focus. */
export const fieldDomId = (fieldId: string): string => `ssg-mf-${fieldId.replace(/[^A-Za-z0-9-]/g, '-')}`;
