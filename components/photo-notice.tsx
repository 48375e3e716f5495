import './photo-findings.css';

export interface PhotoNoticeProps {
  /** What to tell staff after a send; null shows nothing (the live region stays, empty). */
  text: string | null;
  onDismiss: () => void;
}

/**
 * A quiet note in the corner after a send that went out with a photo that was not (fully)
 * checked: the check did not finish in time, could not run, or the photo was too large. A polite
 * live region, so screen readers announce it without interrupting, and it never takes focus.
 */
export function PhotoNotice({ text, onDismiss }: PhotoNoticeProps) {
  return (
    <div
      className="ssg-photo-notice"
      role="status"
      aria-live="polite"
      data-testid="photo-notice"
      data-shown={text !== null}
    >
      {text && (
        <>
          <strong>Staff Social Guard: </strong>
          {text}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
