import type { MessageRowsDef } from '../../dom/message-rows.ts';

// Where "Report this message" finds received messages in X Chat (shared/notes/sites.md §1.4, §1.5),
// inside the open shadow root of [data-testid="xchatEmbedRoute"] or, in some contexts, in the
// document itself. Test ids do not change with the language. Proven by fixtures/messages/*.html.

// A time as X Chat prints it beside a bubble: "09:12", "9:12 PM", "Yesterday", "Mon", "Nov 20";
// never a status such as "Seen" or "Edited".
const CLOCK =
  /^(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}\s?[AaPp]\.?[Mm]\.?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|Yesterday|Today|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:, \d{4})?)$/;

export const xChatMessages: MessageRowsDef = {
  id: 'x.chat',
  platform: 'x',
  kind: 'message',
  path: /^\/i\/chat\//,
  shadowHosts: ['[data-testid="xchatEmbedRoute"]'],
  group: '[data-testid="dm-message-list"]',
  rows: { css: '[data-dm-message-row]' },
  words: ['[data-testid^="message-text-"]'],
  sender: [
    // Group chats name the sender in the row (opencli reads `[id$="-sender"]`).
    { css: '[id$="-sender"]' },
    { css: '[data-testid="dm-conversation-username"]', in: 'root' },
  ],
  profile: [{ css: '[data-testid="dm-conversation-header"] a[href]', in: 'root' }],
  time: [
    { css: '[id$="-time"]' },
    { css: 'time' },
    // Otherwise the short text beside the bubble inside the message's focus target.
    { css: '[data-dm-message-focus-target] > :not([data-testid^="message-text-"])', match: CLOCK },
  ],
  // `justify-end` when the person sent it, `justify-start` when they received it.
  mine: { css: '.justify-end' },
  keyboard: { after: 'group', closest: '[data-testid="dm-message-list-container"]' },
};

export const X_ROWS: readonly MessageRowsDef[] = [xChatMessages];
