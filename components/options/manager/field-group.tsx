import type { ReactNode } from 'react';
import { CsvImport, type CsvImportNote } from './csv-import.tsx';
import { FieldRow } from './field-row.tsx';
import { fieldDomId, type FieldErrors, type FieldSpec, type FileKind, type FormValues } from './types.ts';

export interface FieldGroupProps {
  legend: string;
  specs: readonly FieldSpec[];
  values: FormValues;
  /** Problems to show, by field id: only fields touched, or all after an export attempt. */
  errors: FieldErrors;
  extraHints?: Readonly<Record<string, string>>;
  onChange: (field: string, value: string) => void;
  onBlur: (field: string) => void;
  importNotes?: Readonly<Record<string, CsvImportNote>>;
  /** A file chosen for a field: a CSV for a list that takes one, or the uniform's logo. */
  onImport?: (field: string, kind: FileKind, file: File) => void;
  /** Said under the legend. */
  intro?: ReactNode;
  /** Shown after the fields. */
  children?: ReactNode;
}

/** A fieldset of field rows; lists that take a CSV file get an import under them, a logo its file. */
export function FieldGroup(props: FieldGroupProps) {
  const {
    legend,
    specs,
    values,
    errors,
    extraHints,
    onChange,
    onBlur,
    importNotes,
    onImport,
    intro,
    children,
  } = props;
  return (
    <fieldset className="ssg-mf-group">
      <legend>
        <h3>{legend}</h3>
      </legend>
      {intro}
      {specs.map((spec) => (
        <FieldRow
          key={spec.id}
          spec={spec}
          value={values[spec.id] ?? ''}
          errors={errors[spec.id]}
          extraHint={extraHints?.[spec.id]}
          onChange={onChange}
          onBlur={onBlur}
          onFile={spec.kind === 'logo' && onImport ? (file) => onImport(spec.id, 'logo', file) : undefined}
          note={spec.kind === 'logo' ? importNotes?.[spec.id] : undefined}
        >
          {spec.csv && onImport && (
            <CsvImport
              fieldDomId={fieldDomId(spec.id)}
              kind={spec.csv}
              note={importNotes?.[spec.id]}
              onFile={(file) => onImport(spec.id, spec.csv ?? 'names', file)}
            />
          )}
        </FieldRow>
      ))}
      {children}
    </fieldset>
  );
}
