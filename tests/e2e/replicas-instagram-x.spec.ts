// Drives each Instagram and X replica surface with real keyboard input, with the extension loaded,
// and checks that the page's own submit handler ran (window.__sent). See shared/notes/sites.md §1, §3.
import { expect, test } from './fixture';
import { LATER, WALK, expectSent, sent } from './replicas/expect-sent';

test.describe('Instagram replica', () => {
  test('shares a caption', async ({ page }) => {
    await page.goto('https://www.instagram.com/');
    await page.locator('svg[aria-label="New post"]').click();
    const dialog = page.getByRole('dialog', { name: 'Create new post' });
    await dialog.locator('[aria-label="Write a caption..."][contenteditable="true"]').click();
    await page.keyboard.type(WALK);
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expectSent(page, { surface: 'instagram.caption', text: WALK });
    await expect(page.getByText('Your post has been shared.')).toBeVisible();
  });

  test('posts a comment on Enter and with the Post button', async ({ page }) => {
    await page.goto('https://www.instagram.com/');
    const form = page.locator('article form');
    const textarea = form.locator('textarea[aria-label="Add a comment…"][placeholder="Add a comment…"]');
    await textarea.click();
    await page.keyboard.type(WALK);
    await page.keyboard.press('Enter');
    await expect(textarea).toHaveValue('');
    await page.keyboard.type(LATER);
    await form.getByRole('button', { name: 'Post', exact: true }).click();
    await expectSent(
      page,
      { surface: 'instagram.comment', text: WALK },
      { surface: 'instagram.comment', text: LATER },
    );
    await expect(page.locator('article')).toContainText(LATER);
  });

  test('sends a Direct message; Send appears only with text', async ({ page }) => {
    await page.goto('https://www.instagram.com/direct/t/3002/');
    await expect(page.locator('[aria-label="Open the details pane of the chat"] span')).toHaveText(
      'Chris Evans',
    );
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await expect(send).toHaveCount(0);
    await page.locator('[role="textbox"][aria-placeholder="Message..."][data-lexical-editor="true"]').click();
    await page.keyboard.type(WALK);
    await expect(send).toBeVisible();
    await page.keyboard.press('Enter');
    await expectSent(page, { surface: 'instagram.dm', text: WALK });
    await expect(send).toHaveCount(0);
    await expect(page.locator('[aria-label^="Conversation with"]')).toContainText(WALK);
  });
});

test.describe('X replica', () => {
  test('posts from the home box with Ctrl+Enter; Enter is a new line', async ({ page }) => {
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"][role="textbox"][aria-label="Post text"]');
    await expect(page.locator('.public-DraftEditorPlaceholder-root')).toHaveText('What is happening?!');
    await editor.click();
    await page.keyboard.type(WALK);
    await page.keyboard.press('Enter');
    await page.keyboard.type(LATER);
    await expect(editor.locator('[data-block="true"]')).toHaveText([WALK, LATER]);
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await expectSent(page, { surface: 'x.post', text: `${WALK}\n${LATER}` });
    await expect(editor.locator('span[data-text="true"]')).toHaveCount(0);
    await expect(page.locator('article[data-testid="tweet"]').first()).toContainText(LATER);
  });

  test('posts from the /compose/post modal', async ({ page }) => {
    await page.goto('https://twitter.com/compose/post');
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type(WALK);
    await dialog.locator('button[data-testid="tweetButton"]').click();
    await expectSent(page, { surface: 'x.post', text: WALK });
    await expect(page).toHaveURL('https://twitter.com/home');
    await expect(dialog).toBeHidden();
  });

  test('replies inline on a status page', async ({ page }) => {
    await page.goto('https://x.com/janesmith_mum/status/1850000000000000001');
    await expect(page.locator('article[data-testid="tweet"] [data-testid="User-Name"]')).toContainText(
      '@janesmith_mum',
    );
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type(WALK);
    await page.locator('button[data-testid="tweetButtonInline"]', { hasText: 'Reply' }).click();
    await expectSent(page, { surface: 'x.reply', text: WALK });
  });

  test('sends in X Chat inside the open shadow root; the send button exists only with text', async ({
    page,
  }) => {
    await page.goto('https://x.com/i/chat/4002');
    const inShadow = await page.evaluate(() => {
      const root = document.querySelector('[data-testid="xchatEmbedRoute"]')?.shadowRoot;
      return {
        open: !!root,
        textarea: !!root?.querySelector('textarea[data-testid="dm-composer-textarea"]'),
      };
    });
    expect(inShadow).toEqual({ open: true, textarea: true });
    await expect(page.locator('[data-testid="dm-conversation-header"] a[href="/chrisevans"]')).toBeVisible();
    await expect(page.getByTestId('dm-conversation-username')).toHaveText('Chris Evans');
    const sendButton = page.getByTestId('dm-composer-send-button');
    await expect(sendButton).toHaveCount(0);
    await expect(page.getByTestId('dm-composer-voice-button')).toBeVisible();
    await page.getByTestId('dm-composer-textarea').click();
    await page.keyboard.type(WALK);
    await expect(sendButton).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dm-composer-textarea')).toHaveValue('');
    await expect(sendButton).toHaveCount(0);
    await expect(page.locator('[data-dm-message-row].justify-end').last()).toContainText(WALK);
    await page.keyboard.type(LATER);
    await sendButton.click();
    await expectSent(page, { surface: 'x.chat', text: WALK }, { surface: 'x.chat', text: LATER });
  });
});
