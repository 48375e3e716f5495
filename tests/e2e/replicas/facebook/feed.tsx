// The Facebook feed: the "What's on your mind, Sam?" opener and Create post dialog, someone else's
// post with an under-post "Comment" action and a comment composer, the right-rail friend requests
// and a "Leave group?" box (shared/notes/sites.md §2.1, §2.2, §2.5).
import { useRef, useState } from 'react';
import { DivButton } from '../shared/div-button';
import { CommentBox, type CommentBoxHandle } from './comment-box';
import { FriendRequests, LeaveGroupBox, type FriendRequest } from './friend-requests';
import { PostComposer } from './post-composer';

interface Comment {
  id: number;
  author: string;
  text: string;
}

function JanesPost() {
  const box = useRef<CommentBoxHandle>(null);
  const [comments, setComments] = useState<Comment[]>([
    { id: 1, author: 'Priya Shah', text: 'Looks gorgeous!' },
  ]);
  const add = (text: string) =>
    setComments((all) => [...all, { id: all.length + 1, author: 'Sam Taylor', text }]);

  return (
    <div role="article" aria-labelledby="post-jane-author">
      <h4 id="post-jane-author">
        <span>Jane Smith</span>
      </h4>
      <div data-ad-preview="message">Beautiful morning at the lake with the family.</div>
      <div style={{ display: 'flex', gap: 8 }}>
        <DivButton aria-label="Like">Like</DivButton>
        <DivButton aria-label="Comment" onClick={() => box.current?.focus()}>
          Comment
        </DivButton>
        <DivButton aria-label="Send this to friends or post it on your profile.">Share</DivButton>
      </div>
      <ul aria-label="Comments">
        {comments.map((comment) => (
          <li key={comment.id}>
            <div role="article" aria-label={`Comment by ${comment.author}`}>
              <span>{comment.author}</span> <div dir="auto">{comment.text}</div>
            </div>
          </li>
        ))}
      </ul>
      <CommentBox ref={box} onComment={add} />
    </div>
  );
}

interface FeedProps {
  requests: readonly FriendRequest[];
  onAnswer: (profileId: string, state: 'accepted' | 'deleted') => void;
}

export function Feed({ requests, onAnswer }: FeedProps) {
  const [open, setOpen] = useState(false);
  const [posts, setPosts] = useState<string[]>([]);
  const [leftGroup, setLeftGroup] = useState(false);

  const publish = (text: string) => {
    setPosts((previous) => [text, ...previous]);
    setOpen(false);
  };

  return (
    <div style={{ display: 'flex', gap: 24 }}>
      <div role="navigation" aria-label="Shortcuts">
        <LeaveGroupBox left={leftGroup} onLeave={() => setLeftGroup(true)} />
      </div>
      <div role="main">
        <div role="button" tabIndex={0} onClick={() => setOpen(true)}>
          What&apos;s on your mind, Sam?
        </div>
        {open && <PostComposer onPost={publish} onClose={() => setOpen(false)} />}
        <div role="feed">
          {posts.map((text, index) => (
            <div role="article" key={posts.length - index}>
              <span>Sam Taylor</span>
              <div dir="auto">{text}</div>
            </div>
          ))}
          <JanesPost />
        </div>
      </div>
      <div role="complementary">
        <FriendRequests requests={requests} onAnswer={onAnswer} />
      </div>
    </div>
  );
}
