// Messages to parents: a private message whose recipient is a listed parent is stopped whatever it
// says; the dialog explains the rule and offers a ready reply to copy, never typed in for them. The
// same message to anyone else goes straight through.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixture';
import { badge, dialog, installPack, sent } from './pages/guard';
import { draftOf } from './pages/read-draft';
import { testPack } from './pages/test-pack';

const MESSAGE = 'See you at pick-up tomorrow';
const REASON = 'She asked about the picnic on Saturday';
const COPIED = 'Copied. Paste it into the message yourself if you want to send it.';
const NOT_COPIED = 'Could not copy. Select the text and copy it yourself.';

interface DmCase {
  name: string;
  origin: string;
  /** Jane Smith's thread (a listed parent) and Chris Evans's (nobody in the pack). */
  parentUrl: string;
  otherUrl: string;
  surface: string;
  /** Where the thread shows who it is with, to wait for before typing. */
  header: (page: Page) => Locator;
  editor: (page: Page) => Locator;
}

const messengerEditor = (page: Page) => page.getByRole('main').getByRole('textbox', { name: 'Message' });
const messengerHeader = (page: Page) => page.getByRole('main').locator('h3');

const CASES: DmCase[] = [
  {
    name: 'Messenger on facebook.com',
    origin: 'https://www.facebook.com',
    parentUrl: 'https://www.facebook.com/messages/t/2001/',
    otherUrl: 'https://www.facebook.com/messages/t/2003/',
    surface: 'facebook.messenger',
    header: messengerHeader,
    editor: messengerEditor,
  },
  {
    name: 'messenger.com',
    origin: 'https://www.messenger.com',
    parentUrl: 'https://www.messenger.com/t/2001/',
    otherUrl: 'https://www.messenger.com/t/2003/',
    surface: 'facebook.messenger',
    header: messengerHeader,
    editor: messengerEditor,
  },
  {
    name: 'Instagram Direct',
    origin: 'https://www.instagram.com',
    parentUrl: 'https://www.instagram.com/direct/t/3001/',
    otherUrl: 'https://www.instagram.com/direct/t/3002/',
    surface: 'instagram.dm',
    header: (page) => page.locator('[aria-label="Open the details pane of the chat"] span'),
    editor: (page) =>
      page.locator('[role="textbox"][aria-placeholder="Message..."][data-lexical-editor="true"]'),
  },
  {
    name: 'X Chat (in the shadow root)',
    origin: 'https://x.com',
    parentUrl: 'https://x.com/i/chat/4001',
    otherUrl: 'https://x.com/i/chat/4002',
    surface: 'x.chat',
    header: (page) => page.getByTestId('dm-conversation-username'),
    editor: (page) => page.getByTestId('dm-composer-textarea'),
  },
];

for (const c of CASES) {
  test.describe(`a private message on ${c.name}`, () => {
    // `page` first: its fixture clears extension storage, which would remove a pack installed before it.
    test.beforeEach(async ({ page, serviceWorker }) => {
      expect(page.url()).toBe('about:blank');
      await installPack(serviceWorker, testPack());
    });
    test.afterEach(async ({ context }) => {
      await context.clearPermissions();
    });

    test('to a listed parent: the rule, a reply to copy, nothing typed in, and a reason to send', async ({
      page,
      context,
    }) => {
      // Headless clipboard access is denied unless granted; granted, the copy is deterministic.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: c.origin });
      await page.goto(c.parentUrl);
      await expect(c.header(page)).toHaveText('Jane Smith');
      const editor = c.editor(page);
      await editor.click();
      await page.keyboard.type(MESSAGE);
      await expect(badge(page)).toHaveAttribute('data-kind', 'warning');

      await page.keyboard.press('Enter');
      await expect(dialog(page)).toBeVisible();
      await expect(dialog(page)).toContainText('Private message to a parent');
      await expect(dialog(page)).toContainText('Messages to parents');
      await expect(dialog(page)).toContainText("Not to send private messages to any parent's/family members");
      const reply = dialog(page).getByRole('textbox', { name: 'A reply you can use' });
      await expect(reply).toHaveValue(/^Thank you for your message\./);
      const replyText = await reply.inputValue();
      expect(await sent(page)).toEqual([]);
      expect(await draftOf(editor)).toBe(MESSAGE);

      // Edit: back to the draft as it was.
      await dialog(page).getByRole('button', { name: 'Edit' }).click();
      await expect(dialog(page)).toHaveCount(0);
      await expect(editor).toBeFocused();
      expect(await draftOf(editor)).toBe(MESSAGE);
      expect(await sent(page)).toEqual([]);

      // Copy the reply: it lands on the clipboard, and only there.
      await page.keyboard.press('Enter');
      await expect(dialog(page)).toBeVisible();
      await dialog(page).getByRole('button', { name: 'Copy reply' }).click();
      const status = dialog(page).getByRole('status');
      await expect(status).toHaveText(new RegExp(`^(${escape(COPIED)}|${escape(NOT_COPIED)})$`));
      await expect(status).toHaveText(COPIED);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(replyText);
      expect(await draftOf(editor)).toBe(MESSAGE);
      expect(await sent(page)).toEqual([]);

      // The confirm rule: a reason of at least five characters, then exactly one send.
      const anyway = dialog(page).getByRole('button', { name: 'Send anyway' });
      await expect(anyway).toBeDisabled();
      const why = dialog(page).getByLabel('Why does this need to go out as it is?');
      await why.fill('ok');
      await expect(anyway).toBeDisabled();
      await why.fill(REASON);
      await expect(anyway).toBeEnabled();
      expect(await draftOf(editor)).toBe(MESSAGE);
      await anyway.click();
      await expect(dialog(page)).toHaveCount(0);
      await expect.poll(() => sent(page)).toEqual([{ surface: c.surface, text: MESSAGE }]);
      // Still once, after the guard's replay check has had time to run.
      await page.waitForTimeout(1800);
      expect(await sent(page)).toEqual([{ surface: c.surface, text: MESSAGE }]);
      await expect(dialog(page)).toHaveCount(0);
    });

    test('to someone not in the pack: straight through, no dialog', async ({ page }) => {
      await page.goto(c.otherUrl);
      await expect(c.header(page)).toHaveText('Chris Evans');
      const editor = c.editor(page);
      await editor.click();
      await page.keyboard.type(MESSAGE);
      await expect(badge(page)).toHaveAttribute('data-kind', 'clear');
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(page)).toEqual([{ surface: c.surface, text: MESSAGE }]);
      await expect(dialog(page)).toHaveCount(0);
    });

    test('to a listed parent, sent the instant it is typed: still stopped', async ({ page }) => {
      await page.goto(c.parentUrl);
      await expect(c.header(page)).toHaveText('Jane Smith');
      const editor = c.editor(page);
      await editor.click();
      await page.keyboard.type(MESSAGE);
      // No wait for the badge: the last keystroke's check may still be running.
      await page.keyboard.press('Enter');
      await expect(dialog(page)).toContainText('Private message to a parent');
      expect(await sent(page)).toEqual([]);
      expect(await draftOf(editor)).toBe(MESSAGE);
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
