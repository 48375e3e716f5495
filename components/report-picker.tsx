import { useEffect, useId, useRef } from 'react';
import { useModalBackdrop } from './modal-keys.ts';
import './warning-dialog.css';
import './report-form.css';

export interface PickerItem {
  senderName: string;
  shownTime: string;
  words: string;
}

export interface ReportPickerProps {
  noun: 'message' | 'comment';
  /** Newest first for messages; page order for comments. */
  items: readonly PickerItem[];
  onPick: (index: number) => void;
  onClose: () => void;
}

const EXCERPT = 140;

/** "Jane Smith, 10:02: Are you coming…", the name each choice is announced by. */
export function pickerLabel(item: PickerItem): string {
  const who = item.senderName || 'Sender not shown';
  const when = item.shownTime ? `, ${item.shownTime}` : '';
  return `${who}${when}: ${excerpt(item.words)}`;
}

function excerpt(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  if (!flat) return 'no text (a photo, sticker or voice message)';
  const chars = [...flat];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : flat;
}

/**
 * The keyboard way to report: a dialog listing the received messages of the conversation (or the
 * comments of a post), one button each, focus on the first. Esc or Cancel closes it.
 */
export function ReportPicker({ noun, items, onPick, onClose }: ReportPickerProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const introId = useId();
  useEffect(() => firstRef.current?.focus(), []);

  const backdrop = useModalBackdrop(dialogRef, onClose);
  return (
    <div {...backdrop}>
      <div
        ref={dialogRef}
        className="ssg-dialog ssg-report-picker"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={introId}
        tabIndex={-1}
        data-testid="report-picker"
      >
        <header className="ssg-dialog-header">
          <p className="ssg-dialog-brand">Staff Social Guard</p>
          <h2 id={titleId} className="ssg-dialog-title">
            {`Which ${noun} do you want to report?`}
          </h2>
          <p id={introId} className="ssg-dialog-summary">
            {noun === 'message'
              ? 'The messages you received in this conversation, newest first. Your own are not listed.'
              : 'The comments under this post, as the page lists them.'}
          </p>
        </header>
        <div className="ssg-dialog-body">
          {items.length === 0 && (
            <p className="ssg-hint">{`There is no ${noun === 'message' ? 'received message' : 'comment'} here to report.`}</p>
          )}
          <ul className="ssg-report-picker-list">
            {items.map((item, index) => (
              <li key={index}>
                <button
                  type="button"
                  className="ssg-report-pick"
                  ref={index === 0 ? firstRef : undefined}
                  aria-label={pickerLabel(item)}
                  onClick={() => onPick(index)}
                >
                  <span className="ssg-report-pick-who">
                    {item.senderName || 'Sender not shown'}
                    {item.shownTime ? ` · ${item.shownTime}` : ''}
                  </span>
                  <span className="ssg-report-pick-words" dir="auto">
                    {excerpt(item.words)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <footer className="ssg-dialog-footer">
          <div className="ssg-buttons">
            <button
              type="button"
              className="ssg-button"
              ref={items.length === 0 ? firstRef : undefined}
              onClick={onClose}
            >
              Cancel
            </button>
          </div>
        </footer>
      </div>
    </div>
  );
}
