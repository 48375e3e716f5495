import { genericSurface } from '../generic.ts';
import type { SiteAdapter } from '../site.ts';

// X and twitter.com (shared/notes/sites.md §1). data-testid values do not change with the
// language, so every anchor here is one. Posts and replies are X's Draft.js fork, where Enter is a
// new line and Ctrl/Cmd+Enter posts; X Chat is a textarea inside an open shadow root.
const TWEET_EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"]';
const TWEET_BUTTONS = [{ css: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]' }];

export const x: SiteAdapter = {
  platform: 'x',
  shadowHosts: ['[data-testid="xchatEmbedRoute"]'],
  surfaces: [
    {
      // §1.4: the send button exists only once there is text; Enter sends.
      id: 'x.chat',
      surface: 'dm',
      name: 'X Chat message',
      verb: 'Send',
      kind: 'textarea',
      editor: 'textarea[data-testid="dm-composer-textarea"]',
      keys: ['Enter'],
      submit: [{ css: '[data-testid="dm-composer-send-button"]' }],
      recipient: [
        { css: '[data-testid="dm-conversation-username"]', from: 'text' },
        { css: '[data-testid="dm-conversation-header"] a[href]', from: 'handle' },
      ],
      enforce: true,
    },
    {
      // §1.6: the legacy Draft.js DM composer, still seen in the DM drawer.
      id: 'x.legacy-dm',
      surface: 'dm',
      name: 'X message',
      verb: 'Send',
      kind: 'draft',
      editor: '[data-testid="dmComposerTextInput"]',
      keys: ['Enter'],
      submit: [{ css: '[data-testid="dmComposerSendButton"]' }],
      enforce: true,
    },
    {
      // §1.2: an inline reply on a post's page.
      id: 'x.reply',
      surface: 'reply',
      name: 'X reply',
      verb: 'Reply',
      kind: 'draft',
      editor: TWEET_EDITOR,
      path: /^\/[A-Za-z0-9_]{1,15}\/status\/\d+/,
      notWithin: '[role="dialog"]',
      keys: ['Mod+Enter'],
      submit: TWEET_BUTTONS,
      enforce: true,
    },
    {
      // §1.1: the home timeline box and the /compose/post dialog.
      id: 'x.post',
      surface: 'post',
      name: 'X post',
      verb: 'Post',
      kind: 'draft',
      editor: TWEET_EDITOR,
      keys: ['Mod+Enter'],
      submit: TWEET_BUTTONS,
      enforce: true,
    },
    genericSurface('x', 'X text box'),
  ],
};
