// The X Chat UI rendered inside the shadow root: inbox, conversation header, message rows and the
// `<textarea>` composer whose send button exists only while there is text (shared/notes/sites.md
// §1.4 and §1.5).
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { clockTime, recordSent } from '../shared/record';
import { Link } from '../shared/router';
import { Attachments, FileInput, useAttachments } from '../shared/uploads';

interface ChatMessage {
  id: string;
  mine: boolean;
  text: string;
  time: string;
}

interface Conversation {
  name: string;
  handle: string;
  messages: ChatMessage[];
}

const SEED: Record<string, Conversation> = {
  '4001': {
    name: 'Jane Smith',
    handle: 'janesmith_mum',
    messages: [
      {
        id: '6b1f3c1e-0001-4a7e-9a41-3f0c1d2e4001',
        mine: false,
        text: 'Hi Sam! Free for coffee on Saturday?',
        time: '09:12',
      },
      {
        id: '6b1f3c1e-0002-4a7e-9a41-3f0c1d2e4001',
        mine: true,
        text: 'Sounds lovely, what time?',
        time: '09:15',
      },
    ],
  },
  '4002': {
    name: 'Chris Evans',
    handle: 'chrisevans',
    messages: [
      {
        id: '6b1f3c1e-0001-4a7e-9a41-3f0c1d2e4002',
        mine: false,
        text: 'Did you see the match last night?',
        time: '18:40',
      },
    ],
  },
};

function Row({ message }: { message: ChatMessage }) {
  return (
    <div data-dm-item-key={message.id}>
      <div
        data-dm-message-row={message.id}
        data-testid={`message-${message.id}`}
        data-send-status="sent"
        className={`flex ${message.mine ? 'justify-end' : 'justify-start'}`}
      >
        <div data-dm-message-focus-target="" tabIndex={0}>
          <div
            data-testid={`message-text-${message.id}`}
            className={`rounded ${message.mine ? 'bg-chat-accent' : 'bg-gray-50'}`}
          >
            <span dir="auto">{message.text}</span>
          </div>
          <span className="text-subtext">{message.time}</span>
        </div>
      </div>
    </div>
  );
}

function Composer({ onSend }: { onSend: (text: string) => void }) {
  const [value, setValue] = useState('');
  const attachments = useAttachments('x.chat');
  const send = () => {
    if (value.trim() === '') return;
    recordSent('x.chat', value);
    onSend(value);
    attachments.clear();
    setValue('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  return (
    <form data-testid="dm-composer-form" className="flex gap-2" onSubmit={onSubmit}>
      <button
        type="button"
        data-testid="dm-composer-attachment-button"
        aria-label="Add photos or video"
        onClick={(event) =>
          event.currentTarget.parentElement
            ?.querySelector<HTMLInputElement>('[data-testid="dm-composer-file-input"]')
            ?.click()
        }
      >
        +
      </button>
      <FileInput
        data-testid="dm-composer-file-input"
        accept="image/*,video/*"
        multiple
        onFiles={attachments.add}
      />
      <Attachments urls={attachments.urls} />
      <textarea
        data-testid="dm-composer-textarea"
        placeholder="Message"
        rows={1}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" data-testid="dm-composer-emoji-button" aria-label="Add emoji">
        ☺
      </button>
      {value.trim() !== '' ? (
        <button type="button" data-testid="dm-composer-send-button" aria-label="Send" onClick={send}>
          Send
        </button>
      ) : (
        <button type="button" data-testid="dm-composer-voice-button" aria-label="Record voice message">
          🎤
        </button>
      )}
    </form>
  );
}

export function ChatApp({ chatId }: { chatId: string | null }) {
  const [conversations, setConversations] = useState(SEED);
  const conversation = chatId ? conversations[chatId] : undefined;

  const append = (id: string, text: string) =>
    setConversations((all) => {
      const current = all[id];
      if (!current) return all;
      const message = { id: crypto.randomUUID(), mine: true, text, time: clockTime() };
      return { ...all, [id]: { ...current, messages: [...current.messages, message] } };
    });

  return (
    <div data-testid="dm-container" className="flex gap-2">
      <section data-testid="dm-inbox-panel">
        <h2 data-testid="dm-inbox-header">Chat</h2>
        <div data-testid="dm-conversation-scroller" role="listbox">
          {Object.entries(conversations).map(([id, { name, handle }]) => (
            <div key={id} data-testid={`dm-conversation-item-${id}`} aria-description={`${name}, @${handle}`}>
              <Link href={`/i/chat/${id}`} role="option" aria-selected={id === chatId}>
                {name}
              </Link>
            </div>
          ))}
        </div>
      </section>
      {conversation && chatId ? (
        <section data-testid="dm-conversation-panel" className="flex flex-col gap-2">
          <div data-testid="dm-conversation-header">
            <Link href={`/${conversation.handle}`}>
              <span data-testid="dm-conversation-username">{conversation.name}</span>
            </Link>
            <span> @{conversation.handle}</span>
          </div>
          <div data-testid="dm-message-list-container">
            <div data-testid="dm-message-scroller">
              <div data-testid="dm-message-list" className="flex flex-col gap-2">
                {conversation.messages.map((message) => (
                  <Row key={message.id} message={message} />
                ))}
              </div>
            </div>
          </div>
          <Composer key={chatId} onSend={(text) => append(chatId, text)} />
        </section>
      ) : (
        <p>Select a message</p>
      )}
    </div>
  );
}
