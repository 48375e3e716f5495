import { FollowLink } from './follow-link.tsx';
import { ImportPack } from './import-pack.tsx';
import { MyConfirmations } from './my-confirmations.tsx';
import { PackInForce } from './pack-in-force.tsx';
import { PolicySummary } from './policy-summary.tsx';
import { RefusalNotice } from './refusal-notice.tsx';
import './staff.css';
import type { StaffPackState, StaffPackViewProps } from './types.ts';

/** When this person last confirmed reading the pack in force, or null. */
function confirmedAt(
  acknowledgements: StaffPackViewProps['acknowledgements'],
  active: StaffPackState['active'],
): number | null {
  const mine = (acknowledgements ?? []).filter((a) => a.packId === active.id && a.version === active.version);
  return mine.length === 0 ? null : Math.max(...mine.map((a) => a.at));
}

/**
 * The staff side of the rule pack on the options page: the pack in force, what it asks and "I have
 * read this", importing a file or following a link, and the person's own confirmations.
 */
export function StaffPackView(props: StaffPackViewProps) {
  const { state, loadError, outcomes, busy } = props;
  return (
    <section className="ssg-staff" aria-labelledby="staff-pack-heading">
      <h2 id="staff-pack-heading">Your setting&apos;s rule pack</h2>
      {loadError && (
        <p role="alert" className="ssg-sp-error">
          The rule pack could not be loaded: {loadError}
        </p>
      )}
      {!state ? (
        !loadError && <p>Loading…</p>
      ) : (
        <>
          {state.managed && (
            <p className="ssg-sp-note" data-testid="managed">
              Your organisation manages this rule pack. It cannot be replaced or removed here; ask your
              manager or IT administrator about changes.
            </p>
          )}
          {state.lastRefusal && <RefusalNotice refusal={state.lastRefusal} />}
          <PackInForce active={state.active} />
          <PolicySummary
            active={state.active}
            summary={props.summary}
            acknowledged={state.acknowledged}
            confirmedAt={confirmedAt(props.acknowledgements, state.active)}
            busy={busy}
            outcome={outcomes.read}
            onAcknowledge={props.onAcknowledge}
          />
          <ImportPack
            managed={state.managed}
            busy={busy}
            pendingTrust={props.pendingTrust}
            outcome={outcomes.import}
            onFile={props.onFile}
            onTrust={props.onTrust}
            onCancelTrust={props.onCancelTrust}
          />
          <FollowLink
            subscription={state.subscription}
            managed={state.managed}
            busy={busy}
            pendingTrust={props.pendingTrust}
            outcome={outcomes.link}
            onFollow={props.onFollow}
            onTrust={props.onTrust}
            onCancelTrust={props.onCancelTrust}
            onCheckNow={props.onCheckNow}
            onUnfollow={props.onUnfollow}
          />
          <MyConfirmations
            acknowledgements={props.acknowledgements}
            error={props.acknowledgementsError}
            record={props.record}
            busy={busy}
            outcome={outcomes.export}
            onExport={props.onExport}
          />
        </>
      )}
    </section>
  );
}
