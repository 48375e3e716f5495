import { useEffect, useId, useRef } from 'react';
import { useModalBackdrop } from './modal-keys.ts';
import { sentNoun, type PhotoView } from './photo-view.ts';
import './warning-dialog.css';
import './photo-findings.css';

export interface PhotoWaitDialogProps {
  /** The photos going with this send; those with status "checking" are waited for. */
  photos: PhotoView[];
  /** The verb on the site's control: "Post", "Send". */
  actionLabel: string;
  /** How long the send is held at most, in whole seconds, to tell the person. */
  waitSeconds: number;
  /** "Back to editing" or Esc: stop waiting, send nothing. */
  onCancel: () => void;
}

/** How far the checks of these photos have got, counting each photo's checks. */
export function waitProgress(photos: readonly PhotoView[]): { done: number; total: number; stage: string } {
  let done = 0;
  let total = 0;
  let stage = '';
  for (const { status } of photos) {
    if (status.kind === 'checking') {
      done += status.done;
      total += status.total;
      stage ||= status.stage;
    } else {
      done += 1;
      total += 1;
    }
  }
  return { done, total: Math.max(total, 1), stage };
}

/**
 * Shown when Post is pressed while a photo is still being checked. The send is held for at most
 * `waitSeconds`; the progress bar and a polite live region say how far the check has got, and
 * "Back to editing" (or Esc) always ends the wait.
 */
export function PhotoWaitDialog({ photos, actionLabel, waitSeconds, onCancel }: PhotoWaitDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const textId = useId();
  const backdrop = useModalBackdrop(dialogRef, onCancel);
  useEffect(() => {
    buttonRef.current?.focus();
  }, []);
  const waiting = photos.filter((photo) => photo.status.kind === 'checking');
  const { done, total, stage } = waitProgress(photos);
  const heading = waiting.length > 1 ? `Checking ${waiting.length} photos…` : 'Checking photo…';
  return (
    <div {...backdrop}>
      <div
        ref={dialogRef}
        className="ssg-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        aria-describedby={textId}
        tabIndex={-1}
        data-testid="photo-wait-dialog"
      >
        <header className="ssg-dialog-header">
          <p className="ssg-dialog-brand">Staff Social Guard</p>
          <h2 id={headingId} className="ssg-dialog-title">
            {heading}
          </h2>
          <p id={textId}>
            {`${waiting.length > 1 ? 'Your photos are' : 'Your photo is'} being checked on this device before it goes out. If the check takes longer than ${waitSeconds} seconds, your ${sentNoun(actionLabel)} goes through and you are told it was not checked.`}
          </p>
        </header>
        <div className="ssg-dialog-body">
          <div
            className="ssg-progress"
            role="progressbar"
            aria-label="Photo check"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
            aria-valuetext={`${done} of ${total} checks done`}
          >
            <div className="ssg-progress-bar" style={{ width: `${Math.round((done / total) * 100)}%` }} />
          </div>
          <p role="status" aria-live="polite" className="ssg-photo-status">
            {stage ? `${done} of ${total} checks done: ${stage}.` : `${done} of ${total} checks done.`}
          </p>
        </div>
        <footer className="ssg-dialog-footer">
          <div className="ssg-buttons">
            <button
              type="button"
              className="ssg-button ssg-button-primary"
              ref={buttonRef}
              onClick={onCancel}
            >
              Back to editing
            </button>
          </div>
        </footer>
      </div>
    </div>
  );
}
