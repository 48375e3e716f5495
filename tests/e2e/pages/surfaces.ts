import type { Locator, Page } from '@playwright/test';

/** How a replica surface is reached, written in, and sent, for the table-driven guard specs. */
export interface SurfaceCase {
  /** The replica's own name for the surface, as recorded in window.__sent. */
  id: string;
  url: string;
  open?: (page: Page) => Promise<void>;
  editor: (page: Page) => Locator;
  /** A click on the site's send control, or a key in the editor. */
  send: { control: (page: Page) => Locator } | { key: 'Enter' | 'Control+Enter' };
  /** The verb on the dialog's "… anyway" button. */
  verb: string;
}

const lexicalIn = (scope: string) => (page: Page) =>
  page.locator(`${scope} [data-lexical-editor="true"]`).first();
const tweetBox = (page: Page) => page.locator('[data-testid="tweetTextarea_0"]').first();
const chatBox = (page: Page) =>
  page.locator('[data-testid="xchatEmbedRoute"] textarea[data-testid="dm-composer-textarea"]');

export const SURFACES: SurfaceCase[] = [
  {
    id: 'facebook.post',
    url: 'https://www.facebook.com/',
    open: (page) => page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click(),
    editor: lexicalIn('[role="dialog"][aria-label="Create post"]'),
    send: { control: (page) => page.locator('[role="dialog"] div[aria-label="Post"][role="button"]') },
    verb: 'Post',
  },
  {
    id: 'facebook.comment',
    url: 'https://www.facebook.com/',
    editor: (page) => page.locator('[aria-label="Write a comment…"][data-lexical-editor="true"]').first(),
    send: { key: 'Enter' },
    verb: 'Comment',
  },
  {
    id: 'facebook.messenger',
    url: 'https://www.facebook.com/messages/t/2003',
    editor: (page) =>
      page.locator('[role="main"] [aria-label="Thread composer"] [aria-label="Message"]:visible'),
    send: { key: 'Enter' },
    verb: 'Send',
  },
  {
    id: 'facebook.messenger',
    url: 'https://www.messenger.com/t/2003',
    editor: (page) =>
      page.locator('[role="main"] [aria-label="Thread composer"] [aria-label="Message"]:visible'),
    send: { control: (page) => page.locator('[aria-label="Press enter to send"][role="button"]:visible') },
    verb: 'Send',
  },
  {
    id: 'instagram.caption',
    url: 'https://www.instagram.com/',
    open: (page) => page.locator('svg[aria-label="New post"]').click(),
    editor: lexicalIn('[role="dialog"]'),
    send: { control: (page) => page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }) },
    verb: 'Share',
  },
  {
    id: 'instagram.comment',
    url: 'https://www.instagram.com/',
    editor: (page) => page.locator('article form textarea').first(),
    send: { key: 'Enter' },
    verb: 'Post',
  },
  {
    id: 'instagram.dm',
    url: 'https://www.instagram.com/direct/t/3002/',
    editor: (page) => page.locator('[role="textbox"][aria-placeholder="Message..."]'),
    send: { control: (page) => page.getByRole('button', { name: 'Send', exact: true }) },
    verb: 'Send',
  },
  {
    id: 'x.post',
    url: 'https://x.com/home',
    editor: tweetBox,
    send: { control: (page) => page.locator('[data-testid="tweetButtonInline"]') },
    verb: 'Post',
  },
  {
    id: 'x.post',
    url: 'https://twitter.com/compose/post',
    editor: (page) => page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]'),
    send: { key: 'Control+Enter' },
    verb: 'Post',
  },
  {
    id: 'x.reply',
    url: 'https://x.com/janesmith_mum/status/1850000000000000001',
    editor: tweetBox,
    send: { control: (page) => page.locator('[data-testid="tweetButtonInline"]') },
    verb: 'Reply',
  },
  {
    id: 'x.chat',
    url: 'https://x.com/i/chat/4002',
    editor: chatBox,
    send: { key: 'Enter' },
    verb: 'Send',
  },
  {
    id: 'x.chat',
    url: 'https://x.com/i/chat/4002',
    editor: chatBox,
    send: {
      control: (page) =>
        page.locator('[data-testid="xchatEmbedRoute"] [data-testid="dm-composer-send-button"]'),
    },
    verb: 'Send',
  },
];

export const describeCase = (c: SurfaceCase): string =>
  `${c.id} at ${c.url} (${'key' in c.send ? c.send.key : 'click'})`;

/** Sends the way the case says: a real click on the site's control, or a real key press. */
export async function pressSend(page: Page, c: SurfaceCase): Promise<void> {
  if ('key' in c.send) await page.keyboard.press(c.send.key);
  else await c.send.control(page).click();
}

/** The editor's text as the site holds it: a textarea's value, or a rich editor's rendered text. */
export const editorText = (editor: Locator): Promise<string> =>
  editor.evaluate((el) =>
    el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText.replace(/\n$/, ''),
  );
