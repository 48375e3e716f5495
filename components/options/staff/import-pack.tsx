import { useEffect, useRef, type ChangeEvent } from 'react';
import { LiveStatus } from './live-status.tsx';
import { TrustPrompt } from './trust-prompt.tsx';
import type { Outcome, PendingTrust } from './types.ts';

export interface ImportPackProps {
  managed: boolean;
  busy: boolean;
  pendingTrust: PendingTrust | null;
  outcome: Outcome | undefined;
  onFile: (file: File) => void;
  onTrust: () => void;
  onCancelTrust: () => void;
}

/** Import a signed pack file: it is checked first, and a new key is compared before it is trusted. */
export function ImportPack({
  managed,
  busy,
  pendingTrust,
  outcome,
  onFile,
  onTrust,
  onCancelTrust,
}: ImportPackProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const wasAsking = useRef(false);
  // After the key question is answered (or cancelled), keyboard focus goes back to the file field.
  const asking = pendingTrust?.via === 'import';
  useEffect(() => {
    if (!asking && wasAsking.current) inputRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the same file again (after fixing something) is a change too.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <section className="ssg-sp-part" aria-labelledby="ssg-import-heading">
      <h3 id="ssg-import-heading">Import a rule pack file</h3>
      <p id="ssg-import-hint">
        Your manager gives you a signed rule pack file ending in .json. It is checked before anything changes:
        a file that was altered, signed by another key or older than the pack in force is refused.
      </p>
      <label htmlFor="ssg-pack-file">Rule pack file (.json)</label>{' '}
      <input
        id="ssg-pack-file"
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        disabled={busy || managed}
        aria-describedby="ssg-import-hint ssg-import-status"
        onChange={chosen}
      />
      {pendingTrust?.via === 'import' && (
        <TrustPrompt pending={pendingTrust} busy={busy} onTrust={onTrust} onCancel={onCancelTrust} />
      )}
      <LiveStatus id="ssg-import-status" outcome={outcome} testId="import-status" />
    </section>
  );
}
