import { genericSurface } from '../generic.ts';
import type { SiteAdapter } from '../site.ts';

// Instagram (shared/notes/sites.md §3). Direct moved to a new DOM in 2026, so the URL is the
// anchor for messages; captions are the Lexical editor in the "Create new post" dialog; comments
// are a plain textarea in a form.
export const instagram: SiteAdapter = {
  platform: 'instagram',
  shadowHosts: [],
  surfaces: [
    {
      // §3.3: Enter sends; "Send" appears once text is staged.
      id: 'instagram.dm',
      surface: 'dm',
      name: 'Instagram message',
      verb: 'Send',
      kind: 'lexical',
      editor: '[role="textbox"][contenteditable="true"]',
      path: /^\/direct\//,
      keys: ['Enter'],
      submit: [{ css: '[role="button"], button', label: { key: 'send', from: 'text' } }],
      recipient: [
        { css: '[aria-label="Open the details pane of the chat"] span', from: 'text' },
        {
          css: '[aria-label^="Conversation with "], [aria-label^="Messages in conversation with "]',
          from: 'aria-label',
          prefixes: ['conversation-with'],
        },
      ],
      enforce: true,
    },
    {
      // §3.2: Enter or "Post" in the same form. Before the caption: a post opened from a profile
      // grid shows its comment form inside a dialog too.
      id: 'instagram.comment',
      surface: 'comment',
      name: 'Instagram comment',
      verb: 'Post',
      kind: 'textarea',
      editor: 'textarea',
      within: 'form',
      keys: ['Enter'],
      submit: [{ css: '[role="button"], button', label: { key: 'post', from: 'text' } }],
      enforce: true,
    },
    {
      // §3.1: the caption, then "Share" in the same dialog.
      id: 'instagram.caption',
      surface: 'caption',
      name: 'Instagram caption',
      verb: 'Share',
      kind: 'lexical',
      editor: '[contenteditable="true"][role="textbox"], textarea',
      within: '[role="dialog"]',
      keys: [],
      submit: [{ css: '[role="button"], button', label: { key: 'share', from: 'text' } }],
      enforce: true,
    },
    genericSurface('instagram', 'Instagram text box'),
  ],
};
