// A replica of Instagram following shared/notes/sites.md §0.4, §0.5, §3.1–3.4 and the §4 summary
// table: the "New post" dialog with a Lexical caption and "Share", a feed post with a
// React-controlled comment <textarea>, and Direct threads at /direct/t/<id>/ with a Lexical
// composer. One single-page app routed on `location.pathname`; bundled by
// tests/e2e/global-setup.ts and served under the real hostnames by tests/e2e/fixture.ts.
import { useState } from 'react';
import { mountReplica } from '../shared/mount';
import { Link, matchRoute, usePath } from '../shared/router';
import { CreatePostDialog } from './create-post';
import { Direct, DIRECT_THREADS } from './direct';
import { FeedPost } from './feed';

function App() {
  const path = usePath();
  const [creating, setCreating] = useState(false);
  const [shared, setShared] = useState<string[]>([]);
  const direct = matchRoute(/^\/direct\/(?:t\/([^/]+)|inbox)\/?$/, path);

  return (
    <div style={{ display: 'flex', gap: 24 }}>
      <div role="navigation" aria-label="Primary">
        <div>
          <Link href="/">Home</Link>
        </div>
        <div>
          <Link href="/direct/inbox/">Messages</Link>
        </div>
        {Object.entries(DIRECT_THREADS).map(([id, { name }]) => (
          <div key={id}>
            <Link href={`/direct/t/${id}/`}>Message {name}</Link>
          </div>
        ))}
        <div>
          <a
            href="#"
            role="link"
            onClick={(event) => {
              event.preventDefault();
              setCreating(true);
            }}
          >
            <svg aria-label="New post" role="img" width="24" height="24" viewBox="0 0 24 24">
              <title>New post</title>
              <path d="M2 12h20M12 2v20" stroke="currentColor" />
            </svg>
            <span>Create</span>
          </a>
        </div>
      </div>
      <main role="main">
        {direct ? (
          <Direct threadId={direct[0] || null} />
        ) : (
          <div>
            {shared.map((caption, index) => (
              <article key={index}>
                <span>sam.taylor</span> <span dir="auto">{caption}</span>
              </article>
            ))}
            <FeedPost />
          </div>
        )}
      </main>
      {creating && (
        <CreatePostDialog
          onShare={(caption) => setShared((all) => [caption, ...all])}
          onClose={() => setCreating(false)}
        />
      )}
    </div>
  );
}

mountReplica(<App />);
