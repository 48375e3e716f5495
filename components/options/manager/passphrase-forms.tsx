import { useId, useState, type FormEvent } from 'react';
import './manager.css';

function PasswordRow(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  autoComplete: 'new-password' | 'current-password';
  onChange: (value: string) => void;
}) {
  const { id, label, hint, error, value, autoComplete, onChange } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="ssg-mf-row" data-invalid={error ? true : undefined}>
      <label htmlFor={id} className="ssg-mf-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="ssg-mf-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="ssg-mf-error">
          <span className="ssg-mf-visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type="password"
        value={value}
        autoComplete={autoComplete}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export interface CreateKeyFormProps {
  minLength: number;
  busy: boolean;
  submitLabel: string;
  /** Resolves true when the key was made; the passphrases are then cleared from the form. */
  onCreate: (passphrase: string, repeat: string) => Promise<boolean>;
}

/** A new passphrase, typed twice, checked beside each field before the key is made. */
export function CreateKeyForm({ minLength, busy, submitLabel, onCreate }: CreateKeyFormProps) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ first?: string; second?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (passphrase.length < minLength) {
      return setErrors({ first: `Use at least ${minLength} characters; a few words together work well.` });
    }
    if (repeat !== passphrase) return setErrors({ second: 'This is not the same as the passphrase above.' });
    setErrors({});
    void onCreate(passphrase, repeat).then((made) => {
      if (made) {
        setPassphrase('');
        setRepeat('');
      }
    });
  };
  return (
    <form className="ssg-mf-subform" onSubmit={submit} noValidate>
      <PasswordRow
        id={`${id}-first`}
        label="Passphrase for the key"
        hint={`At least ${minLength} characters. You type it each time you sign a pack; nobody can recover it for you.`}
        error={errors.first}
        value={passphrase}
        autoComplete="new-password"
        onChange={setPassphrase}
      />
      <PasswordRow
        id={`${id}-second`}
        label="Type the passphrase again"
        error={errors.second}
        value={repeat}
        autoComplete="new-password"
        onChange={setRepeat}
      />
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

export interface PassphrasePromptProps {
  label: string;
  hint?: string;
  submitLabel: string;
  busy: boolean;
  /** Resolves true when it worked; the passphrase is then cleared. */
  onSubmit: (passphrase: string) => Promise<boolean>;
  onCancel?: () => void;
}

/** Asks for the key's passphrase to do one thing with it (restore a backup, sign a pack). */
export function PassphrasePrompt({
  label,
  hint,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: PassphrasePromptProps) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!passphrase) return setError('Type the passphrase.');
    setError(null);
    void onSubmit(passphrase).then((done) => done && setPassphrase(''));
  };
  return (
    <form className="ssg-mf-subform" onSubmit={submit} noValidate>
      <PasswordRow
        id={id}
        label={label}
        hint={hint}
        error={error}
        value={passphrase}
        autoComplete="current-password"
        onChange={setPassphrase}
      />
      <div className="ssg-mf-actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
