import { findingsOf } from '../../components/photo-view.ts';
import { decideSend } from '../guard/decide.ts';
import type { Checked, ComposerSession } from './composer-session.ts';
import type { GuardContext, SendTrigger } from './guard-context.ts';
import { isSettled, type AttachedPhoto } from './photo-store.ts';
import { photosSent, viewOf } from './photo-views.ts';
import { PHOTO_WAIT_MS, waitForPhotos } from './photo-wait.ts';
import { replaySend } from './replay-send.ts';
import { warnSend } from './warn-send.ts';

const NO_CONTACTS = { manager: '', safeguardingLead: '' };

/**
 * A send already stopped because its check was not ready: the draft's last keystrokes are being
 * checked, or a photo is. Photo checks still running are waited for at most PHOTO_WAIT_MS, with
 * the "Checking photo…" dialog (Esc or "Back to editing" ends the wait and sends nothing). Then
 * what is known decides: findings show the warning; none replays the send, with a notice for any
 * photo not fully checked. The guard fails open: a draft check that fails counts as no findings.
 */
export async function holdSend(
  ctx: GuardContext,
  session: ComposerSession,
  trigger: SendTrigger,
  text: string,
  photos: readonly AttachedPhoto[],
): Promise<void> {
  const cancel = new AbortController();
  const pending = photos.filter((photo) => !isSettled(photo));
  let unsubscribe = () => undefined as unknown;
  if (pending.length > 0) {
    const show = () =>
      ctx.ui.showPhotoWait({
        photos: photos.map((photo) => viewOf(photo, false)),
        actionLabel: session.surface.verb,
        waitSeconds: Math.round(PHOTO_WAIT_MS / 1000),
        onCancel: () => {
          cancel.abort();
          ctx.ui.closeDialog();
          session.editor.focus();
        },
      });
    show();
    unsubscribe = ctx.photos.subscribe(() => !cancel.signal.aborted && show());
  }
  const [checked, waited] = await Promise.all([
    session.checkNow().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    waitForPhotos(pending, PHOTO_WAIT_MS, cancel.signal),
  ]);
  unsubscribe();
  if (waited === 'cancelled' || cancel.signal.aborted) return;

  const views = photos.map((photo) => viewOf(photo, true));
  const basis: Checked =
    checked instanceof Error
      ? { text, recipient: null, result: { findings: [], contacts: NO_CONTACTS, officialReply: '' } }
      : checked;
  const decision = decideSend([...basis.result.findings, ...views.flatMap(findingsOf)]);
  if (decision === 'allow') {
    if (pending.length > 0) ctx.ui.closeDialog();
    replaySend(ctx, session, trigger, basis.text);
    photosSent(ctx, photos, views, session.surface.verb);
    return;
  }
  warnSend(ctx, session, { checked: basis, photos, views }, decision, trigger);
}
