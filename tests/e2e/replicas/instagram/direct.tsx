// Instagram Direct at /direct/t/<id>/: a header `[aria-label="Open the details pane of the chat"]`
// with the name in a bold span, the 2026 message list `[aria-label^="Conversation with"]` (no
// role=grid), and a Lexical composer (`aria-placeholder="Message..."`) that sends on Enter, with a
// "Send" `div[role="button"]` only once text is staged (shared/notes/sites.md §0.4, §3.3, §3.4).
import { useState } from 'react';
import { DivButton } from '../shared/div-button';
import { clearEditor, enterSends, lexicalRootProps, readText, useLexicalPlainText } from '../shared/lexical';
import { recordSent } from '../shared/record';
import { navigate } from '../shared/router';

interface DirectMessage {
  id: number;
  mine: boolean;
  text: string;
}

interface DirectThread {
  name: string;
  username: string;
  messages: DirectMessage[];
}

export const DIRECT_THREADS: Record<string, DirectThread> = {
  '3001': {
    name: 'Jane Smith',
    username: 'jane.smith',
    messages: [{ id: 1, mine: false, text: 'Loved your photos from the trip!' }],
  },
  '3002': {
    name: 'Chris Evans',
    username: 'chris.evans',
    messages: [{ id: 1, mine: false, text: 'Are we still on for Sunday?' }],
  },
};

function Composer({ onSend }: { onSend: (text: string) => void }) {
  const send = (text: string) => {
    recordSent('instagram.dm', text);
    clearEditor(editor);
    onSend(text);
  };
  const { rootRef, editor, text } = useLexicalPlainText({
    namespace: 'instagram-direct',
    onEnter: enterSends(send),
  });
  return (
    <div style={{ display: 'flex', gap: 8 }}>
      <div style={{ position: 'relative', flex: 1 }}>
        <div ref={rootRef} {...lexicalRootProps} aria-label="Message" aria-placeholder="Message..." />
        {text === '' && (
          <div
            aria-hidden="true"
            style={{ position: 'absolute', top: 0, pointerEvents: 'none', color: '#737373' }}
          >
            Message...
          </div>
        )}
      </div>
      {text.trim() !== '' && (
        <DivButton
          onClick={() => {
            const draft = readText(editor);
            if (draft.trim() !== '') send(draft);
          }}
        >
          Send
        </DivButton>
      )}
    </div>
  );
}

export function Direct({ threadId }: { threadId: string | null }) {
  const [threads, setThreads] = useState(DIRECT_THREADS);
  const thread = threadId ? threads[threadId] : undefined;
  const append = (id: string, text: string) =>
    setThreads((all) => {
      const current = all[id];
      if (!current) return all;
      const message = { id: current.messages.length + 1, mine: true, text };
      return { ...all, [id]: { ...current, messages: [...current.messages, message] } };
    });

  return (
    <div style={{ display: 'flex', gap: 24 }}>
      {/* Inbox rows are buttons with a titled name span and no link or thread id (§3.3). */}
      <div aria-label="Thread list">
        {Object.entries(threads).map(([id, { name }]) => (
          <DivButton key={id} onClick={() => navigate(`/direct/t/${id}/`)}>
            <span title={name}>{name}</span>
          </DivButton>
        ))}
      </div>
      {thread && threadId ? (
        <div style={{ flex: 1 }}>
          <div aria-label="Open the details pane of the chat" role="button" tabIndex={0}>
            <img
              alt="user-profile-picture"
              width={32}
              height={32}
              src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
            />
            <span style={{ fontWeight: 600 }}>{thread.name}</span>
          </div>
          <div aria-label={`Conversation with ${thread.name}`}>
            <div style={{ overflowY: 'auto', maxHeight: 400 }}>
              <div>
                {thread.messages.map((message) => (
                  <div
                    key={message.id}
                    style={{ display: 'flex', justifyContent: message.mine ? 'flex-end' : 'flex-start' }}
                  >
                    <div role="none">
                      <div dir="auto">{message.text}</div>
                    </div>
                  </div>
                ))}
              </div>
            </div>
          </div>
          <Composer key={threadId} onSend={(text) => append(threadId, text)} />
        </div>
      ) : (
        <p>Your messages</p>
      )}
    </div>
  );
}
