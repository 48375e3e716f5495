// A replica of X (x.com / twitter.com) following shared/notes/sites.md §0.1, §0.5, §1.1, §1.2, §1.4,
// §1.5, pitfall P1 and the §4 summary table: Draft.js post and reply composers (`tweetTextarea_0`,
// `tweetButtonInline` / `tweetButton`, Ctrl/Cmd+Enter) and X Chat inside the open shadow root of
// `[data-testid="xchatEmbedRoute"]`. One single-page app routed on `location.pathname`; bundled by
// tests/e2e/global-setup.ts and served by tests/e2e/fixture.ts.
import { useState } from 'react';
import { mountReplica } from '../shared/mount';
import { Link, matchRoute, usePath } from '../shared/router';
import { XChatEmbed } from './chat-embed';
import { ComposeModal, Home, ME, SEED_TWEETS, Status, TweetArticle, type Tweet } from './timeline';

function Page({
  path,
  tweets,
  onPost,
}: {
  path: string;
  tweets: readonly Tweet[];
  onPost: (text: string, replyTo?: string) => void;
}) {
  if (path === '/' || path === '/home') return <Home tweets={tweets} onPost={onPost} />;
  if (path === '/compose/post') {
    return (
      <>
        <Home tweets={tweets} onPost={onPost} />
        <ComposeModal onPost={onPost} />
      </>
    );
  }
  const chat = matchRoute(/^\/i\/chat(?:\/([^/]+))?\/?$/, path);
  if (chat) return <XChatEmbed chatId={chat[0] || null} />;
  const status = matchRoute(/^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)\/?$/, path);
  if (status) return <Status tweets={tweets} onPost={onPost} id={status[1] ?? ''} />;
  const profile = matchRoute(/^\/([A-Za-z0-9_]{1,15})\/?$/, path);
  const posts = tweets.filter((tweet) => tweet.handle === profile?.[0]);
  if (profile && posts.length > 0) {
    return (
      <div>
        <h2>@{profile[0]}</h2>
        {posts.map((tweet) => (
          <TweetArticle key={tweet.id} tweet={tweet} />
        ))}
      </div>
    );
  }
  return <p>Hmm...this page doesn’t exist. Try searching for something else.</p>;
}

function App() {
  const path = usePath();
  const [tweets, setTweets] = useState<readonly Tweet[]>(SEED_TWEETS);
  const onPost = (text: string, replyTo?: string) =>
    setTweets((all) => [{ id: String(Date.now()), ...ME, text, replyTo }, ...all]);

  return (
    <div>
      <header role="banner">
        <nav role="navigation" aria-label="Primary">
          <ul>
            <li>
              <Link href="/home" data-testid="AppTabBar_Home_Link">
                Home
              </Link>
            </li>
            <li>
              <Link href="/i/chat" data-testid="AppTabBar_DirectMessage_Link">
                Chat
              </Link>
            </li>
            <li>
              <Link href="/i/chat/4001">Chat with Jane Smith</Link>
            </li>
            <li>
              <Link href="/i/chat/4002">Chat with Chris Evans</Link>
            </li>
            <li>
              <Link href={`/janesmith_mum/status/${SEED_TWEETS[0]?.id}`}>Jane’s post</Link>
            </li>
            <li>
              <Link href="/compose/post" data-testid="SideNav_NewTweet_Button">
                Post
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main role="main">
        <div data-testid="primaryColumn">
          <Page path={path} tweets={tweets} onPost={onPost} />
        </div>
      </main>
    </div>
  );
}

mountReplica(<App />);
