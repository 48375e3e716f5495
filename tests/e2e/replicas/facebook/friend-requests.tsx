// Facebook friend-request cards as in the 2026 right rail: a `profile_id` link labelled with the
// requester's name, a name <span>, then Confirm next to Delete. Plus a "Leave group?" box whose
// Confirm is NOT a friend request (shared/notes/sites.md §2.5, §5 P10).
import { DivButton } from '../shared/div-button';
import { recordSent } from '../shared/record';
import { Link } from '../shared/router';

export interface FriendRequest {
  profileId: string;
  name: string;
  mutual: number;
  state: 'pending' | 'accepted' | 'deleted';
}

export const SEED_REQUESTS: readonly FriendRequest[] = [
  { profileId: '1001', name: 'Jane Smith', mutual: 4, state: 'pending' },
  { profileId: '1002', name: 'Olu Adebayo', mutual: 1, state: 'pending' },
];

interface RequestListProps {
  requests: readonly FriendRequest[];
  onAnswer: (profileId: string, state: 'accepted' | 'deleted') => void;
}

function RequestCard({ request, onAnswer }: { request: FriendRequest } & Pick<RequestListProps, 'onAnswer'>) {
  const { profileId, name, mutual, state } = request;
  const href = `/friends/requests/?profile_id=${profileId}`;
  const confirm = () => {
    recordSent('facebook.friend-confirm', name);
    onAnswer(profileId, 'accepted');
  };
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      <Link href={href} aria-label={name}>
        <svg aria-hidden="true" width="40" height="40">
          <circle cx="20" cy="20" r="20" fill="#ccd0d5" />
        </svg>
      </Link>
      <div>
        <span dir="auto">{name}</span>
        <div>
          <span>{mutual === 1 ? '1 mutual friend' : `${mutual} mutual friends`}</span>
        </div>
        {state === 'pending' ? (
          <div style={{ display: 'flex', gap: 8 }}>
            <DivButton aria-label="Confirm" onClick={confirm}>
              Confirm
            </DivButton>
            <DivButton aria-label="Delete" onClick={() => onAnswer(profileId, 'deleted')}>
              Delete
            </DivButton>
          </div>
        ) : (
          <span>{state === 'accepted' ? 'Request accepted' : 'Request removed'}</span>
        )}
      </div>
    </div>
  );
}

export function FriendRequests({ requests, onAnswer }: RequestListProps) {
  return (
    <div>
      <h2>
        <span>Friend requests</span>
      </h2>
      <Link href="/friends/requests">See all</Link>
      {requests.map((request) => (
        <RequestCard key={request.profileId} request={request} onAnswer={onAnswer} />
      ))}
    </div>
  );
}

/** A confirmation that reuses "Confirm" for something other than a friend request. */
export function LeaveGroupBox({ left, onLeave }: { left: boolean; onLeave: () => void }) {
  if (left) return <p>You left Riverside Walkers.</p>;
  return (
    <div role="dialog" aria-label="Leave group?">
      <h2>Leave group?</h2>
      <p>Are you sure you want to leave Riverside Walkers?</p>
      <DivButton aria-label="Cancel">Cancel</DivButton>
      <DivButton
        aria-label="Confirm"
        onClick={() => {
          recordSent('facebook.other-confirm', '');
          onLeave();
        }}
      >
        Confirm
      </DivButton>
    </div>
  );
}
