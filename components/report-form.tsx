import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { PLATFORMS, type Platform } from '../lib/pack/ids.ts';
import type { ReportGuidance } from '../lib/safeguarding/guidance.ts';
import {
  DELIVERY_STATES,
  REPORT_CATEGORIES,
  REPORT_CATEGORY_NAMES,
  reportInputSchema,
  type ReportInput,
} from '../lib/safeguarding/record.ts';
import { activeElementFor } from './focus-trap.ts';
import { useModalBackdrop } from './modal-keys.ts';
import { ReportScreenshot } from './report-screenshot.tsx';
import './warning-dialog.css';
import './report-form.css';

/** What the page gave us, for the person to check and edit. */
export interface ReportPrefill {
  words: string;
  senderName: string;
  senderProfile: string;
  platform: Platform;
  where: string;
  shownTime: string;
  /** When they saw it: epoch ms (the form shows it to the minute, in local time). */
  seenAt: number;
}

export type ReportSubject = 'message' | 'comment' | 'selection';
export type SubmitAnswer = { id: string; state: (typeof DELIVERY_STATES)[number] };

export interface ReportFormProps {
  prefill: ReportPrefill;
  subject: ReportSubject;
  /** From the pack in force; null while it loads or when it could not be had. */
  guidance: ReportGuidance | null;
  /** Takes a screenshot of the visible tab; rejects with a reason fit to show. */
  onCapture: () => Promise<string>;
  startedFromMenu: boolean;
  /** Saves the report; rejects with a reason fit to show. */
  onSubmit: (input: ReportInput) => Promise<SubmitAnswer>;
  onClose: () => void;
}

const PLATFORM_NAMES: Record<Platform, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

// The pack's points, for when the background could not be asked (the same words as
// lib/safeguarding/guidance.ts, without the setting's names).
const FALLBACK_POINTS = [
  'Do not reply or engage with the sender any further.',
  'Do not forward the message, and do not save or share any images of children.',
  "If your concern is about a colleague, follow your setting's whistleblowing policy and speak to the manager directly.",
];

type Category = (typeof REPORT_CATEGORIES)[number];
type Field = 'words' | 'seenAt' | 'category' | 'replied' | 'form';
type Errors = Partial<Record<Field, string>>;

interface Values {
  words: string;
  senderName: string;
  senderProfile: string;
  platform: Platform;
  where: string;
  shownTime: string;
  /** `<input type="datetime-local">` value, local time, to the minute. */
  seenAt: string;
  category: Category | '';
  whatHappened: string;
  replied: 'yes' | 'no' | '';
  screenshot: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms as a datetime-local value ("2026-11-20T14:05"), in local time. */
export function toLocalInput(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value back to epoch ms (local time), or null when it is not a date and time. */
export function fromLocalInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date.getTime() : null;
}

const initialValues = (prefill: ReportPrefill): Values => ({
  ...prefill,
  seenAt: toLocalInput(prefill.seenAt),
  category: '',
  whatHappened: '',
  replied: '',
  screenshot: null,
});

/** The report exactly as the form shows it, or what to fix. */
export function reportFrom(values: Values): { input: ReportInput } | { errors: Errors } {
  const errors: Errors = {};
  const seenAt = fromLocalInput(values.seenAt);
  if (values.words.trim() === '') errors.words = 'Keep or paste the exact words of the message.';
  if (seenAt === null) errors.seenAt = 'Enter the date and time you saw it.';
  if (!values.category) errors.category = 'Choose the category that fits best.';
  if (!values.replied) errors.replied = 'Say whether you replied.';
  if (Object.keys(errors).length > 0 || seenAt === null || !values.category || !values.replied) {
    return { errors };
  }
  const input: ReportInput = {
    words: values.words,
    senderName: values.senderName,
    senderProfile: values.senderProfile,
    platform: values.platform,
    where: values.where,
    shownTime: values.shownTime,
    seenAt,
    category: values.category,
    whatHappened: values.whatHappened,
    replied: values.replied,
    ...(values.screenshot !== null ? { screenshot: values.screenshot } : {}),
  };
  const parsed = reportInputSchema.safeParse(input);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? 'a field';
    return {
      errors: { form: `Something in the form is too long to save (${where}). Shorten it and try again.` },
    };
  }
  return { input };
}

/** What the person is told once the report is saved, by how the pack sends reports. */
export function savedMessage(guidance: ReportGuidance | null): string {
  if (guidance?.delivery === 'webhook') return `Saved. It will be sent to ${guidance.passedTo}.`;
  return "Saved in your outbox: open the extension's popup to email it or save it as a file.";
}

const TITLES: Record<ReportSubject, string> = {
  message: 'Report a message to your safeguarding lead',
  comment: 'Report a comment to your safeguarding lead',
  selection: 'Report to your safeguarding lead',
};

/** Keeps the host page's shortcuts and focus handlers from seeing what happens in the dialog. */

/**
 * The report form: a modal dialog in our shadow root. The page's details come in prefilled and
 * stay editable; the person adds the category, what happened and whether they replied, and may
 * attach a screenshot they have seen. What is saved is exactly what the form shows. Focus moves in,
 * Tab stays inside, and Esc closes (asking first when anything was typed, so nothing is lost).
 */
export function ReportForm(props: ReportFormProps) {
  const { prefill, subject, guidance, onCapture, startedFromMenu, onSubmit, onClose } = props;
  const [start] = useState(() => initialValues(prefill));
  const [values, setValues] = useState<Values>(start);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<
    | { step: 'editing' }
    | { step: 'saving' }
    | { step: 'saved'; message: string }
    | { step: 'failed'; reason: string }
  >({ step: 'editing' });
  const [confirmingClose, setConfirmingClose] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLTextAreaElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const ids = {
    title: useId(),
    intro: useId(),
    guidance: useId(),
    summary: useId(),
    field: useId(),
  };
  const fieldId = (name: string) => `${ids.field}-${name}`;
  const errorId = (name: Field) => `${ids.field}-${name}-error`;

  useEffect(() => firstRef.current?.focus(), []);
  // Asking before closing moves focus to "Keep editing"; keeping on editing puts it back.
  const beforeConfirm = useRef<HTMLElement | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmingClose) return keepRef.current?.focus();
    const back = beforeConfirm.current;
    beforeConfirm.current = null;
    if (back) (back.isConnected ? back : cancelRef.current)?.focus();
  }, [confirmingClose]);
  useEffect(() => {
    if (status.step === 'saved') doneRef.current?.focus();
  }, [status.step]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((all) => ({ ...all, [key]: value }));
    if (key in errors) {
      setErrors((all) => {
        const next = { ...all };
        delete next[key as Field];
        return next;
      });
    }
  };
  const dirty = (Object.keys(start) as (keyof Values)[]).some((key) => values[key] !== start[key]);

  const askToClose = () => {
    if (status.step === 'saved' || !dirty) return onClose();
    const active = dialogRef.current && activeElementFor(dialogRef.current);
    beforeConfirm.current = active instanceof HTMLElement ? active : null;
    setConfirmingClose(true);
  };

  const submit = async () => {
    if (status.step === 'saving') return;
    const result = reportFrom(values);
    if ('errors' in result) {
      setErrors(result.errors);
      const first = (['words', 'seenAt', 'category', 'replied', 'form'] as const).find(
        (f) => result.errors[f],
      );
      const target = first && dialogRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`);
      target?.focus();
      return;
    }
    setErrors({});
    setStatus({ step: 'saving' });
    try {
      await onSubmit(result.input);
      setStatus({ step: 'saved', message: savedMessage(guidance) });
    } catch (error) {
      setStatus({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const points = guidance?.points ?? FALLBACK_POINTS;
  const passedTo = guidance?.passedTo ?? 'your safeguarding lead';
  const errorList = (['words', 'seenAt', 'category', 'replied', 'form'] as const).filter((f) => errors[f]);

  const text = (
    name: 'senderName' | 'senderProfile' | 'where' | 'shownTime',
    label: string,
    extra: { type?: string; hint?: string } = {},
  ) => (
    <div className="ssg-report-field">
      <label htmlFor={fieldId(name)}>{label}</label>
      <input
        id={fieldId(name)}
        className="ssg-textbox"
        type={extra.type ?? 'text'}
        value={values[name]}
        onChange={(e) => set(name, e.target.value)}
        aria-describedby={extra.hint ? `${fieldId(name)}-hint` : undefined}
        autoComplete="off"
      />
      {extra.hint && (
        <p id={`${fieldId(name)}-hint`} className="ssg-hint">
          {extra.hint}
        </p>
      )}
    </div>
  );
  const fieldError = (name: Field): ReactNode =>
    errors[name] ? (
      <p id={errorId(name)} className="ssg-report-error">
        {errors[name]}
      </p>
    ) : null;

  const backdrop = useModalBackdrop(dialogRef, () =>
    confirmingClose ? setConfirmingClose(false) : askToClose(),
  );
  return (
    <div {...backdrop}>
      <div
        ref={dialogRef}
        className="ssg-dialog ssg-report"
        role="dialog"
        aria-modal="true"
        aria-labelledby={ids.title}
        aria-describedby={ids.intro}
        tabIndex={-1}
        data-testid="report-form"
      >
        <header className="ssg-dialog-header">
          <p className="ssg-dialog-brand">Staff Social Guard</p>
          <h2 id={ids.title} className="ssg-dialog-title">
            {TITLES[subject]}
          </h2>
          <p id={ids.intro} className="ssg-dialog-summary">
            {`Check the details the page gave, add what happened, and save. This report goes to ${passedTo}.`}
          </p>
        </header>
        {status.step === 'saved' ? (
          <div className="ssg-dialog-body ssg-report-done">
            <p role="status" className="ssg-report-saved">
              {status.message}
            </p>
            <div className="ssg-buttons">
              <button type="button" className="ssg-button ssg-button-primary" ref={doneRef} onClick={onClose}>
                Close
              </button>
            </div>
          </div>
        ) : (
          <form
            className="ssg-report-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <div className="ssg-dialog-body">
              {errorList.length > 0 && (
                <div className="ssg-alert" role="alert" id={ids.summary}>
                  <p className="ssg-report-alert-title">Before you save:</p>
                  <ul>
                    {errorList.map((f) => (
                      <li key={f}>{errors[f]}</li>
                    ))}
                  </ul>
                </div>
              )}
              <section className="ssg-report-guidance" aria-labelledby={ids.guidance}>
                <h3 id={ids.guidance} className="ssg-report-heading">
                  Until this is dealt with
                </h3>
                <ul>
                  {points.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
                <p className="ssg-report-passed-to">{`This report goes to ${passedTo}.`}</p>
              </section>

              <fieldset className="ssg-report-section">
                <legend className="ssg-report-heading">
                  {subject === 'comment' ? 'The comment' : 'The message'}
                </legend>
                <div className="ssg-report-field">
                  <label htmlFor={fieldId('words')}>The exact words</label>
                  <textarea
                    id={fieldId('words')}
                    ref={firstRef}
                    data-field="words"
                    className="ssg-textbox"
                    rows={4}
                    dir="auto"
                    value={values.words}
                    onChange={(e) => set('words', e.target.value)}
                    aria-invalid={errors.words ? true : undefined}
                    aria-describedby={errors.words ? errorId('words') : undefined}
                  />
                  {fieldError('words')}
                </div>
                {text('senderName', "Sender's name, as shown")}
                {text('senderProfile', "Sender's profile link", { type: 'url' })}
                <div className="ssg-report-field">
                  <label htmlFor={fieldId('platform')}>Platform</label>
                  <select
                    id={fieldId('platform')}
                    className="ssg-textbox"
                    value={values.platform}
                    onChange={(e) => set('platform', e.target.value as Platform)}
                  >
                    {PLATFORMS.map((p) => (
                      <option key={p} value={p}>
                        {PLATFORM_NAMES[p]}
                      </option>
                    ))}
                  </select>
                </div>
                {text('where', `Address of the ${subject === 'comment' ? 'post' : 'conversation'}`, {
                  type: 'url',
                })}
                {text('shownTime', 'Time shown on the message', {
                  hint: 'As the page shows it, for example "14:05" or "Yesterday".',
                })}
                <div className="ssg-report-field">
                  <label htmlFor={fieldId('seenAt')}>When you saw it</label>
                  <input
                    id={fieldId('seenAt')}
                    data-field="seenAt"
                    className="ssg-textbox"
                    type="datetime-local"
                    value={values.seenAt}
                    onChange={(e) => set('seenAt', e.target.value)}
                    aria-invalid={errors.seenAt ? true : undefined}
                    aria-describedby={errors.seenAt ? errorId('seenAt') : undefined}
                  />
                  {fieldError('seenAt')}
                </div>
              </fieldset>

              <fieldset
                className="ssg-report-section ssg-report-choices"
                aria-describedby={errors.category ? errorId('category') : undefined}
                aria-invalid={errors.category ? true : undefined}
              >
                <legend className="ssg-report-heading">Category</legend>
                {fieldError('category')}
                {REPORT_CATEGORIES.map((category, index) => (
                  <label key={category} className="ssg-report-choice">
                    <input
                      type="radio"
                      name={fieldId('category')}
                      value={category}
                      data-field={index === 0 ? 'category' : undefined}
                      checked={values.category === category}
                      onChange={() => set('category', category)}
                    />
                    {REPORT_CATEGORY_NAMES[category]}
                  </label>
                ))}
              </fieldset>

              <div className="ssg-report-field">
                <label htmlFor={fieldId('whatHappened')} className="ssg-report-heading">
                  What happened, in your own words
                </label>
                <textarea
                  id={fieldId('whatHappened')}
                  className="ssg-textbox"
                  rows={4}
                  dir="auto"
                  value={values.whatHappened}
                  onChange={(e) => set('whatHappened', e.target.value)}
                />
              </div>

              <fieldset
                className="ssg-report-section ssg-report-choices"
                aria-describedby={errors.replied ? errorId('replied') : undefined}
                aria-invalid={errors.replied ? true : undefined}
              >
                <legend className="ssg-report-heading">Did you reply?</legend>
                {fieldError('replied')}
                {(['yes', 'no'] as const).map((answer, index) => (
                  <label key={answer} className="ssg-report-choice">
                    <input
                      type="radio"
                      name={fieldId('replied')}
                      value={answer}
                      data-field={index === 0 ? 'replied' : undefined}
                      checked={values.replied === answer}
                      onChange={() => set('replied', answer)}
                    />
                    {answer === 'yes' ? 'Yes' : 'No'}
                  </label>
                ))}
              </fieldset>

              <ReportScreenshot
                attached={values.screenshot}
                onAttach={(dataUrl) => set('screenshot', dataUrl)}
                onCapture={onCapture}
                startedFromMenu={startedFromMenu}
              />
            </div>

            <footer className="ssg-dialog-footer">
              {errors.form && (
                <p className="ssg-alert" role="alert" tabIndex={-1} data-field="form">
                  {errors.form}
                </p>
              )}
              {status.step === 'failed' && (
                <p className="ssg-alert" role="alert">
                  {`The report could not be saved: ${status.reason}. It is still here; try again.`}
                </p>
              )}
              {confirmingClose ? (
                <div className="ssg-report-confirm" role="group" aria-labelledby={`${ids.field}-confirm`}>
                  <p id={`${ids.field}-confirm`} role="alert">
                    Close without saving? What you have typed will be lost.
                  </p>
                  <div className="ssg-buttons">
                    <button
                      type="button"
                      className="ssg-button ssg-button-primary"
                      ref={keepRef}
                      onClick={() => setConfirmingClose(false)}
                    >
                      Keep editing
                    </button>
                    <button type="button" className="ssg-button" onClick={onClose}>
                      Close without saving
                    </button>
                  </div>
                </div>
              ) : (
                <div className="ssg-buttons">
                  <button
                    type="submit"
                    className="ssg-button ssg-button-primary"
                    disabled={status.step === 'saving'}
                  >
                    {status.step === 'saving' ? 'Saving…' : 'Save report'}
                  </button>
                  <button type="button" className="ssg-button" ref={cancelRef} onClick={askToClose}>
                    Cancel
                  </button>
                </div>
              )}
            </footer>
          </form>
        )}
      </div>
    </div>
  );
}
