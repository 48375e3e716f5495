import type { PolicyPoint } from '../../../lib/options/staff/policy-summary.ts';
import { LiveStatus } from './live-status.tsx';
import type { Outcome, StaffPackState } from './types.ts';
import { formatDateTime } from './words.ts';

export interface PolicySummaryProps {
  active: StaffPackState['active'];
  summary: readonly PolicyPoint[];
  acknowledged: boolean;
  /** When this person confirmed reading the version in force, if they did. */
  confirmedAt: number | null;
  busy: boolean;
  outcome: Outcome | undefined;
  onAcknowledge: () => void;
}

/** What the policy asks, clause by clause, and "I have read this" for the version in force. */
export function PolicySummary({
  active,
  summary,
  acknowledged,
  confirmedAt,
  busy,
  outcome,
  onAcknowledge,
}: PolicySummaryProps) {
  return (
    <section className="ssg-sp-part" aria-labelledby="ssg-asks-heading">
      <h3 id="ssg-asks-heading">What the policy asks</h3>
      {summary.length > 0 ? (
        <>
          <p>
            {active.setting}&apos;s social media policy asks you (version {active.version}):
          </p>
          <ul className="ssg-sp-clauses" data-testid="policy-summary">
            {summary.map((point, index) => (
              <li key={`${point.id}-${index}`} data-severity={point.severity}>
                <span className="ssg-sp-clause">{point.text}</span> —{' '}
                <span className="ssg-sp-action">what the guard does: {point.action}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p data-testid="policy-summary-missing">
          The clauses of this pack cannot be listed here. Ask your manager for a copy of {active.setting}
          &apos;s social media policy and read it before you confirm.
        </p>
      )}
      {confirmedAt !== null ? (
        <p data-testid="read-confirmed">
          You confirmed that you read version {active.version} on {formatDateTime(confirmedAt)}.
        </p>
      ) : acknowledged ? (
        // The built-in pack: there is no new version to confirm.
        <p data-testid="read-not-needed">This is the built-in policy: there is nothing new to confirm.</p>
      ) : (
        <div className="ssg-sp-read">
          <p id="ssg-read-hint">
            This version is new to you. When you have read what it asks, confirm it. Your confirmation is kept
            on this device, under &ldquo;My confirmations&rdquo;.
          </p>
          <button
            type="button"
            className="ssg-sp-primary"
            disabled={busy}
            aria-describedby="ssg-read-hint"
            onClick={onAcknowledge}
          >
            I have read this
          </button>
        </div>
      )}
      <LiveStatus id="ssg-read-status" outcome={outcome} testId="read-status" />
    </section>
  );
}
