// X's home timeline, the `/compose/post` modal and a status page with its inline reply box
// (shared/notes/sites.md §1.1 and §1.2).
import { Link, navigate } from '../shared/router';
import { DraftComposer } from './composer';

export interface Tweet {
  id: string;
  name: string;
  handle: string;
  text: string;
  /** The status this one replies to, if any. */
  replyTo?: string;
}

export const SEED_TWEETS: readonly Tweet[] = [
  {
    id: '1850000000000000001',
    name: 'Jane Smith',
    handle: 'janesmith_mum',
    text: 'Anyone know a good spot for a family picnic near the river?',
  },
  {
    id: '1850000000000000002',
    name: 'Chris Evans',
    handle: 'chrisevans',
    text: 'Week six of marathon training done.',
  },
];

export const ME = { name: 'Sam Taylor', handle: 'samtaylor' };

export function TweetArticle({ tweet }: { tweet: Tweet }) {
  return (
    <article data-testid="tweet" tabIndex={0}>
      <div data-testid="User-Name">
        <Link href={`/${tweet.handle}`}>
          <span>{tweet.name}</span>
        </Link>{' '}
        <Link href={`/${tweet.handle}`} tabIndex={-1}>
          <span>@{tweet.handle}</span>
        </Link>
      </div>
      <div data-testid="tweetText" lang="en" dir="auto">
        {tweet.text}
      </div>
      <Link href={`/${tweet.handle}/status/${tweet.id}`}>View post</Link>
    </article>
  );
}

interface TimelineProps {
  tweets: readonly Tweet[];
  onPost: (text: string, replyTo?: string) => void;
}

export function Home({ tweets, onPost }: TimelineProps) {
  return (
    <div>
      <h2>Home</h2>
      <DraftComposer
        surface="x.post"
        buttonTestId="tweetButtonInline"
        buttonText="Post"
        placeholder="What is happening?!"
        onSent={(text) => onPost(text)}
      />
      <div aria-label="Timeline: Your Home Timeline">
        {tweets
          .filter((tweet) => !tweet.replyTo)
          .map((tweet) => (
            <TweetArticle key={tweet.id} tweet={tweet} />
          ))}
      </div>
    </div>
  );
}

/** `/compose/post`: the modal over the home timeline. Posting closes it, as on X. */
export function ComposeModal({ onPost }: Pick<TimelineProps, 'onPost'>) {
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="compose-title">
      <h2 id="compose-title">Create post</h2>
      <button type="button" data-testid="app-bar-close" aria-label="Close" onClick={() => navigate('/home')}>
        ×
      </button>
      <DraftComposer
        surface="x.post"
        buttonTestId="tweetButton"
        buttonText="Post"
        placeholder="What is happening?!"
        onSent={(text) => {
          onPost(text);
          navigate('/home');
        }}
      />
    </div>
  );
}

/** `/<user>/status/<id>`: the post, the inline reply box and the replies so far. */
export function Status({ tweets, onPost, id }: TimelineProps & { id: string }) {
  const tweet = tweets.find((candidate) => candidate.id === id);
  if (!tweet) return <p>Hmm...this page doesn’t exist. Try searching for something else.</p>;
  return (
    <div>
      <h2>Post</h2>
      <TweetArticle tweet={tweet} />
      <div>
        Replying to <Link href={`/${tweet.handle}`}>@{tweet.handle}</Link>
      </div>
      <DraftComposer
        surface="x.reply"
        buttonTestId="tweetButtonInline"
        buttonText="Reply"
        placeholder="Post your reply"
        onSent={(text) => onPost(text, tweet.id)}
      />
      <section aria-label="Replies">
        {tweets
          .filter((reply) => reply.replyTo === tweet.id)
          .map((reply) => (
            <TweetArticle key={reply.id} tweet={reply} />
          ))}
      </section>
    </div>
  );
}
