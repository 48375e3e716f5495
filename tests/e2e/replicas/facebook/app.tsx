// A replica of Facebook following shared/notes/sites.md §0.2, §0.3, §0.5, §2.1–2.5, §2.7, pitfall
// P10 and the §4 summary table, built with the editor library Facebook itself uses (Lexical,
// plain-text mode): the Create post dialog, a comment composer with a mention typeahead, friend
// requests next to an unrelated "Confirm", and Messenger at /messages/t/<id>. One single-page app
// routed on `location.pathname`; bundled by tests/e2e/global-setup.ts and served under the real
// hostnames by tests/e2e/fixture.ts.
import { useState } from 'react';
import { mountReplica } from '../shared/mount';
import { Link, usePath } from '../shared/router';
import { Feed } from './feed';
import { FriendRequests, SEED_REQUESTS, type FriendRequest } from './friend-requests';
import { Messenger } from './messenger';
import { ReviewBox, TrustedOnlyComposer } from './strict-pages';
import { THREADS, threadIdOf } from './threads';

function App() {
  const path = usePath();
  const [requests, setRequests] = useState<readonly FriendRequest[]>(SEED_REQUESTS);
  const answer = (profileId: string, state: FriendRequest['state']) =>
    setRequests((all) =>
      all.map((request) => (request.profileId === profileId ? { ...request, state } : request)),
    );

  let page;
  if (path.startsWith('/messages')) page = <Messenger threadId={threadIdOf(path)} base="/messages" />;
  else if (path.startsWith('/riversidewalkers')) page = <TrustedOnlyComposer />;
  else if (path.startsWith('/recommend')) page = <ReviewBox />;
  else if (path.startsWith('/friends')) {
    page = (
      <div role="main">
        <FriendRequests requests={requests} onAnswer={answer} />
      </div>
    );
  } else page = <Feed requests={requests} onAnswer={answer} />;

  return (
    <div>
      <div role="banner">
        <nav role="navigation" aria-label="Facebook">
          <Link href="/" aria-label="Home">
            Home
          </Link>{' '}
          {Object.values(THREADS).map(({ id, name }) => (
            <span key={id}>
              <Link href={`/messages/t/${id}/`}>Messages: {name}</Link>{' '}
            </span>
          ))}
          <Link href="/friends/requests">Friend requests</Link>
        </nav>
      </div>
      {page}
    </div>
  );
}

mountReplica(<App />);
