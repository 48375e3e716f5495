import type { ReactNode } from 'react';
import type { CsvImportNote } from './csv-import.tsx';
import { FieldControl } from './field-control.tsx';
import { fieldDomId, type FieldSpec } from './types.ts';
import './manager.css';

export interface FieldRowProps {
  spec: FieldSpec;
  value: string;
  /** Problems to show beside the field; none (or empty) when it is fine or not yet touched. */
  errors?: readonly string[];
  /** Said after the spec's own hint, e.g. the version last exported. */
  extraHint?: string;
  onChange: (field: string, value: string) => void;
  onBlur: (field: string) => void;
  /** A file chosen for the field (the uniform's logo). */
  onFile?: (file: File) => void;
  /** What the last file chosen for the field did. */
  note?: CsvImportNote;
  /** More controls that belong to the field, such as a CSV import. */
  children?: ReactNode;
}

/** One labelled field with its hint and, when there is a problem, the problem beside it. */
export function FieldRow(props: FieldRowProps) {
  const { spec, value, errors, extraHint, onChange, onBlur, onFile, note, children } = props;
  const id = fieldDomId(spec.id);
  const hint = [spec.hint, extraHint].filter(Boolean).join(' ');
  const invalid = (errors?.length ?? 0) > 0;
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    name: spec.id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': invalid || undefined,
    onBlur: () => onBlur(spec.id),
  } as const;
  return (
    <div className="ssg-mf-row" data-invalid={invalid || undefined}>
      {spec.kind === 'colours' ? (
        // A list of controls has no one control to label: the list is a group named by this.
        <span id={`${id}-label`} className="ssg-mf-label">
          {spec.label}
        </span>
      ) : (
        <label htmlFor={id} className="ssg-mf-label">
          {spec.label}
        </label>
      )}
      {hint && (
        <p id={`${id}-hint`} className="ssg-mf-hint">
          {hint}
        </p>
      )}
      {invalid && (
        <div id={`${id}-error`} className="ssg-mf-error">
          {errors?.map((message, i) => (
            <p key={i}>
              <span className="ssg-mf-visually-hidden">Error: </span>
              {message}
            </p>
          ))}
        </div>
      )}
      <FieldControl
        spec={spec}
        value={value}
        common={common}
        onChange={onChange}
        onFile={onFile}
        note={note}
      />
      {children}
    </div>
  );
}
