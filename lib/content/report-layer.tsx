import { useSyncExternalStore } from 'react';
import { ReportControl, type ReportControlProps } from '../../components/report-control.tsx';
import { ReportForm, type ReportFormProps } from '../../components/report-form.tsx';
import { ReportPicker, type ReportPickerProps } from '../../components/report-picker.tsx';

/** What the reporting UI shows, in our shadow root (lib/content/guard-ui.tsx renders it). */
export interface ReportView {
  control: ReportControlProps | null;
  picker: ReportPickerProps | null;
  /** `id` changes for every form opened, so a new report never keeps an old one's state. */
  form: (ReportFormProps & { id: number }) | null;
  /** Hidden (but kept) while a screenshot of the tab is taken, so the form is not in it. */
  hidden: boolean;
}

export interface ReportStore {
  subscribe: (notify: () => void) => () => void;
  get: () => ReportView;
  set: (next: Partial<ReportView>) => void;
}

export function createReportStore(): ReportStore {
  let view: ReportView = { control: null, picker: null, form: null, hidden: false };
  const listeners = new Set<() => void>();
  return {
    subscribe: (notify) => (listeners.add(notify), () => listeners.delete(notify)),
    get: () => view,
    set(next) {
      view = { ...view, ...next };
      listeners.forEach((notify) => notify());
    },
  };
}

export function ReportLayer({ store }: { store: ReportStore }) {
  const { control, picker, form, hidden } = useSyncExternalStore(store.subscribe, store.get);
  if (!control && !picker && !form) return null;
  return (
    <div style={hidden ? { visibility: 'hidden' } : undefined}>
      {control && !picker && !form && <ReportControl {...control} />}
      {picker && <ReportPicker {...picker} />}
      {form && <ReportForm key={form.id} {...form} />}
    </div>
  );
}
