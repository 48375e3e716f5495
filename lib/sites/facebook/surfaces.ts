import { genericSurface } from '../generic.ts';
import type { SiteAdapter } from '../site.ts';

// Facebook, with Messenger at facebook.com/messages and messenger.com (shared/notes/sites.md §2).
// Class names rotate with every deploy, so every anchor is a role, an editor attribute, a URL or,
// for controls, a localised label. Each selector is proven against fixtures/*.html.
const LEXICAL = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  shadowHosts: [],
  surfaces: [
    {
      // §2.3: the thread composer. Enter sends; the send control is "Press enter to send" or "Send".
      id: 'facebook.messenger',
      surface: 'dm',
      name: 'Messenger message',
      verb: 'Send',
      kind: 'lexical',
      editor: '[role="textbox"][contenteditable="true"]',
      within: '[role="main"]',
      path: /^\/(messages\/(e2ee\/)?t\/|(e2ee\/)?t\/)/,
      keys: ['Enter'],
      submit: [{ css: '[role="button"][aria-label]', label: { key: 'send', from: 'aria-label' } }],
      recipient: [
        {
          css: '[role="grid"][aria-label], [role="log"][aria-label], [aria-label^="Conversation titled "]',
          from: 'aria-label',
          prefixes: ['conversation-with', 'conversation-titled'],
        },
      ],
      enforce: true,
    },
    {
      // §2.2: a comment box sits inside the post it answers. Enter sends; the arrow appears with text.
      id: 'facebook.comment',
      surface: 'comment',
      name: 'Facebook comment',
      verb: 'Comment',
      kind: 'lexical',
      editor: LEXICAL,
      within: '[role="article"]',
      stopAt: '[role="article"]',
      keys: ['Enter'],
      submit: [{ css: '[role="button"][aria-label]', label: { key: 'comment', from: 'aria-label' } }],
      enforce: true,
    },
    {
      // §2.1: the "Create post" dialog. Post (or Next → Publish on Pages) sends; no key does.
      id: 'facebook.post',
      surface: 'post',
      name: 'Facebook post',
      verb: 'Post',
      kind: 'lexical',
      editor: LEXICAL,
      within: '[role="dialog"]',
      keys: [],
      submit: [{ css: '[role="button"][aria-label]', label: { key: 'post', from: 'aria-label' } }],
      enforce: true,
    },
    genericSurface('facebook', 'Facebook text box'),
  ],
  friendRequest: {
    // §2.5: "Confirm" also labels unfriend and leave-group dialogs; only a card with Delete and a
    // profile_id link is a friend request.
    confirm: { css: '[role="button"][aria-label]', label: { key: 'confirm', from: 'aria-label' } },
    sibling: { css: '[role="button"][aria-label]', label: { key: 'delete', from: 'aria-label' } },
    profile: 'a[href*="/friends/requests/?profile_id="], a[href*="profile_id="]',
  },
};
