import { useEffect, useRef } from 'react';
import { shortFingerprint } from '../../../lib/pack-trust/keys.ts';
import type { PendingTrust } from './types.ts';

export interface TrustPromptProps {
  pending: PendingTrust;
  busy: boolean;
  onTrust: () => void;
  onCancel: () => void;
}

/**
 * Like accepting an SSH host key: before the first pack from a key is installed, staff compare its
 * fingerprint with the one their manager gave them by another route.
 */
export function TrustPrompt({ pending, busy, onTrust, onCancel }: TrustPromptProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on the question, then read the fingerprint.
  useEffect(() => headingRef.current?.focus(), [pending.fingerprint, pending.from]);
  return (
    <div role="group" aria-labelledby="ssg-trust-heading" className="ssg-sp-trust" data-testid="trust-prompt">
      <h4 id="ssg-trust-heading" ref={headingRef} tabIndex={-1}>
        Check the signing key before you trust it
      </h4>
      <p>
        {pending.from} holds version {pending.version} of {pending.setting}
        &apos;s rule pack{pending.issuer ? `, issued by ${pending.issuer}` : ''}. It is signed with a key this
        browser does not trust yet. Compare its fingerprint with the one your manager gave you in person, on
        paper or by phone:
      </p>
      <p className="ssg-sp-fingerprint-large" data-testid="trust-fingerprint">
        {shortFingerprint(pending.fingerprint)}
      </p>
      <p className="ssg-sp-full-fingerprint">
        Full fingerprint: <code data-testid="trust-fingerprint-full">{pending.fingerprint}</code>
      </p>
      <p>
        If it matches exactly, choose &ldquo;Trust this key and install&rdquo;. If anything is different,
        choose &ldquo;Cancel&rdquo; and tell your manager: the file may not be from them.
      </p>
      <button type="button" className="ssg-sp-primary" disabled={busy} onClick={onTrust}>
        Trust this key and install
      </button>
      <button type="button" disabled={busy} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
