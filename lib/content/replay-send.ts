import { readEditor } from '../dom/read-editor.ts';
import { sendControlsOf } from '../sites/resolve-surface.ts';
import type { ComposerSession } from './composer-session.ts';
import type { GuardContext, SendTrigger } from './guard-context.ts';

// How long the site may take to take a sent draft out of the editor before we call the replay ignored.
export const REPLAY_VERIFY_MS = 1500;

/**
 * Sends again what the person allowed: a click on the (re-resolved) send control, or the same key on
 * the editor. Both are untrusted events; React, Lexical and Draft.js accept them (toolchain notes
 * §5), but a site may not. So afterwards we look: if the draft is still there, the site ignored it,
 * the next press goes through unguarded once, and `onIgnored` tells the person.
 */
export function replaySend(
  ctx: GuardContext,
  session: ComposerSession,
  trigger: SendTrigger,
  text: string,
  onIgnored?: () => void,
): void {
  const { editor } = session;
  ctx.bypass.add(editor);
  try {
    if (trigger.kind === 'click') {
      const control = trigger.control.isConnected
        ? trigger.control
        : sendControlsOf(editor, session.surface, ctx.page().lang)[0];
      if (control instanceof HTMLElement) control.click();
    } else {
      editor.focus();
      editor.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          keyCode: 13,
          which: 13,
          ctrlKey: trigger.ctrlKey,
          metaKey: trigger.metaKey,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    }
  } finally {
    // Our own listener normally takes the pass during the synchronous dispatch above.
    ctx.bypass.delete(editor);
  }
  // A send of photos alone leaves an empty editor empty either way: there is nothing to look at.
  if (text.trim() === '') return;
  setTimeout(() => {
    if (!editor.isConnected || readEditor(editor, session.surface.kind).text !== text) return;
    ctx.bypass.add(editor);
    onIgnored?.();
  }, REPLAY_VERIFY_MS);
}
