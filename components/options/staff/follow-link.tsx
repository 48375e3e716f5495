import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LiveStatus } from './live-status.tsx';
import { TrustPrompt } from './trust-prompt.tsx';
import type { Outcome, PendingTrust, StaffPackState } from './types.ts';
import { formatDateTime } from './words.ts';

export interface FollowLinkProps {
  subscription: StaffPackState['subscription'];
  managed: boolean;
  busy: boolean;
  pendingTrust: PendingTrust | null;
  outcome: Outcome | undefined;
  onFollow: (url: string) => void;
  onTrust: () => void;
  onCancelTrust: () => void;
  onCheckNow: () => void;
  onUnfollow: () => void;
}

function lastChecked(subscription: NonNullable<StaffPackState['subscription']>): string {
  if (subscription.lastCheckedAt === null) return 'Not checked yet.';
  const result = subscription.lastResult ?? 'no result was recorded';
  return `Last checked ${formatDateTime(subscription.lastCheckedAt)}: ${result}`;
}

/** Follow the address where the manager publishes the pack, so newer versions arrive by themselves. */
export function FollowLink(props: FollowLinkProps) {
  const { subscription, managed, busy, pendingTrust, outcome, onFollow, onCheckNow, onUnfollow } = props;
  const [typed, setTyped] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const wasAsking = useRef(false);
  // After the key question is answered (or cancelled), keyboard focus goes back to the address.
  const asking = pendingTrust?.via === 'link';
  useEffect(() => {
    if (!asking && wasAsking.current) inputRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const invalid = outcome?.kind === 'invalid';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onFollow(typed);
  };
  return (
    <section className="ssg-sp-part" aria-labelledby="ssg-link-heading">
      <h3 id="ssg-link-heading">Follow a link to your setting&apos;s rule pack</h3>
      {subscription ? (
        <>
          <p>
            Following <code data-testid="link-url">{subscription.url}</code>
          </p>
          <p data-testid="link-last-checked">{lastChecked(subscription)}</p>
          <button type="button" disabled={busy} onClick={onCheckNow}>
            Check now
          </button>
          <button type="button" disabled={busy || managed} onClick={onUnfollow}>
            Stop following this link
          </button>
        </>
      ) : (
        // noValidate: the address is checked by our own rules, with messages that say what to fix.
        <form noValidate onSubmit={submit}>
          <label htmlFor="ssg-pack-url">Address of the rule pack</label>
          <p id="ssg-pack-url-hint" className="ssg-sp-hint">
            Your manager gives you this address (it starts with https://).
          </p>
          <input
            id="ssg-pack-url"
            ref={inputRef}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            disabled={managed}
            aria-invalid={invalid}
            aria-describedby="ssg-pack-url-hint ssg-link-status"
            onChange={(event) => setTyped(event.target.value)}
          />{' '}
          <button type="submit" disabled={busy || managed}>
            Follow this link
          </button>
        </form>
      )}
      {pendingTrust?.via === 'link' && (
        <TrustPrompt
          pending={pendingTrust}
          busy={busy}
          onTrust={props.onTrust}
          onCancel={props.onCancelTrust}
        />
      )}
      <LiveStatus id="ssg-link-status" outcome={outcome} testId="link-status" />
    </section>
  );
}
