import { useId, useState, type RefObject } from 'react';
import type { Contacts } from '../lib/protocol/schemas.ts';
import './dialog-choices.css';

export type DialogAction = 'warn' | 'confirm' | 'block';

/** The shortest reason, in characters after trimming, that lets a "confirm" draft go out. */
export const MIN_REASON_LENGTH = 5;

export interface DialogChoicesProps {
  action: DialogAction;
  actionLabel: string;
  contacts: Contacts;
  onEdit: () => void;
  onProceed: (reason?: string) => void;
  /** Set on the safe button ("Edit" / "Back to editing"), which the dialog focuses when it opens. */
  safeRef: RefObject<HTMLButtonElement | null>;
}

/** "Ask Jo Bloggs (manager) or Sam Patel (safeguarding lead)." with whoever the pack names. */
export function whoToAsk({ manager, safeguardingLead }: Contacts): string {
  const m = manager.trim();
  const lead = safeguardingLead.trim();
  if (m && m === lead) return `Ask ${m} (manager and safeguarding lead).`;
  const people = [m && `${m} (manager)`, lead && `${lead} (safeguarding lead)`].filter(Boolean);
  return people.length ? `Ask ${people.join(' or ')}.` : 'Ask your manager.';
}

function ReasonAndButtons({
  actionLabel,
  onEdit,
  onProceed,
  safeRef,
}: Omit<DialogChoicesProps, 'action' | 'contacts'>) {
  const [reason, setReason] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const trimmed = reason.trim();
  const ready = [...trimmed].length >= MIN_REASON_LENGTH;
  return (
    <>
      <div className="ssg-reason">
        <label htmlFor={fieldId} className="ssg-reason-label">
          Why does this need to go out as it is?
        </label>
        <textarea
          id={fieldId}
          className="ssg-textbox"
          required
          aria-required="true"
          aria-describedby={hintId}
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id={hintId} className="ssg-hint">
          Write at least {MIN_REASON_LENGTH} characters.
        </p>
      </div>
      <div className="ssg-buttons">
        <button type="button" className="ssg-button ssg-button-primary" ref={safeRef} onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="ssg-button" disabled={!ready} onClick={() => onProceed(trimmed)}>
          {actionLabel} anyway
        </button>
      </div>
    </>
  );
}

/** What the person can do next: edit, go ahead (with a reason for "confirm"), or, when blocked, only edit. */
export function DialogChoices(props: DialogChoicesProps) {
  const { action, actionLabel, contacts, onEdit, onProceed, safeRef } = props;
  if (action === 'confirm') return <ReasonAndButtons {...props} />;
  return (
    <>
      {action === 'block' && (
        <div className="ssg-blocked ssg-alert">
          <p className="ssg-blocked-text">Your setting does not allow this to be sent.</p>
          <p className="ssg-blocked-ask">{whoToAsk(contacts)}</p>
        </div>
      )}
      <div className="ssg-buttons">
        <button type="button" className="ssg-button ssg-button-primary" ref={safeRef} onClick={onEdit}>
          {action === 'block' ? 'Back to editing' : 'Edit'}
        </button>
        {action === 'warn' && (
          <button type="button" className="ssg-button" onClick={() => onProceed()}>
            {actionLabel} anyway
          </button>
        )}
      </div>
    </>
  );
}
