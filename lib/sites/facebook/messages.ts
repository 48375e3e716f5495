import type { MessageRowsDef } from '../../dom/message-rows.ts';

// Where "Report this message" finds received messages and comments on Facebook (shared/notes/
// sites.md §2.2, §2.4). Proven by fixtures/messages/*.html (messages.test.ts).

/**
 * Messenger (facebook.com/messages and messenger.com): every message carries the accessible label
 * "Enter, Message sent <time> by <Sender>: <text>", and "by You" on the person's own. Images and
 * stickers have no ": <text>" part, so the words then come from the bubble.
 */
export const messengerMessages: MessageRowsDef = {
  id: 'facebook.messenger',
  platform: 'facebook',
  kind: 'message',
  path: /^\/(messages\/(e2ee\/)?t\/|(e2ee\/)?t\/)/,
  group: '[role="main"] [role="grid"], [role="main"] [role="log"]',
  rows: { css: '[aria-label^="Enter, Message sent "]' },
  box: '[role="row"]',
  label: {
    pattern: /^Enter, Message sent (?<time>.+?) by (?<sender>.+?)(?:: (?<words>[\s\S]*))?$/,
    self: ['You'],
  },
  words: ['[dir="auto"]'],
  sender: [],
  // The thread header links to the person, in a one-to-one chat; in a group it names the group and
  // so never names the sender.
  profile: [{ css: '[role="main"] a[href]', in: 'root' }],
  time: [],
  keyboard: { after: 'group' },
};

// "Comment by Alex Brown 2 hours ago": the name, then how long ago, as Facebook words it.
const AGO =
  /(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year)s? ago|just now|yesterday|\d+\s?[smhdwy]/;

/** Comments (and replies) under posts, in the feed, groups, pages and permalinks. */
export const facebookComments: MessageRowsDef = {
  id: 'facebook.comment',
  platform: 'facebook',
  kind: 'comment',
  notPath: /^\/(messages\/|(e2ee\/)?t\/)/,
  group: '[role="article"]:not([aria-label^="Comment by "]):not([aria-label^="Reply by "])',
  rows: { css: '[role="article"][aria-label^="Comment by "], [role="article"][aria-label^="Reply by "]' },
  label: {
    pattern: new RegExp(
      `^(?:Comment|Reply) by (?<sender>.+?)(?: to .+?'s comment)?(?: (?<time>${AGO.source}))?$`,
      'i',
    ),
  },
  words: ['[dir="auto"]'],
  // The commenter's name link and the "2h" link are not part of what they wrote.
  wordsNotWithin: 'a',
  sender: [],
  profile: [{ css: 'a[href]' }],
  time: [],
  keyboard: { after: 'last-row' },
  permalink: 'a[href*="/posts/"], a[href*="/permalink"], a[href*="story_fbid="]',
};

export const FACEBOOK_ROWS: readonly MessageRowsDef[] = [messengerMessages, facebookComments];
