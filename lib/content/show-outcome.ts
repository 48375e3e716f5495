import { paintHighlights } from '../dom/highlights.ts';
import { badgeLevel } from '../guard/decide.ts';
import type { Checked, ComposerSession } from './composer-session.ts';
import type { GuardContext } from './guard-context.ts';

/** Shows a finished check: the badge's level and count, and the flagged words painted in place. */
export function showCheckOutcome(
  ctx: GuardContext,
  session: ComposerSession,
  outcome: Checked | Error,
): void {
  const doc = session.editor.ownerDocument;
  if (outcome instanceof Error) {
    paintHighlights(doc, []);
    ctx.ui.showBadge({ kind: 'off', reason: outcome.message }, session.editor);
    return;
  }
  const { findings } = outcome.result;
  const level = badgeLevel(findings);
  ctx.ui.showBadge(
    level === 'clear' ? { kind: 'clear' } : { kind: level, count: findings.length },
    session.editor,
  );
  const read = session.read();
  const ranges =
    read.text === outcome.text
      ? findings
          .flatMap((f) => f.spans.map((s) => read.rangeOf(s.start, s.end)))
          .filter((r): r is Range => r !== null)
      : [];
  paintHighlights(doc, ranges);
}
