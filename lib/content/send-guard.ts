import { findingsOf } from '../../components/photo-view.ts';
import { decideSend } from '../guard/decide.ts';
import type { ComposerSession } from './composer-session.ts';
import { stopEvent, type GuardContext, type SendTrigger } from './guard-context.ts';
import { holdSend } from './held-send.ts';
import { isSettled } from './photo-store.ts';
import { photosSent, viewOf } from './photo-views.ts';
import { warnSend } from './warn-send.ts';

/**
 * The moment of sending. With a check for exactly this text and recipient at hand, and every
 * attached photo's check finished, the decision is synchronous: let the event through untouched,
 * or stop it and show the dialog. Otherwise the send is held (held-send.ts): the draft is checked
 * and running photo checks are waited for (bounded), then the send is shown or replayed; if a check
 * fails, the send goes through (the guard fails open) and the person is told about the photos.
 */
export function guardSend(
  ctx: GuardContext,
  session: ComposerSession,
  trigger: SendTrigger,
  event: Event,
): void {
  const { text } = session.read();
  const photos = ctx.photos.forSend(session.editor);
  if (text.trim() === '' && photos.length === 0) return;
  const latest = session.latest;
  if (latest && session.isCurrent(text, session.recipient()) && photos.every(isSettled)) {
    const views = photos.map((photo) => viewOf(photo, true));
    const decision = decideSend([...latest.result.findings, ...views.flatMap(findingsOf)]);
    if (decision === 'allow') return photosSent(ctx, photos, views, session.surface.verb);
    stopEvent(event);
    warnSend(ctx, session, { checked: latest, photos, views }, decision, trigger);
    return;
  }
  stopEvent(event);
  void holdSend(ctx, session, trigger, text, photos);
}
