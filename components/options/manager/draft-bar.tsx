import { useEffect, useRef, useState } from 'react';
import './manager.css';

export type DraftSaveState = 'loading' | 'unchanged' | 'pending' | 'saved' | 'failed';

export interface DraftBarProps {
  saveState: DraftSaveState;
  error: string | null;
  onReset: () => void;
}

const WORDS: Record<DraftSaveState, string> = {
  loading: 'Loading your draft…',
  unchanged: 'Your work is kept in this browser as you type.',
  pending: 'Saving…',
  saved: 'All changes saved in this browser.',
  failed: 'Your latest changes are not saved.',
};

/** Whether the draft is saved, and "Start from the built-in policy" with a confirm step. */
export function DraftBar({ saveState, error, onReset }: DraftBarProps) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return (
    <div className="ssg-mf-draft">
      <p className="ssg-mf-hint" data-testid="draft-status" data-state={saveState}>
        {WORDS[saveState]}
      </p>
      {error && (
        <p role="alert" className="ssg-mf-error-box">
          {error}
        </p>
      )}
      {confirming ? (
        <div role="group" aria-labelledby="ssg-mf-reset-question" className="ssg-mf-confirm">
          <p id="ssg-mf-reset-question">
            Replace the setting&apos;s details, photo settings, people and rules with the built-in policy? The
            pack name, version, issuer and report settings stay. This cannot be undone.
          </p>
          <div className="ssg-mf-actions">
            <button
              type="button"
              className="ssg-mf-danger"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              Replace with the built-in policy
            </button>
            <button type="button" ref={keepRef} onClick={() => setConfirming(false)}>
              Keep my work
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={openRef}
          disabled={saveState === 'loading'}
          onClick={() => setConfirming(true)}
        >
          Start from the built-in policy
        </button>
      )}
    </div>
  );
}
