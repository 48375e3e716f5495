import { findingsOf, type PhotoView } from '../../components/photo-view.ts';
import type { SendDecision } from '../guard/decide.ts';
import type { Choice } from '../protocol/schemas.ts';
import type { Checked, ComposerSession } from './composer-session.ts';
import type { GuardContext, SendTrigger } from './guard-context.ts';
import type { AttachedPhoto } from './photo-store.ts';
import { replaySend } from './replay-send.ts';

/** What a held send is decided on: the draft's check and its photos, as they stood. */
export interface SendBasis {
  checked: Checked;
  photos: readonly AttachedPhoto[];
  views: PhotoView[];
}

/**
 * The warning dialog for a send with findings in its text, its photos or both, and what each
 * choice does: Edit keeps everything (photos stay attached on the site), "… anyway" replays the
 * send and forgets its photos. The history gets categories and photo kinds, never the photo.
 */
export function warnSend(
  ctx: GuardContext,
  session: ComposerSession,
  { checked, photos, views }: SendBasis,
  action: Exclude<SendDecision, 'allow'>,
  trigger: SendTrigger,
): void {
  const { surface } = session;
  const { findings, contacts, officialReply } = checked.result;
  const photoFindings = views.flatMap(findingsOf);
  const photoKinds = [...new Set(photoFindings.map((f) => f.kind))];
  const record = (choice: Choice, reason?: string) =>
    ctx.services.record({
      platform: ctx.adapter.platform,
      surface: surface.id,
      categories: [...new Set([...findings, ...photoFindings].map((f) => f.category))],
      ruleIds: findings.map((f) => f.ruleId),
      choice,
      ...(reason ? { reason } : {}),
      ...(photoKinds.length > 0 ? { photoKinds } : {}),
    });
  const backToEditor = () => {
    ctx.ui.closeDialog();
    session.editor.focus();
  };
  const dialog = (replayFailed: boolean) =>
    ctx.ui.showDialog({
      text: checked.text,
      findings,
      // After the send, the thumbnails' object URLs are freed: the photos are then named only.
      photos: replayFailed ? views.map((view) => ({ ...view, src: '' })) : views,
      action,
      surfaceLabel: surface.name,
      actionLabel: surface.verb,
      contacts,
      parentReply:
        surface.surface === 'dm' && findings.some((f) => f.category === 'parent-contact')
          ? officialReply
          : null,
      replayFailed,
      onEdit: () => {
        if (!replayFailed) record(action === 'block' ? 'blocked' : 'edited');
        backToEditor();
      },
      onProceed: (reason) => {
        if (replayFailed || action === 'block') return backToEditor();
        record('sent-anyway', reason);
        ctx.ui.closeDialog();
        replaySend(ctx, session, trigger, checked.text, () => dialog(true));
        // The dialog has just shown how far each photo was checked: no notice after it.
        ctx.photos.clear(photos);
      },
      onCopyReply: copyText,
    });
  dialog(false);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
