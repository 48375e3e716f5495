import { decideSend } from '../guard/decide.ts';
import type { FriendRequestResult } from '../protocol/schemas.ts';
import { friendRequestAt } from '../sites/find-friend-request.ts';
import { stopEvent, type GuardContext } from './guard-context.ts';

/**
 * Confirming a friend request from a listed parent gets the same kind of warning as a message to
 * one. Names are checked as the pointer or focus reaches Confirm, so the click can usually be
 * decided at once; otherwise it is held for the answer and then replayed or warned about.
 */
export function createFriendGuard(ctx: GuardContext) {
  const answers = new Map<string, FriendRequestResult>();
  const pending = new Map<string, Promise<FriendRequestResult>>();

  const lookup = (name: string): Promise<FriendRequestResult> => {
    const known = answers.get(name);
    if (known) return Promise.resolve(known);
    let request = pending.get(name);
    if (!request) {
      request = ctx.services.checkFriendRequest(name).then((answer) => {
        answers.set(name, answer);
        return answer;
      });
      request.catch(() => undefined).finally(() => pending.delete(name));
      pending.set(name, request);
    }
    return request;
  };

  const requesterAt = (target: Element): { name: string; control: Element } | null => {
    const def = ctx.adapter.friendRequest;
    const name = def ? friendRequestAt(target, def, ctx.page().lang) : null;
    const control = name ? target.closest(def?.confirm.css ?? '*') : null;
    return name && control ? { name, control } : null;
  };

  const warn = (name: string, control: Element, answer: FriendRequestResult) => {
    const finding = answer.finding;
    if (!finding) return;
    const action = decideSend([finding]);
    if (action === 'allow') return;
    const record = (choice: 'edited' | 'blocked' | 'sent-anyway', reason?: string) =>
      ctx.services.record({
        platform: ctx.adapter.platform,
        surface: `${ctx.adapter.platform}.friend-request`,
        categories: [finding.category],
        ruleIds: [finding.ruleId],
        choice,
        ...(reason ? { reason } : {}),
      });
    ctx.ui.showDialog({
      text: name,
      findings: [finding],
      action,
      surfaceLabel: 'friend request',
      actionLabel: 'Confirm',
      contacts: answer.contacts,
      parentReply: null,
      replayFailed: false,
      onEdit: () => {
        record(action === 'block' ? 'blocked' : 'edited');
        ctx.ui.closeDialog();
      },
      onProceed: (reason) => {
        ctx.ui.closeDialog();
        if (action === 'block') return;
        record('sent-anyway', reason);
        replayClick(ctx, control);
      },
      onCopyReply: () => Promise.resolve(false),
    });
  };

  return {
    /** Starts the check early, on pointerover or focus. */
    prefetch(target: Element): void {
      const found = requesterAt(target);
      if (found) void lookup(found.name).catch(() => undefined);
    },
    /** Handles a click; returns true when it was a friend request's Confirm. */
    onClick(target: Element, event: Event): boolean {
      const found = requesterAt(target);
      if (!found) return false;
      if (ctx.bypass.delete(found.control)) return true;
      const known = answers.get(found.name);
      if (known) {
        if (known.finding && decideSend([known.finding]) !== 'allow') {
          stopEvent(event);
          warn(found.name, found.control, known);
        }
        return true;
      }
      stopEvent(event);
      lookup(found.name).then(
        (answer) =>
          answer.finding && decideSend([answer.finding]) !== 'allow'
            ? warn(found.name, found.control, answer)
            : replayClick(ctx, found.control),
        () => replayClick(ctx, found.control),
      );
      return true;
    },
  };
}

function replayClick(ctx: GuardContext, control: Element): void {
  ctx.bypass.add(control);
  if (control instanceof HTMLElement) control.click();
  ctx.bypass.delete(control);
}
