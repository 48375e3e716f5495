import { decideSend, type SendDecision } from '../guard/decide.ts';
import type { Choice } from '../protocol/schemas.ts';
import type { ComposerSession, Checked } from './composer-session.ts';
import { stopEvent, type GuardContext, type SendTrigger } from './guard-context.ts';
import { replaySend } from './replay-send.ts';

/**
 * The moment of sending. With a check for exactly this text and recipient at hand, the decision is
 * synchronous: let the event through untouched, or stop it and show the dialog. When the last
 * keystroke is still being checked, the send is held, checked, then either shown or replayed;
 * if the check fails, the send goes through (the guard fails open).
 */
export function guardSend(
  ctx: GuardContext,
  session: ComposerSession,
  trigger: SendTrigger,
  event: Event,
): void {
  const { text } = session.read();
  if (text.trim() === '') return;
  const latest = session.latest;
  if (latest && session.isCurrent(text, session.recipient())) {
    const decision = decideSend(latest.result.findings);
    if (decision === 'allow') return;
    stopEvent(event);
    warn(ctx, session, latest, decision, trigger);
    return;
  }
  stopEvent(event);
  session.checkNow().then(
    (checked) => {
      const decision = decideSend(checked.result.findings);
      if (decision === 'allow') replaySend(ctx, session, trigger, checked.text);
      else warn(ctx, session, checked, decision, trigger);
    },
    () => replaySend(ctx, session, trigger, text),
  );
}

function warn(
  ctx: GuardContext,
  session: ComposerSession,
  checked: Checked,
  action: Exclude<SendDecision, 'allow'>,
  trigger: SendTrigger,
): void {
  const { surface } = session;
  const { findings, contacts, officialReply } = checked.result;
  const record = (choice: Choice, reason?: string) =>
    ctx.services.record({
      platform: ctx.adapter.platform,
      surface: surface.id,
      categories: [...new Set(findings.map((f) => f.category))],
      ruleIds: findings.map((f) => f.ruleId),
      choice,
      ...(reason ? { reason } : {}),
    });
  const backToEditor = () => {
    ctx.ui.closeDialog();
    session.editor.focus();
  };
  const dialog = (replayFailed: boolean) =>
    ctx.ui.showDialog({
      text: checked.text,
      findings,
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
