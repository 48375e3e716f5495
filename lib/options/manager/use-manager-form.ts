import { useCallback, useMemo, useState } from 'react';
import type { FieldErrors, FileKind } from '../../../components/options/manager/types.ts';
import { defaultPack } from '../../pack/default-pack.ts';
import { policyValues, type ManagerForm } from './form.ts';
import { useListImport } from './use-list-import.ts';
import { useLogoImport } from './use-logo-import.ts';
import { useManagerDraft, type ManagerDraft } from './use-manager-draft.ts';
import { localDate, validateForm, type Validation } from './validate.ts';

export interface ManagerFormState {
  draft: ManagerDraft;
  form: ManagerForm;
  /** The form judged as it is now. */
  validation: Validation;
  /** The problems to show beside fields: those the manager has left, or all after an export attempt. */
  shown: FieldErrors;
  /** Whether "Sign and download" has been tried: the error summary shows from then on. */
  attempted: boolean;
  /** Changes on each refused export, so the error summary takes focus again. */
  summarySignal: number;
  setValue: (field: string, value: string) => void;
  touch: (field: string) => void;
  importNotes: ReturnType<typeof useListImport>['notes'];
  /** A file chosen for a field: a CSV added to a people list, or the uniform's logo image. */
  importFile: (field: string, kind: FileKind, file: File) => void;
  /** "Start from the built-in policy": the setting, people and rules; the pack's identity stays. */
  resetPolicy: () => void;
  /** An export attempt: the form judged today, showing every problem if it is not ready. */
  attemptExport: () => Validation;
  /** After a signed export of `version`: remember it and offer the next. */
  exported: (version: number) => void;
}

/** The manager's form: the saved draft, validation as they type, and which problems to show. */
export function useManagerForm(): ManagerFormState {
  const draft = useManagerDraft();
  const { form, setValue, update } = draft;
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [summarySignal, setSummarySignal] = useState(0);
  const validation = useMemo(() => validateForm(form.values, localDate()), [form.values]);
  const shown = useMemo(
    () =>
      attempted
        ? validation.byField
        : Object.fromEntries(Object.entries(validation.byField).filter(([field]) => touched.has(field))),
    [attempted, touched, validation.byField],
  );
  const current = useCallback((field: string) => form.values[field] ?? '', [form.values]);
  const imports = useListImport(current, setValue);
  const logo = useLogoImport(setValue);
  const importNotes = useMemo(() => ({ ...imports.notes, ...logo.notes }), [imports.notes, logo.notes]);

  const touch = useCallback(
    (field: string) => setTouched((all) => (all.has(field) ? all : new Set(all).add(field))),
    [],
  );

  return {
    draft,
    form,
    validation,
    shown,
    attempted,
    summarySignal,
    setValue: (field, value) => {
      // A logo removed after a file was refused: what that file did no longer applies.
      if (field in logo.notes) logo.clearNote(field);
      setValue(field, value);
    },
    touch,
    importNotes,
    importFile: (field, kind, file) => {
      touch(field);
      void (kind === 'logo' ? logo.importLogo(field, file) : imports.importFile(field, kind, file));
    },
    resetPolicy: () => {
      update((f) => ({ ...f, values: { ...f.values, ...policyValues(defaultPack) } }));
      setTouched(new Set());
    },
    attemptExport: () => {
      setAttempted(true);
      const ready = validateForm(form.values, localDate());
      if (!ready.pack) setSummarySignal((n) => n + 1);
      return ready;
    },
    exported: (version) =>
      update((f) => ({
        lastExportedVersion: version,
        values: { ...f.values, 'meta.version': String(version + 1) },
      })),
  };
}
