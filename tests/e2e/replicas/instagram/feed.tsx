// The Instagram feed: a post `<article>` whose comment box is a React-controlled
// `textarea[aria-label="Add a comment…"]` in a `form` with a "Post" `div[role="button"]`; Enter
// (without Shift), the Post button or the form's submit posts it (shared/notes/sites.md §3.2).
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { DivButton } from '../shared/div-button';
import { recordSent } from '../shared/record';
import { Link } from '../shared/router';

const LABEL = 'Add a comment…';

function CommentForm({ onComment }: { onComment: (text: string) => void }) {
  const [value, setValue] = useState('');
  const post = () => {
    if (value.trim() === '') return;
    recordSent('instagram.comment', value);
    onComment(value);
    setValue('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    post();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    post();
  };
  return (
    <section>
      <form method="POST" onSubmit={onSubmit} style={{ display: 'flex', gap: 8 }}>
        <textarea
          aria-label={LABEL}
          placeholder={LABEL}
          autoComplete="off"
          autoCorrect="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <DivButton aria-disabled={value.trim() === ''} onClick={post}>
          Post
        </DivButton>
      </form>
    </section>
  );
}

export function FeedPost() {
  const [comments, setComments] = useState(['priya.shah Stunning view!']);
  return (
    <article>
      <header>
        <Link href="/jane.smith/">
          <span>jane.smith</span>
        </Link>
      </header>
      <div role="presentation" style={{ width: 300, height: 120, background: '#efefef' }} />
      <div>
        <span>jane.smith</span> <span dir="auto">Sunset over the bay tonight.</span>
      </div>
      <ul>
        {comments.map((comment, index) => (
          <li key={index}>
            <span dir="auto">{comment}</span>
          </li>
        ))}
      </ul>
      <CommentForm onComment={(text) => setComments((all) => [...all, `sam.taylor ${text}`])} />
    </article>
  );
}
