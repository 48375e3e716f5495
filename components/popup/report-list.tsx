import type { OutboxEntry } from '../../lib/safeguarding/record.ts';
import './report-list.css';
import { canSendByHand, reportHeading, reportStateInWords, waitsForPerson } from './report-words.ts';
import { formatWhen } from './words.ts';

export interface ReportListProps {
  /** The outbox, newest first; null while loading. */
  entries: readonly OutboxEntry[] | null;
  /** The safeguarding lead's address when the pack sends reports by email; null otherwise or unknown. */
  email: string | null;
  /** Why the last action failed, fit to show staff, or null. */
  error: string | null;
  /** Why the outbox could not be loaded, or null. Not an alert: the rest of the popup still works. */
  loadError: string | null;
  busy: boolean;
  /** Epoch ms, for the times shown. */
  now: number;
  onRetry: (id: string) => void;
  onClear: (id: string) => void;
  onOpenEmail: (entry: OutboxEntry) => void;
  onSaveFiles: (entry: OutboxEntry) => void;
  onMarkSent: (id: string, via: 'email' | 'file') => void;
}

/** The safeguarding reports in the outbox: each one's state, and what staff can do about it. */
export function ReportList(props: ReportListProps) {
  const { entries, error, loadError } = props;
  return (
    <section className="ssg-section" aria-labelledby="ssg-reports-heading">
      <h2 id="ssg-reports-heading">Safeguarding reports</h2>
      {error && (
        <p role="alert" className="ssg-error">
          {error}
        </p>
      )}
      {entries === null ? (
        <p className={loadError ? 'ssg-warning' : undefined}>
          {loadError ? `The reports could not be loaded: ${loadError}` : 'Loading…'}
        </p>
      ) : entries.length === 0 ? (
        <p role="status">No reports in the outbox.</p>
      ) : (
        <ol className="ssg-reports" aria-labelledby="ssg-reports-heading" data-testid="report-list">
          {entries.map((entry) => (
            <Report key={entry.record.id} entry={entry} {...props} />
          ))}
        </ol>
      )}
    </section>
  );
}

function Report({ entry, ...props }: ReportListProps & { entry: OutboxEntry }) {
  const { email, busy, now } = props;
  const { id, createdAt, passedTo } = entry.record;
  const headingId = `ssg-report-${id}`;
  const buttonProps = { type: 'button' as const, disabled: busy, 'aria-describedby': headingId };
  return (
    <li className="ssg-report" data-state={entry.state} data-testid="report">
      <p id={headingId} className="ssg-report-heading">
        <strong>{reportHeading(entry)}</strong>,{' '}
        <time dateTime={new Date(createdAt).toISOString()}>{formatWhen(createdAt, now)}</time>
      </p>
      <p className="ssg-report-state" role="status" data-testid="report-state">
        {reportStateInWords(entry, now)}
      </p>
      {(entry.state === 'queued' || entry.state === 'failed') && !waitsForPerson(entry) && (
        <button {...buttonProps} onClick={() => props.onRetry(id)}>
          Retry now
        </button>
      )}
      {canSendByHand(entry) && (
        <div className="ssg-by-hand" role="group" aria-label={`Send it to ${passedTo} yourself`}>
          <p>Send it to {passedTo} yourself, then say so here.</p>
          {email && (
            <div>
              <button {...buttonProps} onClick={() => props.onOpenEmail(entry)}>
                Open email
              </button>
              <button {...buttonProps} onClick={() => props.onMarkSent(id, 'email')}>
                I have sent it
              </button>
            </div>
          )}
          <div>
            <button {...buttonProps} onClick={() => props.onSaveFiles(entry)}>
              Save PDF and JSON
            </button>
            <button {...buttonProps} onClick={() => props.onMarkSent(id, 'file')}>
              I have saved them
            </button>
          </div>
        </div>
      )}
      {entry.state === 'sent' && (
        <button {...buttonProps} onClick={() => props.onClear(id)}>
          Clear
        </button>
      )}
    </li>
  );
}
