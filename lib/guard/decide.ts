import type { Severity } from '../pack/ids.ts';

/** What happens when the person presses send: go ahead, or show the dialog at this strength. */
export type SendDecision = 'allow' | 'warn' | 'confirm' | 'block';

const RANK: Record<Severity, number> = { off: 0, notice: 1, warn: 2, confirm: 3, block: 4 };

/**
 * The strongest rule among the findings decides. "notice" shows in the badge only and never stops
 * a send; "off" rules produce no findings at all.
 */
export function decideSend(findings: readonly { severity: Severity }[]): SendDecision {
  const top = findings.reduce((max, f) => Math.max(max, RANK[f.severity]), 0);
  if (top >= RANK.block) return 'block';
  if (top >= RANK.confirm) return 'confirm';
  if (top >= RANK.warn) return 'warn';
  return 'allow';
}

/** The badge's reading of the same findings. */
export function badgeLevel(findings: readonly { severity: Severity }[]): 'clear' | 'notice' | 'warning' {
  if (findings.length === 0) return 'clear';
  return decideSend(findings) === 'allow' ? 'notice' : 'warning';
}
