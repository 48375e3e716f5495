import type { ReactNode } from 'react';
import { SEVERITIES, type Severity } from '../../../lib/pack/ids.ts';
import { ColourList } from './colour-list.tsx';
import type { CsvImportNote } from './csv-import.tsx';
import { LogoInput } from './logo-input.tsx';
import { coordinatePair } from './photo-values.ts';
import type { FieldSpec } from './types.ts';

/** The severities as the manager chooses them: what staff meet at each. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  off: 'Off: not checked',
  notice: 'Notice: a note, nothing is stopped',
  warn: 'Warn: asked to check before posting',
  confirm: 'Confirm: must give a reason to post',
  block: 'Block: cannot post it',
};

/** What every control of a field carries: its id, name, description, validity and leaving it. */
export interface ControlCommon {
  id: string;
  name: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  onBlur: () => void;
}

export interface FieldControlProps {
  spec: FieldSpec;
  value: string;
  common: ControlCommon;
  onChange: (field: string, value: string) => void;
  /** A file chosen for the field (the logo). */
  onFile?: (file: File) => void;
  /** What the last file chosen did. */
  note?: CsvImportNote;
}

const LIST_KINDS = new Set(['list', 'family']);
const INPUT_MODES = { number: 'numeric', email: 'email', url: 'url', coordinate: 'decimal' } as const;

/** The control that edits one field, by its kind. */
export function FieldControl({ spec, value, common, onChange, onFile, note }: FieldControlProps): ReactNode {
  const change = (e: { target: { value: string } }) => onChange(spec.id, e.target.value);
  const lines = value.split('\n').length;
  switch (spec.kind) {
    case 'severity':
      return (
        <select {...common} value={value} onChange={change}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      );
    case 'colours':
      return (
        <ColourList {...common} label={spec.label} value={value} onChange={(v) => onChange(spec.id, v)} />
      );
    case 'logo':
      return (
        <LogoInput
          {...common}
          value={value}
          note={note}
          onFile={(file) => onFile?.(file)}
          onRemove={() => onChange(spec.id, '')}
        />
      );
    case 'long':
    case 'list':
    case 'family': {
      const list = LIST_KINDS.has(spec.kind);
      return (
        <textarea
          {...common}
          value={value}
          onChange={change}
          rows={list ? Math.min(Math.max(lines + 1, 3), 12) : Math.min(Math.max(lines, 2), 8)}
          spellCheck={list ? false : undefined}
        />
      );
    }
    default:
      return (
        <input
          {...common}
          type="text"
          inputMode={
            spec.kind in INPUT_MODES ? INPUT_MODES[spec.kind as keyof typeof INPUT_MODES] : undefined
          }
          value={value}
          onChange={change}
          onPaste={spec.kind === 'coordinate' ? (e) => pastePair(spec.id, e, onChange) : undefined}
          autoComplete="off"
          spellCheck={spec.kind === 'text' ? undefined : false}
        />
      );
  }
}

/**
 * Coordinates copied from a map come as a pair ("51.5072, -0.1276"): pasted into either box, they
 * fill both. Anything else pastes as usual.
 */
function pastePair(
  field: string,
  e: { clipboardData: { getData: (type: string) => string }; preventDefault: () => void },
  onChange: (field: string, value: string) => void,
) {
  const pair = coordinatePair(e.clipboardData.getData('text'));
  if (!pair) return;
  e.preventDefault();
  const base = field.replace(/\.(latitude|longitude)$/, '');
  onChange(`${base}.latitude`, pair.latitude);
  onChange(`${base}.longitude`, pair.longitude);
}
