import { useId } from 'react';
import { CreateKeyForm, PassphrasePrompt } from './passphrase-forms.tsx';
import { StatusLine } from './status-line.tsx';
import './manager.css';

export interface KeyInfo {
  publicKey: string;
  fingerprint: string;
  /** The first 16 hex digits in groups of four, for staff to compare by eye. */
  shortFingerprint: string;
}

export type KeyBusy = 'creating' | 'restoring' | 'signing' | null;

export interface KeyPanelProps {
  keyInfo: KeyInfo | null;
  loaded: boolean;
  busy: KeyBusy;
  error: string | null;
  notice: string | null;
  minLength: number;
  /** A backup file has been chosen and waits for its passphrase. */
  restoring: boolean;
  onCreate: (passphrase: string, repeat: string) => Promise<boolean>;
  onChooseRestore: (file: File) => void;
  onConfirmRestore: (passphrase: string) => Promise<boolean>;
  onCancelRestore: () => void;
  onDownload: () => void;
  onCopy: () => void;
}

const BUSY_WORDS = {
  creating: 'Creating the key…',
  restoring: 'Checking the passphrase…',
  signing: 'Signing…',
};

/** The signing key: its fingerprint for staff to check, its backup, and making or restoring one. */
export function KeyPanel(props: KeyPanelProps) {
  const { keyInfo, loaded, busy, error, notice, minLength, restoring } = props;
  const id = useId();
  return (
    <section className="ssg-mf-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Signing key</h3>
      <p>
        Staff install only packs signed with the key they trust. Make the key once, keep its backup safe, and
        give staff the fingerprint below to check when they first install your pack.
      </p>
      {!loaded && <p>Loading your signing key…</p>}
      {keyInfo && (
        <div className="ssg-mf-key">
          <p className="ssg-mf-key-label">Fingerprint for staff to check</p>
          <p className="ssg-mf-fingerprint" data-testid="key-fingerprint">
            {keyInfo.shortFingerprint}
          </p>
          <p className="ssg-mf-key-label">Full fingerprint</p>
          <p className="ssg-mf-code" data-testid="key-full-fingerprint">
            {keyInfo.fingerprint}
          </p>
          <p className="ssg-mf-key-label">Public key</p>
          <p className="ssg-mf-code" data-testid="public-key">
            {keyInfo.publicKey}
          </p>
          <div className="ssg-mf-actions">
            <button type="button" onClick={props.onCopy}>
              Copy public key
            </button>
            <button type="button" disabled={busy !== null} onClick={props.onDownload}>
              Download key backup
            </button>
          </div>
        </div>
      )}
      {loaded && !keyInfo && (
        <CreateKeyForm
          minLength={minLength}
          busy={busy !== null}
          submitLabel="Create a signing key"
          onCreate={props.onCreate}
        />
      )}
      {loaded && keyInfo && (
        <details className="ssg-mf-more">
          <summary>Replace this key with a new one</summary>
          <p className="ssg-mf-warning">
            Staff will refuse packs signed with a new key until each of them trusts it. Only do this if the
            old key is lost or someone else may know its passphrase.
          </p>
          <CreateKeyForm
            minLength={minLength}
            busy={busy !== null}
            submitLabel="Create a new signing key"
            onCreate={props.onCreate}
          />
        </details>
      )}
      {loaded && (
        <div className="ssg-mf-restore">
          <label htmlFor={`${id}-restore`} className="ssg-mf-label">
            Restore from backup
          </label>
          <p id={`${id}-restore-hint`} className="ssg-mf-hint">
            Choose the key backup file you downloaded earlier (staff-social-guard-signing-key.json).
            {keyInfo && ' It replaces the key above.'}
          </p>
          <input
            id={`${id}-restore`}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-restore-hint`}
            disabled={busy !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) props.onChooseRestore(file);
              e.target.value = '';
            }}
          />
          {restoring && (
            <PassphrasePrompt
              label="Passphrase for this backup"
              submitLabel="Restore the key"
              busy={busy !== null}
              onSubmit={props.onConfirmRestore}
              onCancel={props.onCancelRestore}
            />
          )}
        </div>
      )}
      <StatusLine busy={busy ? BUSY_WORDS[busy] : null} notice={notice} error={error} />
    </section>
  );
}
