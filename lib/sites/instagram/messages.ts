import type { MessageRowsDef } from '../../dom/message-rows.ts';

// Where "Report this message" finds received messages and comments on Instagram (shared/notes/
// sites.md §3.2 to §3.4). Direct's DOM changed in 2026 and has no per-message label, so messages are
// found by structure, as instagram-dm-unsender does. Proven by fixtures/messages/*.html.

/**
 * Direct at /direct/t/<id>/: the conversation's message list is the element with the most children
 * under its first scrollable element; a message row holds a `[role="none"]` or `[role="presentation"]`
 * wrapper around `div[dir="auto"]` text; the person's own are aligned to the end (flex-end). The
 * sender is the thread header's name, and times are separators between runs of messages.
 */
export const instagramDirectMessages: MessageRowsDef = {
  id: 'instagram.dm',
  platform: 'instagram',
  kind: 'message',
  path: /^\/direct\/t\//,
  group: '[aria-label^="Conversation"]:not([role="button"]), [aria-label^="Messages in conversation "]',
  rows: { mostChildren: true, unit: '[role="none"] [dir="auto"], [role="presentation"] [dir="auto"]' },
  words: ['[dir="auto"]'],
  sender: [{ css: '[aria-label="Open the details pane of the chat"] span', in: 'root' }],
  profile: [{ css: '[aria-label="Open the details pane of the chat"] a[href]', in: 'root' }],
  time: [{ separator: true }],
  mine: { flexEnd: true },
  keyboard: { after: 'group' },
};

/**
 * Comments under a post (the feed, a post's page): list items holding `dir="auto"` text, with the
 * commenter's profile link (`a[href="/<username>/"]`) and a `<time>`. Where a comment shows no link,
 * its whole text is taken as the words and the sender is left for the person to fill in.
 */
export const instagramComments: MessageRowsDef = {
  id: 'instagram.comment',
  platform: 'instagram',
  kind: 'comment',
  notPath: /^\/direct\//,
  group: 'article',
  rows: { css: 'ul li:has([dir="auto"])' },
  words: ['[dir="auto"]'],
  wordsNotWithin: 'a, h2, h3, time',
  sender: [{ css: 'a[href]', match: /^([A-Za-z0-9._]{1,30})$/ }],
  profile: [{ css: 'a[href]' }],
  time: [{ css: 'time' }],
  keyboard: { after: 'last-row' },
  permalink: 'a[href^="/p/"], a[href^="/reel/"]',
};

export const INSTAGRAM_ROWS: readonly MessageRowsDef[] = [instagramDirectMessages, instagramComments];
