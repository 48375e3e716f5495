import { browser } from '#imports';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSaveState } from '../../../components/options/manager/draft-bar.tsx';
import { z } from 'zod';
import { FIELD_IDS } from './fields.ts';
import { defaultForm, type ManagerForm } from './form.ts';

/** `browser.storage.local` key holding the manager's unfinished work. */
export const DRAFT_KEY = 'managerDraft';
export const DRAFT_DELAY_MS = 400;

const storedDraftSchema = z.object({
  format: z.literal(1),
  values: z.record(z.string(), z.string().max(1_000_000)),
  lastExportedVersion: z.number().int().nonnegative().nullable(),
});

/** A stored draft over the default form: unknown fields dropped, missing ones from the default. */
export function restoreDraft(stored: unknown): ManagerForm | null {
  const parsed = storedDraftSchema.safeParse(stored);
  if (!parsed.success) return null;
  const base = defaultForm();
  const known = Object.entries(parsed.data.values).filter(([id]) => FIELD_IDS.has(id));
  return {
    values: { ...base.values, ...Object.fromEntries(known) },
    lastExportedVersion: parsed.data.lastExportedVersion,
  };
}

export type SaveState = DraftSaveState;

export interface ManagerDraft {
  form: ManagerForm;
  loaded: boolean;
  saveState: SaveState;
  /** Why the draft could not be read or saved, in words. */
  error: string | null;
  setValue: (field: string, value: string) => void;
  update: (change: (form: ManagerForm) => ManagerForm) => void;
}

const write = (form: ManagerForm) =>
  browser.storage.local.set({
    [DRAFT_KEY]: { format: 1, ...form } satisfies z.input<typeof storedDraftSchema>,
  });

/** The whole form, restored from extension storage on load and saved there as the manager types. */
export function useManagerDraft(delayMs = DRAFT_DELAY_MS): ManagerDraft {
  const [form, setForm] = useState<ManagerForm>(defaultForm);
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const [error, setError] = useState<string | null>(null);
  /** The manager changed the form since it was last queued for saving. */
  const changed = useRef(false);
  /** The form waiting to be saved, or null when storage has the latest. */
  const unsaved = useRef<ManagerForm | null>(null);

  useEffect(() => {
    let live = true;
    browser.storage.local.get(DRAFT_KEY).then(
      (items) => {
        if (!live) return;
        const restored = items[DRAFT_KEY] === undefined ? null : restoreDraft(items[DRAFT_KEY]);
        if (items[DRAFT_KEY] !== undefined && !restored) {
          setError('Your saved draft could not be read, so the form starts from the built-in policy.');
        }
        if (restored) setForm(restored);
        setLoaded(true);
        setSaveState('unchanged');
      },
      (reason: unknown) => {
        if (!live) return;
        setError(`Your saved draft could not be loaded (${String(reason)}).`);
        setLoaded(true);
        setSaveState('unchanged');
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const flush = useCallback(() => {
    const pending = unsaved.current;
    if (!pending) return;
    unsaved.current = null;
    write(pending).then(
      () => setSaveState((state) => (unsaved.current ? state : 'saved')),
      (reason: unknown) => {
        setSaveState('failed');
        setError(`Your draft could not be saved (${String(reason)}). Keep this page open.`);
      },
    );
  }, []);

  // Each change by the manager is saved once typing pauses.
  useEffect(() => {
    if (changed.current) {
      changed.current = false;
      unsaved.current = form;
    }
    if (!unsaved.current) return;
    const timer = setTimeout(flush, delayMs);
    return () => clearTimeout(timer);
  }, [form, delayMs, flush]);

  // Leaving the page before the pause is over still saves.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback((change: (form: ManagerForm) => ManagerForm) => {
    changed.current = true;
    setForm(change);
    setSaveState('pending');
  }, []);

  const setValue = useCallback(
    (field: string, value: string) => update((f) => ({ ...f, values: { ...f.values, [field]: value } })),
    [update],
  );

  return { form, loaded, saveState, error, setValue, update };
}
