// A replica of messenger.com (announced to redirect to facebook.com/messages from April 2026 but
// reported still working in August 2026), serving the same Messenger thread as the Facebook
// replica at /t/<id> (shared/notes/sites.md §0.2, §2.3, §2.4). Bundled by tests/e2e/global-setup.ts.
import { Messenger } from '../facebook/messenger';
import { threadIdOf } from '../facebook/threads';
import { mountReplica } from '../shared/mount';
import { usePath } from '../shared/router';

function App() {
  const path = usePath();
  return <Messenger threadId={threadIdOf(path)} base="" />;
}

mountReplica(<App />);
