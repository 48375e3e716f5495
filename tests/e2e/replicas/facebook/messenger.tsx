// Messenger on facebook.com/messages (and messenger.com): a `[role="main"]` holding the thread
// `[role="grid"][aria-label="Messages in conversation with <Name>"]`, rows of
// `[role="gridcell"][data-scope="messages_table"]` with the accessible "Enter, Message sent …" label,
// an `h3` header and the composer — plus a hidden second composer, as the real page keeps a hidden
// thread pane (shared/notes/sites.md §0.2, §0.3, §2.3, §2.4, §5 P10).
import { useState } from 'react';
import { clockTime } from '../shared/record';
import { Link } from '../shared/router';
import { MessengerComposer } from './messenger-composer';
import { THREADS, type Thread, type ThreadMessage } from './threads';

function MessageRow({ message }: { message: ThreadMessage }) {
  const mine = message.sender === 'You';
  return (
    <div role="row" className="__fb-light-mode">
      <div role="gridcell" data-scope="messages_table" tabIndex={-1}>
        <div role="article" style={{ display: 'flex', justifyContent: mine ? 'flex-end' : 'flex-start' }}>
          <div
            aria-label={`Enter, Message sent ${message.time} by ${message.sender}: ${message.text}`}
            tabIndex={0}
          >
            <div
              dir="auto"
              style={{ background: mine ? '#0084ff' : '#f0f0f0', borderRadius: 18, padding: '6px 12px' }}
            >
              {message.text}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

function ThreadView({ thread, onSend }: { thread: Thread; onSend: (text: string) => void }) {
  return (
    <div>
      <div role="region">
        <h3>
          <span>{thread.name}</span>
        </h3>
      </div>
      <div role="grid" aria-label={`Messages in conversation with ${thread.name}`}>
        {thread.messages.map((message) => (
          <MessageRow key={message.id} message={message} />
        ))}
      </div>
      <MessengerComposer key={thread.id} onSend={onSend} />
    </div>
  );
}

/** `base` is "/messages" on facebook.com and "" on messenger.com. */
export function Messenger({ threadId, base }: { threadId: string | null; base: string }) {
  const [threads, setThreads] = useState(THREADS);
  const thread = threadId ? threads[threadId] : undefined;

  const append = (id: string, text: string) =>
    setThreads((all) => {
      const current = all[id];
      if (!current) return all;
      const message = { id: current.messages.length + 1, sender: 'You', text, time: clockTime() };
      return { ...all, [id]: { ...current, messages: [...current.messages, message] } };
    });

  return (
    <div style={{ display: 'flex', gap: 24 }}>
      <div role="navigation" aria-label="Chats">
        <h1>Chats</h1>
        {Object.values(threads).map(({ id, name }) => (
          <div key={id}>
            <Link href={`${base}/t/${id}/`}>{name}</Link>
          </div>
        ))}
      </div>
      <div role="main" style={{ position: 'relative', flex: 1 }}>
        {thread ? (
          <ThreadView thread={thread} onSend={(text) => append(thread.id, text)} />
        ) : (
          <p>Select a chat or start a new conversation</p>
        )}
        {/* The hidden thread pane the real page keeps mounted, with its own composer. */}
        <div style={{ visibility: 'hidden', position: 'absolute', top: 0, left: 0 }}>
          <MessengerComposer onSend={() => undefined} />
        </div>
      </div>
    </div>
  );
}
