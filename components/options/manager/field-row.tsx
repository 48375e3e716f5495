import type { ReactNode } from 'react';
import { SEVERITIES, type Severity } from '../../../lib/pack/ids.ts';
import { fieldDomId, type FieldSpec } from './types.ts';
import './manager.css';

/** The severities as the manager chooses them: what staff meet at each. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  off: 'Off: not checked',
  notice: 'Notice: a note, nothing is stopped',
  warn: 'Warn: asked to check before posting',
  confirm: 'Confirm: must give a reason to post',
  block: 'Block: cannot post it',
};

export interface FieldRowProps {
  spec: FieldSpec;
  value: string;
  /** Problems to show beside the field; none (or empty) when it is fine or not yet touched. */
  errors?: readonly string[];
  /** Said after the spec's own hint, e.g. the version last exported. */
  extraHint?: string;
  onChange: (field: string, value: string) => void;
  onBlur: (field: string) => void;
  /** More controls that belong to the field, such as a CSV import. */
  children?: ReactNode;
}

const LIST_KINDS = new Set(['list', 'family']);

/** One labelled field with its hint and, when there is a problem, the problem beside it. */
export function FieldRow({ spec, value, errors, extraHint, onChange, onBlur, children }: FieldRowProps) {
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
  };
  const change = (e: { target: { value: string } }) => onChange(spec.id, e.target.value);
  const lines = value.split('\n').length;
  let control: ReactNode;
  if (spec.kind === 'severity') {
    control = (
      <select {...common} value={value} onChange={change}>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABELS[s]}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'long' || LIST_KINDS.has(spec.kind)) {
    const list = LIST_KINDS.has(spec.kind);
    control = (
      <textarea
        {...common}
        value={value}
        onChange={change}
        rows={list ? Math.min(Math.max(lines + 1, 3), 12) : Math.min(Math.max(lines, 2), 8)}
        spellCheck={list ? false : undefined}
      />
    );
  } else {
    const inputMode = { number: 'numeric', email: 'email', url: 'url' } as const;
    control = (
      <input
        {...common}
        type="text"
        inputMode={spec.kind in inputMode ? inputMode[spec.kind as keyof typeof inputMode] : undefined}
        value={value}
        onChange={change}
        autoComplete="off"
        spellCheck={spec.kind === 'text' ? undefined : false}
      />
    );
  }
  return (
    <div className="ssg-mf-row" data-invalid={invalid || undefined}>
      <label htmlFor={id} className="ssg-mf-label">
        {spec.label}
      </label>
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
      {control}
      {children}
    </div>
  );
}
