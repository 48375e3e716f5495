import { useEffect, useId, useRef } from 'react';
import type { Contacts, WireFinding } from '../lib/protocol/schemas.ts';
import { DialogChoices, type DialogAction } from './dialog-choices.tsx';
import { FindingList } from './finding-list.tsx';
import { useModalBackdrop } from './modal-keys.ts';
import { ParentReply } from './parent-reply.tsx';
import { PhotoFindings } from './photo-findings.tsx';
import { findingsOf, type PhotoView } from './photo-view.ts';
import './warning-dialog.css';

export type { DialogAction } from './dialog-choices.tsx';

export interface WarningDialogProps {
  /** The draft exactly as typed (never edited); excerpts and highlights are cut from it. */
  text: string;
  /** Spans are UTF-16 offsets into `text`, end exclusive. */
  findings: WireFinding[];
  /** The strongest severity among the findings. */
  action: DialogAction;
  /** e.g. "Facebook post", "Instagram message", "X reply", "friend request" */
  surfaceLabel: string;
  /** The verb on the site's control: "Post", "Send", "Reply", "Share", "Comment", "Confirm" */
  actionLabel: string;
  /** Manager and safeguarding lead names; either may be ''. */
  contacts: Contacts;
  /** Photos going with this send, each with what was found or why it was not checked. */
  photos?: PhotoView[];
  /** Set when this is a private message to a parent: a ready reply to copy. null otherwise. */
  parentReply: string | null;
  /** The site ignored our replayed send: explain, and say the next press goes through once. */
  replayFailed: boolean;
  /** "Edit", "Back to editing" or Esc. */
  onEdit: () => void;
  /** "<actionLabel> anyway": no reason for "warn", the typed (trimmed) reason for "confirm". */
  onProceed: (reason?: string) => void;
  /** Copies the reply to the clipboard; resolves false on failure. */
  onCopyReply: (reply: string) => Promise<boolean>;
}

/** "Before you post", or "send" / "confirm" when that is what the site's control says. */
export function dialogHeading(actionLabel: string): string {
  const verb = actionLabel.trim().toLowerCase();
  return `Before you ${verb === 'send' || verb === 'confirm' ? verb : 'post'}`;
}

/** The one-line summary that screen readers read with the heading. */
export function dialogSummary(action: DialogAction, surfaceLabel: string, count: number): string {
  const things = `${count} ${count === 1 ? 'thing' : 'things'} to check against your setting's social media policy`;
  if (action === 'block') return `This ${surfaceLabel} cannot be sent as it is: it has ${things}.`;
  const summary = `This ${surfaceLabel} has ${things}.`;
  return action === 'confirm' ? `${summary} To let it go out as it is, give a reason below.` : summary;
}

/** Keeps the host page's shortcuts and focus handlers from seeing what happens in the dialog. */

/**
 * The modal shown when the person presses the site's send control and the draft has findings.
 * Pure: props in, JSX out. Focus moves to the safe button when it opens, Tab stays inside, Esc
 * edits, and no key event leaves it. The draft is only ever rendered as text.
 */
export function WarningDialog(props: WarningDialogProps) {
  const { text, findings, action, surfaceLabel, actionLabel, contacts, parentReply, replayFailed } = props;
  const { onEdit, onProceed, onCopyReply, photos = [] } = props;
  const count = findings.length + photos.reduce((sum, photo) => sum + findingsOf(photo).length, 0);
  const dialogRef = useRef<HTMLDivElement>(null);
  const safeRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const summaryId = useId();

  useEffect(() => {
    safeRef.current?.focus();
  }, []);

  const backdrop = useModalBackdrop(dialogRef, onEdit);
  return (
    // The backdrop handles keys too, so that Tab after a click on it comes back into the dialog.
    <div {...backdrop}>
      <div
        ref={dialogRef}
        className="ssg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={headingId}
        aria-describedby={summaryId}
        tabIndex={-1}
        data-testid="warning-dialog"
        data-action={action}
      >
        <header className="ssg-dialog-header">
          <p className="ssg-dialog-brand">Staff Social Guard</p>
          <h2 id={headingId} className="ssg-dialog-title">
            {dialogHeading(actionLabel)}
          </h2>
          <p id={summaryId} className="ssg-dialog-summary">
            {dialogSummary(action, surfaceLabel, count)}
          </p>
          {replayFailed && (
            <p role="alert" className="ssg-replay-failed ssg-alert">
              {`The site did not accept the resend. Press ${actionLabel} again: it will go through this once without a check.`}
            </p>
          )}
        </header>
        <div className="ssg-dialog-body" role="region" aria-label="What to check" tabIndex={0}>
          <FindingList text={text} findings={findings} />
          <PhotoFindings photos={photos} />
          {parentReply !== null && <ParentReply reply={parentReply} onCopyReply={onCopyReply} />}
        </div>
        <footer className="ssg-dialog-footer">
          <DialogChoices
            action={action}
            actionLabel={actionLabel}
            contacts={contacts}
            onEdit={onEdit}
            onProceed={onProceed}
            safeRef={safeRef}
          />
        </footer>
      </div>
    </div>
  );
}
